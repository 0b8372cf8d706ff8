import { Module, type OnModuleInit } from '@nestjs/common';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { MediatorsController } from './mediators.controller.js';
import { MediatorsService } from './mediators.service.js';

@Module({ controllers: [MediatorsController], providers: [MediatorsService] })
export class MediatorsModule implements OnModuleInit {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly mediators: MediatorsService,
  ) {}

  /** Terms ending within 60 days are found by the minute sweep, under its lock. */
  onModuleInit(): void {
    this.deadlines.onSweep((manager) => this.mediators.sweepTermEnds(manager));
  }
}
