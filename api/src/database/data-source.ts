import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { LoginFailureEntity } from '../modules/auth/login-attempt.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { SnakeNamingStrategy } from './naming.strategy.js';

/** Every entity of the schema; the migrations must produce exactly these tables. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  LoginFailureEntity,
  AuditEventEntity,
];

/** The one DataSource configuration, shared by the app, the CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize },
  };
}
