import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Page } from '../../common/pagination.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AuthUser } from '../auth/auth-user.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';
import { AuditEventEntity } from './audit-event.entity.js';
import type { AuditQueryDto } from './dto/audit.dto.js';
import { auditValues, changedFields } from './audit-values.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  organisationId?: string | null;
  before?: object | null;
  after?: object | null;
}

export interface AuditActor {
  id: string;
  name: string;
}

export interface ChainCheck {
  intact: boolean;
  checked: number;
  /** First event whose hash or link does not match, when not intact. */
  firstBrokenSeq?: number;
}

/** Recomputes every hash and link in one pass; also run by the restore of a backup. */
export const AUDIT_CHAIN_CHECK_SQL = `
  SELECT count(*) AS checked,
         min(seq) FILTER (WHERE hash <> audit_event_hash(prev_hash, a)
                           OR prev_hash <> coalesce(prev, repeat('0', 64))
                           OR seq <> expected_seq) AS first_broken
    FROM (SELECT a, seq, hash, prev_hash,
                 lag(hash) OVER (ORDER BY seq) AS prev,
                 row_number() OVER (ORDER BY seq) AS expected_seq
            FROM audit_events a) chained`;

@Injectable()
export class AuditService {
  /** Key of the values' hashes, derived from the personal-data key like the cipher's own keys. */
  private readonly valueKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.valueKey = Buffer.from(hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'tiaojie:audit', 32));
  }

  /**
   * Appends an event inside the caller's transaction (`manager`), so the
   * change and its audit row commit or roll back together. The row holds who, what, which record and
   * which fields; of the values only keyed hashes, unless a value is provably content-free
   * (`auditValues`): content is read through the case, with its own rules.
   */
  async record(manager: EntityManager, actor: AuditActor | AuthUser | null, entry: AuditEntry) {
    const entityId = entry.entityId ?? null;
    const before = entry.before ? auditValues(this.valueKey, entry.entity, entityId, entry.before) : null;
    const after = entry.after ? auditValues(this.valueKey, entry.entity, entityId, entry.after) : null;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values({
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? null,
        organisationId: entry.organisationId ?? null,
        action: entry.action,
        entity: entry.entity,
        entityId,
        before,
        after,
        fields: changedFields(before, after),
      } as QueryDeepPartialEntity<AuditEventEntity>)
      .execute();
  }

  /** Events of the caller's organisation subtree, newest first. */
  async list(user: AuthUser, query: AuditQueryDto): Promise<Page<AuditEventEntity>> {
    const scope = orgCondition('a.organisation_id', scopeOf(user));
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .where(scope.sql, scope.params);
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    const [items, total] = await qb
      .orderBy('a.seq', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** The hash an event stores for `value` in `field` of a record: proves what the event recorded. */
  digest(entity: string, entityId: string | null, field: string, value: unknown): unknown {
    return auditValues(this.valueKey, entity, entityId, { [field]: value })[field];
  }

  /** Recomputes every hash and link in one pass over the table. */
  async verify(): Promise<ChainCheck> {
    const rows: { checked: string; first_broken: string | null }[] =
      await this.dataSource.query(AUDIT_CHAIN_CHECK_SQL);
    const { checked, first_broken } = rows[0]!;
    return first_broken === null
      ? { intact: true, checked: Number(checked) }
      : { intact: false, checked: Number(checked), firstBrokenSeq: Number(first_broken) };
  }
}
