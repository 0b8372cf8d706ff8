import type { AcceptReferralDto } from '../cases/dto/consent.dto.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { positional } from '../../common/named-sql.js';
import type { Page } from '../../common/pagination.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { LIAISON_ROLES } from '../auth/role.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseActionsService } from '../cases/case-actions.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { CaseEntity } from '../cases/case.entity.js';
import { CasesService } from '../cases/cases.service.js';
import type { PartyInputDto } from '../cases/dto/party.dto.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MEDIATION_BODY_KINDS, type OrganisationKind } from '../organisations/organisation-kind.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type {
  CreateReferralDto,
  ReferralDetailDto,
  ReferralListItemDto,
  ReferralQueryDto,
} from './dto/referral.dto.js';
import { ReferralEntity, ReferralEventEntity, type ReferralSource } from './referral.entity.js';
import { LIST_SQL, type ListRow, toListItem } from './referral-list.js';
import { areaOfficePaths, referralVisibility } from './referral-visibility.js';
import { ReferralErrors } from './referrals.errors.js';

/** Which sources a referring body may use. */
const SOURCES_OF_KIND: Partial<Record<OrganisationKind, readonly ReferralSource[]>> = {
  court: ['court_dispatch', 'court_entrust'],
  police: ['police'],
  petition_office: ['petition'],
  hotline: ['hotline_12345', 'grid'],
  government: ['government', 'grid'],
};
/** Police hand-overs get a first answer within 24 hours (docs/domain.md §5.2). */
const FIRST_FEEDBACK_HOURS: Partial<Record<ReferralSource, number>> = { police: 24 };

/** Referrals (委派 / 移交): intake, dispatch by the judicial office, acceptance by a committee. */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
    private readonly cases: CasesService,
    private readonly caseActions: CaseActionsService,
    private readonly caseAccess: CaseAccessService,
    private readonly notifications: NotificationsService,
    private readonly deadlines: DeadlinesService,
  ) {}

  async create(user: AuthUser, dto: CreateReferralDto): Promise<{ id: string; status: 'received' }> {
    return this.dataSource.transaction(async (manager) => {
      const [body] = await manager.query<{ kind: OrganisationKind; name: string }[]>(
        'SELECT kind, name FROM organisations WHERE id = $1',
        [user.organisationId],
      );
      if (!SOURCES_OF_KIND[body!.kind]?.includes(dto.source)) throw ReferralErrors.sourceNotAllowed();
      const externalRef = dto.externalRef.trim();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ReferralEntity)
        .values({
          referringOrganisationId: user.organisationId,
          source: dto.source,
          externalRef,
          title: (dto.title?.trim() || dto.summary.trim().split(/\s+/)[0]!).slice(0, 100),
          summary: dto.summary,
          disputeType: dto.disputeType,
          partiesEnc: this.cipher.encrypt(JSON.stringify(dto.parties)),
          partyNames: dto.parties.map((p) => p.name.trim()),
          dueDate: dto.dueDate ?? null,
          contact: dto.contact,
          feedbackDueAt: FIRST_FEEDBACK_HOURS[dto.source]
            ? new Date(Date.now() + FIRST_FEEDBACK_HOURS[dto.source]! * 3600_000)
            : null,
          createdById: user.apiKeyId ? null : user.id,
          apiKeyId: user.apiKeyId ?? null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw ReferralErrors.duplicate(externalRef);
      await this.event(manager, id, user, 'received', `${body!.name}移交，来文编号${externalRef}`);
      await this.audit.record(manager, user, {
        action: 'referral.create',
        entity: 'referral',
        entityId: id,
        organisationId: user.organisationId,
        after: { ...dto, parties: dto.parties.map((p) => p.name) },
      });
      // The judicial offices see new referrals in their inbox; tell their officers.
      await this.notifyOffices(
        manager,
        user.organisationId,
        `新的委派/移交：${externalRef}`,
        `${body!.name}：${dto.summary.slice(0, 100)}`,
      );
      return { id, status: 'received' as const };
    });
  }

  async list(user: AuthUser, query: ReferralQueryDto): Promise<Page<ReferralListItemDto>> {
    const params: unknown[] = [];
    const filters = [positional(referralVisibility(user), params)];
    if (query.status) {
      params.push(query.status);
      filters.push(`r.status = $${params.length}`);
    }
    const whereSql = filters.join(' AND ');
    const [counted] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM referrals r WHERE ${whereSql}`,
      params,
    );
    const rows = await this.dataSource.query<ListRow[]>(
      `${LIST_SQL} WHERE ${whereSql} ORDER BY r.received_at DESC, r.id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: rows.map(toListItem), total: counted!.total, page: query.page, pageSize: query.pageSize };
  }

  /** The referral if the caller may see it (404 otherwise), optionally locked. */
  async load(manager: EntityManager, user: AuthUser, id: string, lock = false): Promise<ReferralEntity> {
    const visibility = referralVisibility(user);
    const qb = manager
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(visibility.sql, visibility.params);
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw CommonErrors.notFound('委派');
    return row;
  }

  async detail(user: AuthUser, id: string): Promise<ReferralDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, user, id);
      const [row] = await manager.query<ListRow[]>(`${LIST_SQL} WHERE r.id = $1`, [id]);
      const item = toListItem(row!);
      const c = referral.caseId
        ? await manager.getRepository(CaseEntity).findOneBy({ id: referral.caseId })
        : null;
      const [agreement] = referral.caseId
        ? await manager.query<{ id: string; agreement_number: string; effective_at: Date | null }[]>(
            `SELECT id, agreement_number, effective_at FROM agreements
              WHERE case_id = $1 AND status = 'effective' ORDER BY effective_at DESC LIMIT 1`,
            [referral.caseId],
          )
        : [];
      const events = await manager
        .getRepository(ReferralEventEntity)
        .find({ where: { referralId: id }, order: { at: 'DESC' } });
      const parties = JSON.parse(this.cipher.decrypt(referral.partiesEnc)) as PartyInputDto[];
      return {
        ...item,
        outcome: agreement ? 'agreement' : c?.routesInformed ? 'terminated' : item.outcome,
        contact: referral.contact,
        parties: parties.map((p) => ({ role: p.role, kind: p.kind, name: p.name })),
        declinedReason: referral.declinedReason,
        dispatchedAt: referral.dispatchedAt?.toISOString() ?? null,
        acceptedAt: referral.acceptedAt?.toISOString() ?? null,
        feedbackDueAt: referral.feedbackDueAt?.toISOString() ?? null,
        firstFeedbackAt: referral.firstFeedbackAt?.toISOString() ?? null,
        undisputedFacts: c?.undisputedFacts ?? null,
        agreement: agreement
          ? {
              id: agreement.id,
              agreementNumber: agreement.agreement_number,
              effectiveAt: agreement.effective_at?.toISOString() ?? null,
            }
          : null,
        terminationReason: c?.routesInformed ? c.statusReason : null,
        routesInformed: c?.routesInformed ?? null,
        events: events.map((e) => ({
          at: e.at.toISOString(),
          kind: e.kind,
          summary: e.summary,
          actorName: e.actorName,
        })),
      };
    });
  }

  /** 分拨: the judicial office sends the referral to a committee in its area. */
  async dispatch(user: AuthUser, id: string, organisationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, user, id, true);
      if (!['received', 'declined'].includes(referral.status))
        throw ReferralErrors.wrongStatus(referral.status, '分拨');
      const target = await this.organisations.findVisible(user, organisationId, manager).catch(() => {
        throw ReferralErrors.notInArea();
      });
      if (!MEDIATION_BODY_KINDS.includes(target.kind)) throw ReferralErrors.notInArea();
      await manager.getRepository(ReferralEntity).update(
        { id },
        {
          status: 'dispatched',
          targetOrganisationId: target.id,
          dispatchedAt: new Date(),
          declinedReason: null,
        },
      );
      await this.event(manager, id, user, 'dispatched', `分拨至${target.name}`);
      await this.audit.record(manager, user, {
        action: 'referral.dispatch',
        entity: 'referral',
        entityId: id,
        organisationId: target.id,
        after: { organisationId: target.id },
      });
      const recipients = await this.notifications.usersWithRole(manager, target.id, [
        'director',
        'intake_clerk',
      ]);
      await this.notifications.notify(manager, recipients, {
        kind: 'referral',
        title: `司法所分拨委派：${referral.externalRef}`,
        body: referral.title,
      });
    });
  }

  /** The committee takes the referral in: a linked case, accepted, with the referrer's deadline. */
  async accept(user: AuthUser, id: string, dto: AcceptReferralDto = {}): Promise<{ caseId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, user, id, true);
      if (referral.status !== 'dispatched') throw ReferralErrors.wrongStatus(referral.status, '受理');
      const parties = JSON.parse(this.cipher.decrypt(referral.partiesEnc)) as PartyInputDto[];
      const caseId = await this.cases.register(manager, user, {
        organisationId: referral.targetOrganisationId!,
        source: referral.source,
        disputeType: referral.disputeType as CaseEntity['disputeType'],
        title: referral.title,
        facts: referral.summary,
        requests: `${referral.externalRef}：请依法调解`,
        referralId: referral.id,
        parties,
      });
      await this.caseActions.transitionIn(manager, user, caseId, {
        action: 'accept',
        dto: { version: 1, rightsNotice: dto.rightsNotice },
      });
      // The referrer's deadline runs from its receipt, not from our acceptance.
      await this.deadlines.rebase(manager, caseId, 'mediation', referral.receivedAt, referral.dueDate);
      const now = new Date();
      await manager
        .getRepository(ReferralEntity)
        .update(
          { id },
          { status: 'accepted', caseId, acceptedAt: now, firstFeedbackAt: referral.firstFeedbackAt ?? now },
        );
      const [c] = await manager.query<{ case_number: string }[]>(
        'SELECT case_number FROM cases WHERE id = $1',
        [caseId],
      );
      await this.event(manager, id, user, 'accepted', `受理，案号${c!.case_number}`);
      await addCaseEvent(manager, caseId, user, 'referral', `受理${referral.externalRef}委派/移交`);
      await this.audit.record(manager, user, {
        action: 'referral.accept',
        entity: 'referral',
        entityId: id,
        organisationId: referral.targetOrganisationId,
        after: { caseId },
      });
      await this.notifyReferrer(
        manager,
        referral,
        `已受理：${referral.externalRef}`,
        `案号${c!.case_number}`,
      );
      return { caseId };
    });
  }

  /** Back to the judicial office, with the reason. */
  async decline(user: AuthUser, id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, user, id, true);
      if (referral.status !== 'dispatched') throw ReferralErrors.wrongStatus(referral.status, '退回');
      await manager
        .getRepository(ReferralEntity)
        .update({ id }, { status: 'declined', targetOrganisationId: null, declinedReason: reason });
      await this.event(manager, id, user, 'declined', `退回司法所：${reason}`);
      await this.audit.record(manager, user, {
        action: 'referral.decline',
        entity: 'referral',
        entityId: id,
        organisationId: referral.targetOrganisationId,
        after: { reason },
      });
      await this.notifyOffices(
        manager,
        referral.referringOrganisationId,
        `委派被退回：${referral.externalRef}`,
        reason,
      );
    });
  }

  /** A report back to the referrer before the outcome (the police's 24-hour first feedback). */
  async feedback(user: AuthUser, id: string, note: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, user, id, true);
      await this.assertMayAnswer(manager, user, referral);
      if (!referral.firstFeedbackAt)
        await manager.getRepository(ReferralEntity).update({ id }, { firstFeedbackAt: new Date() });
      await this.event(manager, id, user, 'feedback', `反馈：${note}`);
      await this.audit.record(manager, user, {
        action: 'referral.feedback',
        entity: 'referral',
        entityId: id,
        organisationId: referral.targetOrganisationId,
        after: { note },
      });
      await this.notifyReferrer(manager, referral, `办理反馈：${referral.externalRef}`, note);
    });
  }

  /**
   * Once a case has taken the referral in, only its team (and the director) answers the referrer: a
   * mediator not on it gets 404 (he cannot see the case), the 司法所 and intake clerks 403. Before that,
   * the committee's acceptors and the judicial office that holds it may give the first feedback.
   */
  private async assertMayAnswer(manager: EntityManager, user: AuthUser, referral: ReferralEntity) {
    if (!referral.caseId) return;
    const access = await this.caseAccess.load(manager, user, referral.caseId);
    this.caseAccess.assertMayWrite(user, access, 'referralAnswer');
  }

  /** 无争议事实, recorded by the case team when mediation fails (for the court's later use). */
  async setUndisputedFacts(user: AuthUser, caseId: string, text: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.caseAccess.load(manager, user, caseId, true);
      this.caseAccess.assertMayWrite(user, access, 'undisputedFacts');
      await manager
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ undisputedFacts: text })
        .where('id = :id', { id: caseId })
        .execute();
      await addCaseEvent(manager, caseId, user, 'undisputed_facts', `记录无争议事实：${text}`);
      await this.audit.record(manager, user, {
        action: 'case.undisputed_facts',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        before: { undisputedFacts: access.row.undisputedFacts },
        after: { undisputedFacts: text },
      });
    });
  }

  /** The judicial offices' officers, whose inbox holds undispatched and declined referrals. */
  /** The judicial officers of the referring body's area (referral-visibility.ts): they dispatch it. */
  private async notifyOffices(
    manager: EntityManager,
    referringOrganisationId: string,
    title: string,
    body: string,
  ) {
    const officers = await manager.query<{ id: string }[]>(
      `WITH area AS (${areaOfficePaths('$1')})
       SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.active AND u.role = 'judicial_officer' AND o.kind = 'judicial_office'
          AND (NOT EXISTS (SELECT 1 FROM area) OR EXISTS (SELECT 1 FROM area WHERE o.path LIKE area.path || '%'))`,
      [referringOrganisationId],
    );
    await this.notifications.notify(
      manager,
      officers.map((o) => o.id),
      { kind: 'referral', title, body },
    );
  }

  async notifyReferrer(manager: EntityManager, referral: ReferralEntity, title: string, body: string) {
    const liaisons = await manager.query<{ id: string }[]>(
      `SELECT id FROM users WHERE active AND organisation_id = $1 AND role = ANY($2)`,
      [referral.referringOrganisationId, LIAISON_ROLES],
    );
    await this.notifications.notify(
      manager,
      liaisons.map((l) => l.id),
      { kind: 'referral', title, body },
    );
  }

  event(manager: EntityManager, referralId: string, user: AuthUser | null, kind: string, summary: string) {
    return manager
      .getRepository(ReferralEventEntity)
      .insert({ referralId, kind, summary, actorName: user?.name.slice(0, 64) ?? null });
  }
}
