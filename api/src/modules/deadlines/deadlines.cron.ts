import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DeadlinesService } from './deadlines.service.js';

/** Scheduled work of the deadlines: one sweep a minute (safe with several instances). */
@Injectable()
export class DeadlinesCron {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'deadline-sweep' })
  async sweep(): Promise<void> {
    await this.deadlines.sweep();
  }
}
