import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DeadlineRulesController } from './deadline-rules.controller.js';
import { DeadlineRulesService } from './deadline-rules.service.js';
import { DeadlinesCron } from './deadlines.cron.js';
import { DeadlinesController } from './deadlines.controller.js';
import { DeadlinesQueryService } from './deadlines-query.service.js';
import { DeadlinesService } from './deadlines.service.js';

@Global()
@Module({})
export class DeadlinesModule {
  /** `scheduler: false` (tests, or a dedicated API-only instance) registers no cron job. */
  static register(scheduler: boolean): DynamicModule {
    return {
      module: DeadlinesModule,
      controllers: [DeadlinesController, DeadlineRulesController],
      providers: [
        DeadlinesService,
        DeadlinesQueryService,
        DeadlineRulesService,
        ...(scheduler ? [DeadlinesCron] : []),
      ],
      exports: [DeadlinesService],
    };
  }
}
