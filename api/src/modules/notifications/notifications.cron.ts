import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { NotificationDispatcher } from './notification-dispatcher.js';

/** Hands new inbox entries to the outbound channels every minute. */
@Injectable()
export class NotificationsCron {
  constructor(private readonly dispatcher: NotificationDispatcher) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'notification-dispatch' })
  async dispatch(): Promise<void> {
    await this.dispatcher.dispatch();
  }
}
