import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StatsController } from './stats.controller.js';
import { StatsService } from './stats.service.js';

@Module({
  imports: [CasesModule, OrganisationsModule],
  controllers: [StatsController],
  providers: [StatsService],
})
export class StatsModule {}
