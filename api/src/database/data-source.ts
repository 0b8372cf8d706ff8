import type { DataSourceOptions, MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ApiKeyEntity } from '../modules/auth/api-key.entity.js';
import { FileReviewEntity } from '../modules/oversight/file-review.entity.js';
import { ReferralEntity, ReferralEventEntity } from '../modules/referrals/referral.entity.js';
import { IdempotencyKeyEntity } from '../common/idempotency-key.entity.js';
import { AgreementScanEntity } from '../modules/agreements/agreement-scan.entity.js';
import { AgreementSignatureEntity } from '../modules/agreements/agreement-signature.entity.js';
import { AgreementEntity } from '../modules/agreements/agreement.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { LoginFailureEntity } from '../modules/auth/login-attempt.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { CaseEventEntity } from '../modules/cases/case-event.entity.js';
import { CaseMediatorEntity } from '../modules/cases/case-mediator.entity.js';
import { CaseNumberCounterEntity } from '../modules/cases/case-number-counter.entity.js';
import { CaseEntity } from '../modules/cases/case.entity.js';
import { CalendarOverrideEntity } from '../modules/deadlines/calendar-override.entity.js';
import { ClockEntity } from '../modules/deadlines/clock.entity.js';
import { DeadlineRuleEntity } from '../modules/deadlines/deadline-rule.entity.js';
import { SigningKeyEntity } from '../modules/documents/signing-key.entity.js';
import { TemplateOverrideEntity } from '../modules/documents/template-override.entity.js';
import { VolumeEntity } from '../modules/documents/volume.entity.js';
import { EvidenceEntity } from '../modules/evidence/evidence.entity.js';
import { MediatorConflictEntity } from '../modules/mediators/mediator-conflict.entity.js';
import { MediatorEntity, MediatorOrganisationEntity } from '../modules/mediators/mediator.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { PartyEntity } from '../modules/parties/party.entity.js';
import {
  JudicialConfirmationEntity,
  PerformanceRecordEntity,
  ReturnVisitEntity,
  UrgingRecordEntity,
} from '../modules/performance/performance.entities.js';
import { MediationSessionEntity } from '../modules/sessions/mediation-session.entity.js';
import {
  StatsDayEntity,
  StatsDayPreventionEntity,
  StatsDirtyEntity,
} from '../modules/stats/stats-rollup.entities.js';
import { PeriodLockEntity } from '../modules/stats/period-lock.entity.js';
import { PartyEvaluationEntity, PartyLinkEntity } from '../modules/party/party-link.entity.js';
import { CaseConsentEntity } from '../modules/cases/case-consent.entity.js';
import { EscalationReportEntity } from '../modules/escalations/escalation-report.entity.js';
import { InvestigationRecordEntity } from '../modules/investigations/investigation-record.entity.js';
import { SnakeNamingStrategy } from './naming.strategy.js';

/** Every entity of the schema; the migrations must produce exactly these tables. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  LoginFailureEntity,
  AuditEventEntity,
  IdempotencyKeyEntity,
  MediatorEntity,
  MediatorOrganisationEntity,
  CaseEntity,
  CaseNumberCounterEntity,
  CaseMediatorEntity,
  CaseEventEntity,
  PartyEntity,
  CaseConsentEntity,
  EscalationReportEntity,
  InvestigationRecordEntity,
  MediatorConflictEntity,
  MediationSessionEntity,
  NotificationEntity,
  AgreementEntity,
  AgreementSignatureEntity,
  SigningKeyEntity,
  ClockEntity,
  DeadlineRuleEntity,
  CalendarOverrideEntity,
  PerformanceRecordEntity,
  ReturnVisitEntity,
  JudicialConfirmationEntity,
  UrgingRecordEntity,
  VolumeEntity,
  ReferralEntity,
  ReferralEventEntity,
  ApiKeyEntity,
  FileReviewEntity,
  AgreementScanEntity,
  TemplateOverrideEntity,
  StatsDayEntity,
  StatsDayPreventionEntity,
  StatsDirtyEntity,
  EvidenceEntity,
  PeriodLockEntity,
  PartyLinkEntity,
  PartyEvaluationEntity,
];

/**
 * How long a request waits for a database connection (a new one, or a free one of the pool) before
 * it is answered 503: a PostgreSQL host that accepts connections but never answers must not hang
 * every request, the health check included (test/web-e2e/faults.e2e-spec.ts).
 */
export const CONNECT_TIMEOUT_MS = 10_000;

/**
 * A migration that lifts the app's statement_timeout for its own transaction (migrations run one
 * transaction each): rebuilding an index or backfilling a column at 1,000,000 cases may take minutes.
 */
function unlimited(Migration: new () => MigrationInterface): new () => MigrationInterface {
  return class extends Migration {
    override async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query('SET LOCAL statement_timeout = 0');
      await super.up(queryRunner);
    }
    override async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query('SET LOCAL statement_timeout = 0');
      await super.down(queryRunner);
    }
  };
}

/**
 * The one DataSource configuration, shared by the app, the CLI and the tests. `statementTimeoutMs`
 * (the app's TIAOJIE_STATEMENT_TIMEOUT_MS; 0 or absent: none, as for the CLI, backup and restore)
 * bounds every statement of the pool: a query that runs or waits for a lock longer is cancelled by
 * PostgreSQL (SQLSTATE 57014, answered 503) instead of holding a connection and its request forever.
 * Long jobs of the app lift it for their own transaction with `SET LOCAL statement_timeout = 0`:
 * the migrations (below) and the statistics rollup refresh (stats-rollup.ts).
 */
export function dataSourceOptions(url: string, poolSize = 20, statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: statementTimeoutMs > 0 ? MIGRATIONS.map(unlimited) : MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // TCP keep-alive lets the kernel notice a peer that vanished under an idle pooled connection.
    extra: {
      max: poolSize,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}
