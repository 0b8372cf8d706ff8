import { type DynamicModule, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { CasesModule } from '../cases/cases.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StatsRollup } from './stats-rollup.js';
import { StatsController } from './stats.controller.js';
import { StatsService } from './stats.service.js';

/** Keeps the statistics rollup current between requests: at start (after an upgrade) and every minute. */
@Injectable()
export class StatsRollupCron implements OnApplicationBootstrap {
  constructor(private readonly rollup: StatsRollup) {}

  onApplicationBootstrap(): void {
    void this.rollup.refreshQuietly();
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'stats-rollup' })
  async refresh(): Promise<void> {
    await this.rollup.refreshQuietly();
  }
}

@Module({})
export class StatsModule {
  static register(scheduler: boolean): DynamicModule {
    return {
      module: StatsModule,
      imports: [CasesModule, OrganisationsModule],
      controllers: [StatsController],
      providers: [StatsService, StatsRollup, ...(scheduler ? [StatsRollupCron] : [])],
    };
  }
}
