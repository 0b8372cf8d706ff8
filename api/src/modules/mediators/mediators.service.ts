import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { chinaDay } from '../../../../libs/contracts/src/china-day.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UserEntity } from '../auth/user.entity.js';
import type { Role } from '../auth/role.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MEDIATION_BODY_KINDS } from '../organisations/organisation-kind.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { CreateMediatorDto, MediatorDto, UpdateMediatorDto } from './dto/mediator.dto.js';
import { MediatorErrors } from './mediators.errors.js';
import { MediatorEntity, MediatorOrganisationEntity } from './mediator.entity.js';

/** Roles whose account may be a roster entry's: those who sit at the table (a director mediates too). */
const MEDIATING_ROLES: readonly Role[] = ['mediator', 'recorder', 'director'];
/** Statuses in which a case needs its presiding mediator at the table. */
const MEDIATING_STATUSES = ['accepted', 'in_mediation', 'paused', 'agreement_pending'];

type MediatorFields = Omit<MediatorEntity, 'id' | 'createdAt' | 'updatedAt' | 'termWarnedFor'>;

/**
 * The mediators roster (人民调解员名册): the one writer of `mediators` and `mediator_organisations`.
 * The admin keeps every roster; a committee's director keeps his own committee's (COMMITTEE_CONFIGURERS).
 */
@Injectable()
export class MediatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The roster of the organisations visible to the caller; removed mediators only with `all`. */
  async list(user: AuthUser, organisationId?: string, all = false): Promise<MediatorDto[]> {
    const scope = orgCondition('vo.organisation_id', scopeOf(user));
    const qb = this.dataSource
      .getRepository(MediatorEntity)
      .createQueryBuilder('m')
      .where(
        `EXISTS (SELECT 1 FROM mediator_organisations vo WHERE vo.mediator_id = m.id AND ${scope.sql})`,
        scope.params,
      );
    if (!all) qb.andWhere(`m.status <> 'removed'`);
    if (organisationId) {
      const org = await this.organisations.findVisible(user, organisationId);
      qb.andWhere(
        'EXISTS (SELECT 1 FROM mediator_organisations fo WHERE fo.mediator_id = m.id AND fo.organisation_id = :org)',
        { org: org.id },
      );
    }
    const rows = await qb.orderBy('m.name').getMany();
    const memberships = await this.membershipsOf(
      this.dataSource.manager,
      rows.map((m) => m.id),
    );
    return rows.map((m) => toDto(m, memberships.get(m.id) ?? [m.organisationId]));
  }

  async create(user: AuthUser, dto: CreateMediatorDto): Promise<MediatorDto> {
    return this.dataSource.transaction(async (manager) => {
      const fields: MediatorFields = {
        name: dto.name,
        userId: dto.userId ?? null,
        organisationId: dto.organisationIds[0]!,
        kind: dto.kind,
        fullTime: dto.fullTime,
        courtRosterNo: dto.courtRosterNo || null,
        termStart: dto.termStart,
        termEnd: dto.termEnd,
        status: dto.status,
        trainings: dto.trainings ?? [],
      };
      const organisationIds = await this.checkOrganisations(manager, user, dto.organisationIds);
      await this.check(manager, fields, organisationIds);
      const saved = await insertMediator(manager, fields, organisationIds);
      await this.audit.record(manager, user, {
        action: 'mediator.create',
        entity: 'mediator',
        entityId: saved.id,
        organisationId: saved.organisationId,
        after: auditable(fields, organisationIds),
      });
      return toDto(saved, organisationIds);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateMediatorDto): Promise<MediatorDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findWritable(manager, user, id);
      const beforeOrgs = (await this.membershipsOf(manager, [id])).get(id) ?? [before.organisationId];
      const organisationIds = dto.organisationIds
        ? await this.checkOrganisations(manager, user, dto.organisationIds)
        : beforeOrgs;
      const fields: MediatorFields = {
        name: dto.name ?? before.name,
        userId: dto.userId === undefined ? before.userId : dto.userId,
        organisationId: organisationIds[0]!,
        kind: dto.kind ?? before.kind,
        fullTime: dto.fullTime ?? before.fullTime,
        courtRosterNo: dto.courtRosterNo === undefined ? before.courtRosterNo : dto.courtRosterNo || null,
        termStart: dto.termStart ?? before.termStart,
        termEnd: dto.termEnd ?? before.termEnd,
        status: dto.status ?? before.status,
        trainings: dto.trainings ?? before.trainings,
      };
      await this.check(manager, fields, organisationIds, id);
      if (fields.status !== 'active' && before.status === 'active') {
        const [open] = await manager.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM cases WHERE presiding_mediator_id = $1 AND status = ANY($2)`,
          [id, MEDIATING_STATUSES],
        );
        if (open!.count > 0) throw MediatorErrors.hasCases(open!.count);
      }
      await manager.getRepository(MediatorEntity).update({ id }, fields);
      await replaceMemberships(manager, id, organisationIds);
      await this.audit.record(manager, user, {
        action: 'mediator.update',
        entity: 'mediator',
        entityId: id,
        organisationId: fields.organisationId,
        before: auditable(before, beforeOrgs),
        after: auditable(fields, organisationIds),
      });
      return toDto({ ...before, ...fields }, organisationIds);
    });
  }

  /**
   * 任期提醒: a mediator whose term ends within 60 days, once per term end, to the directors of the
   * committees he serves. Runs under the minute sweep's lock (DeadlinesService.onSweep).
   */
  async sweepTermEnds(manager: EntityManager): Promise<number> {
    const ending = await manager.query<{ id: string; name: string; term_end: string; orgs: string[] }[]>(
      // A CTE: TypeORM answers a bare UPDATE with [rows, count], a SELECT with its rows.
      `WITH ending AS (
         UPDATE mediators m SET term_warned_for = m.term_end
          WHERE m.status = 'active' AND m.term_end IS NOT NULL
            AND m.term_end <= (now() AT TIME ZONE 'Asia/Shanghai')::date + 60
            AND m.term_warned_for IS DISTINCT FROM m.term_end
          RETURNING m.id, m.name, m.term_end)
       SELECT e.id, e.name, to_char(e.term_end, 'YYYY-MM-DD') AS term_end,
              ARRAY(SELECT organisation_id::text FROM mediator_organisations WHERE mediator_id = e.id) AS orgs
         FROM ending e`,
    );
    let notified = 0;
    for (const row of ending) {
      const directors = await manager.query<{ id: string }[]>(
        `SELECT id FROM users WHERE active AND role = 'director' AND organisation_id = ANY($1::uuid[])`,
        [row.orgs],
      );
      const ended = row.term_end < chinaDay(new Date());
      await this.notifications.notify(
        manager,
        directors.map((d) => d.id),
        {
          kind: 'mediator.term',
          title: ended ? `调解员${row.name}任期已届满` : `调解员${row.name}任期将于 ${row.term_end} 届满`,
          body: '请及时办理换届、续聘或解聘,并更新调解员名册;任期届满后不能再被指派案件。',
        },
      );
      notified += directors.length;
    }
    return notified;
  }

  /** A roster entry the caller may change: in scope (404), and a director's only if wholly his committee's. */
  private async findWritable(manager: EntityManager, user: AuthUser, id: string): Promise<MediatorEntity> {
    const row = await manager.getRepository(MediatorEntity).findOneBy({ id });
    if (!row) throw MediatorErrors.notFound();
    const orgs = (await this.membershipsOf(manager, [id])).get(id) ?? [row.organisationId];
    const scope = scopeOf(user);
    const visible = await manager.getRepository(OrganisationEntity).findBy({ id: In(orgs) });
    const inScope = visible.some(
      (o) => scope.kind === 'all' || (scope.kind === 'subtree' && o.path.startsWith(scope.path)),
    );
    if (!inScope) throw MediatorErrors.notFound();
    if (user.role === 'director' && orgs.some((o) => o !== user.organisationId))
      throw MediatorErrors.shared();
    return row;
  }

  /** Each organisation visible and a mediation body; a director may name his own committee only. */
  private async checkOrganisations(manager: EntityManager, user: AuthUser, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    for (const id of unique) {
      const org = await this.organisations.findConfigurable(user, id, manager);
      if (!MEDIATION_BODY_KINDS.includes(org.kind)) throw MediatorErrors.notMediationBody();
    }
    return unique;
  }

  private async check(
    manager: EntityManager,
    fields: MediatorFields,
    organisationIds: string[],
    id?: string,
  ): Promise<void> {
    if (fields.termStart && fields.termEnd && fields.termEnd < fields.termStart)
      throw MediatorErrors.termOrder();
    if (!fields.userId) return;
    const account = await manager.getRepository(UserEntity).findOneBy({ id: fields.userId });
    if (!account || !MEDIATING_ROLES.includes(account.role)) throw MediatorErrors.userRole();
    if (!organisationIds.includes(account.organisationId)) throw MediatorErrors.userOrganisation();
    const holder = await manager.getRepository(MediatorEntity).findOneBy({ userId: fields.userId });
    if (holder && holder.id !== id) throw MediatorErrors.userTaken();
  }

  private async membershipsOf(manager: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    const rows = await manager.query<{ mediator_id: string; orgs: string[] }[]>(
      `SELECT m.id AS mediator_id,
              ARRAY(SELECT mo.organisation_id FROM mediator_organisations mo WHERE mo.mediator_id = m.id
                    ORDER BY mo.organisation_id = m.organisation_id DESC, mo.organisation_id) AS orgs
         FROM mediators m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) map.set(row.mediator_id, row.orgs);
    return map;
  }
}

/** Adds a mediator to the roster with its memberships (the demo data loads the roster through it too). */
export async function insertMediator(
  manager: EntityManager,
  fields: Partial<MediatorFields> & Pick<MediatorFields, 'name' | 'organisationId'>,
  organisationIds: string[] = [fields.organisationId],
): Promise<MediatorEntity> {
  const saved = await manager.getRepository(MediatorEntity).save(manager.create(MediatorEntity, fields));
  await replaceMemberships(manager, saved.id, organisationIds);
  return saved;
}

async function replaceMemberships(manager: EntityManager, mediatorId: string, organisationIds: string[]) {
  const repo = manager.getRepository(MediatorOrganisationEntity);
  await repo.delete({ mediatorId });
  await repo.insert(organisationIds.map((organisationId) => ({ mediatorId, organisationId })));
}

function toDto(m: MediatorFields & { id: string }, organisationIds: string[]): MediatorDto {
  return {
    id: m.id,
    userId: m.userId,
    name: m.name,
    organisationId: m.organisationId,
    organisationIds,
    kind: m.kind,
    fullTime: m.fullTime,
    courtRosterNo: m.courtRosterNo,
    termStart: m.termStart,
    termEnd: m.termEnd,
    status: m.status,
    trainings: m.trainings,
  };
}

/** What the audit keeps of a roster entry (a mediator's name and role are public on the roster). */
function auditable(m: MediatorFields, organisationIds: string[]) {
  return {
    name: m.name,
    userId: m.userId,
    organisationIds,
    kind: m.kind,
    fullTime: m.fullTime,
    courtRosterNo: m.courtRosterNo,
    termStart: m.termStart,
    termEnd: m.termEnd,
    status: m.status,
    trainings: m.trainings.length,
  };
}
