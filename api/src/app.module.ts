import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GlobalExceptionFilter } from './common/exception.filter.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { DemoDataService } from './database/demo-data.service.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CasesModule } from './modules/cases/cases.module.js';
import { DeadlinesModule } from './modules/deadlines/deadlines.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import { EvidenceModule } from './modules/evidence/evidence.module.js';
import { InvestigationsModule } from './modules/investigations/investigations.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MediatorsModule } from './modules/mediators/mediators.module.js';
import { ScheduleModule } from '@nestjs/schedule';
import { OversightModule } from './modules/oversight/oversight.module.js';
import { StatsModule } from './modules/stats/stats.module.js';
import { ReferralsModule } from './modules/referrals/referrals.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { PerformanceModule } from './modules/performance/performance.module.js';
import { PartyModule } from './modules/party/party.module.js';
import { PublicModule } from './modules/public/public.module.js';
import { PartiesModule } from './modules/parties/parties.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        ...(config.scheduler ? [ScheduleModule.forRoot()] : []),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, 20, config.statementTimeoutMs),
          migrationsRun: true,
        }),
        AuditModule,
        OrganisationsModule,
        AuthModule,
        HealthModule,
        NotificationsModule.register(config.scheduler),
        DeadlinesModule.register(config.scheduler),
        MediatorsModule,
        CasesModule,
        DocumentsModule,
        AgreementsModule,
        EvidenceModule,
        InvestigationsModule,
        PublicModule,
        PartyModule,
        PerformanceModule,
        PartiesModule,
        ReferralsModule,
        OversightModule,
        StatsModule.register(config.scheduler),
      ],
      providers: [{ provide: APP_FILTER, useClass: GlobalExceptionFilter }, DemoDataService],
    };
  }
}
