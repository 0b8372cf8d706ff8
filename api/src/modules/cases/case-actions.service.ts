import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { onRoster } from '../mediators/roster.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { MediatorConflictEntity } from '../mediators/mediator-conflict.entity.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { EscalationsService } from '../escalations/escalations.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MEDIATION_BODY_KINDS } from '../organisations/organisation-kind.js';
import { PartyEntity } from '../parties/party.entity.js';
import { assertClosable } from '../performance/case-closing.js';
import { type CaseAccess, CaseAccessService } from './case-access.service.js';
import { assignMediators } from './case-assignment.js';
import { updateClocks } from './case-clocks.js';
import { ACTION_POWERS, nextStatus } from './case-status.js';
import { addCaseEvent } from './case-timeline.js';
import { CaseEntity } from './case.entity.js';
import { CasesService } from './cases.service.js';
import { CaseErrors } from './cases.errors.js';
import { UNCORRECTABLE_STATUSES } from '../../../../libs/contracts/src/case-powers.js';
import { TOLD_BEFORE_ACCEPTANCE } from '../../../../libs/contracts/src/consents.js';
import { partiesWithoutRightsNotice, recordConsents } from './case-consents.js';
import type { AcceptDto, RecordConsentDto } from './dto/consent.dto.js';
import type {
  ArchiveDto,
  AssignDto,
  CloseDto,
  ConflictDto,
  ExtendDto,
  ReasonDto,
  RefusalDto,
  RemediationDto,
  RemediationResponseDto,
  RiskDto,
  TerminateDto,
  TransferDto,
  VersionDto,
} from './dto/transition.dto.js';

export type TransitionInput =
  | { action: 'accept'; dto: AcceptDto }
  | { action: 'resume'; dto: VersionDto }
  | { action: 'close'; dto: CloseDto }
  | { action: 'archive'; dto: ArchiveDto }
  | { action: 'reject' | 'pause'; dto: ReasonDto }
  | { action: 'assign'; dto: AssignDto }
  | { action: 'extend'; dto: ExtendDto }
  | { action: 'terminate'; dto: TerminateDto }
  | { action: 'transfer'; dto: TransferDto };

const RISK_LABELS = { none: '无', yellow: '黄色', orange: '橙色', red: '红色' } as const;

/** Binds the case file when a case is archived (registered by the documents module). */
export type ArchiveHook = (
  manager: EntityManager,
  user: AuthUser,
  access: CaseAccess,
  retention: NonNullable<ArchiveDto['retention']>,
) => Promise<void>;

/** Every change of a case's status, and the records that guard those changes. */
@Injectable()
export class CaseActionsService {
  private archiveHook?: ArchiveHook;

  onArchive(hook: ArchiveHook): void {
    this.archiveHook = hook;
  }

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly deadlines: DeadlinesService,
    private readonly cases: CasesService,
    private readonly escalations: EscalationsService,
  ) {}

  /**
   * The case whose bound volume (卷宗) the caller may read: the case team, the director and the
   * supervising 司法所, which reviews it (docs/domain.md §10.6); 404 outside scope, 403 for other readers.
   */
  async reviewable(manager: EntityManager, user: AuthUser, id: string): Promise<CaseAccess> {
    const access = await this.access.load(manager, user, id);
    this.access.assertMayReadVolume(user, access);
    return access;
  }

  async transition(user: AuthUser, id: string, input: TransitionInput): Promise<void> {
    await this.dataSource.transaction((manager) => this.transitionIn(manager, user, id, input));
  }

  /** One transition inside the caller's transaction. */
  async transitionIn(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    input: TransitionInput,
  ): Promise<void> {
    const access = await this.access.load(manager, user, id, true);
    this.access.assertMayChange(user, access, ACTION_POWERS[input.action]);
    if (input.dto.version !== access.row.version) throw CommonErrors.versionConflict();
    const status = nextStatus(access.row.status, input.action);
    const { patch, summary, data } = await this.apply(manager, user, access, input);
    await manager
      .createQueryBuilder()
      .update(CaseEntity)
      .set({ ...patch, status })
      .where('id = :id', { id })
      .execute();
    await updateClocks(this.deadlines, manager, access.row, input);
    await addCaseEvent(manager, id, user, input.action, summary, data ?? null);
    await this.audit.record(manager, user, {
      action: `case.${input.action}`,
      entity: 'case',
      entityId: id,
      organisationId: access.row.organisationId,
      before: { status: access.row.status, version: access.row.version },
      after: { status, ...input.dto },
    });
  }

  /** Guards and field changes of one action; returns the timeline line. */
  private async apply(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    input: TransitionInput,
  ): Promise<{ patch: Partial<CaseEntity>; summary: string; data?: Record<string, unknown> }> {
    const caseId = access.row.id;
    switch (input.action) {
      case 'accept': {
        const refused = await manager.query<{ name: string }[]>(
          'SELECT name FROM parties WHERE case_id = $1 AND refused_at IS NOT NULL ORDER BY position',
          [caseId],
        );
        if (refused.length) throw CaseErrors.partyRefused(refused.map((p) => p.name));
        await this.deliverRightsNotice(manager, user, caseId, input.dto.rightsNotice);
        return { patch: { acceptedAt: new Date(), statusReason: null }, summary: '受理纠纷' };
      }
      case 'reject':
        return { patch: { statusReason: input.dto.reason }, summary: `不予受理:${input.dto.reason}` };
      case 'assign':
        return assignMediators(manager, access, input.dto);
      case 'pause':
        return { patch: { statusReason: input.dto.reason }, summary: `中止调解:${input.dto.reason}` };
      case 'resume':
        return { patch: { statusReason: null }, summary: '恢复调解' };
      case 'extend':
        return this.extend(manager, user, access.row, input.dto);
      case 'terminate':
        return {
          patch: { statusReason: input.dto.reason, routesInformed: input.dto.routesInformed },
          summary: `终止调解:${input.dto.reason}。已告知:${input.dto.routesInformed}`,
        };
      case 'transfer':
        return this.transfer(manager, user, access, input.dto);
      case 'close': {
        await assertClosable(manager, access.row);
        if (access.row.status !== 'breached') return { patch: { closedAt: new Date() }, summary: '结案' };
        // An unperformed agreement closes once the parties know their remedy (Art 32; 法释〔2011〕5号).
        const routes = input.dto.unperformedRoutesInformed?.trim();
        if (!routes) throw CaseErrors.unperformedRoutesRequired();
        return {
          patch: { closedAt: new Date(), statusReason: `协议未履行,已告知:${routes}` },
          summary: `结案(协议未履行,已告知:${routes})`,
        };
      }
      case 'archive':
        await this.archiveHook?.(manager, user, access, input.dto.retention ?? 'long_term');
        return { patch: {}, summary: `立卷归档(经办:${user.name})` };
    }
  }

  /**
   * Acceptance needs the rights notice delivered to the applicants (docs/domain.md §10.2): `notice`
   * records it for the parties it names (all without one when it names none), then an applicant
   * still without one stops the acceptance. Others are told before their first session.
   */
  private async deliverRightsNotice(
    manager: EntityManager,
    user: AuthUser,
    caseId: string,
    notice: AcceptDto['rightsNotice'],
  ): Promise<void> {
    if (notice) {
      const named = notice.partyIds ? [...new Set(notice.partyIds)] : undefined;
      if (
        named &&
        (await manager.getRepository(PartyEntity).countBy({ caseId, id: In(named) })) !== named.length
      )
        throw CaseErrors.partyNotFound();
      // Those named (or all) that have no notice yet; one already told keeps its record.
      const untold = await partiesWithoutRightsNotice(manager, caseId, { partyIds: named });
      if (untold.length) {
        await recordConsents(manager, user, caseId, {
          partyIds: untold.map((p) => p.id),
          kind: 'rights_notice',
          given: notice.acknowledged ?? true,
          method: notice.method,
          at: notice.at ? new Date(notice.at) : undefined,
        });
      }
    }
    const missing = await partiesWithoutRightsNotice(manager, caseId, { roles: TOLD_BEFORE_ACCEPTANCE });
    if (missing.length)
      throw CaseErrors.rightsNoticeMissing(
        '受理前',
        missing.map((p) => p.name),
      );
  }

  /** 告知与同意: what the parties were told or agreed to, recorded by whoever may take the case in. */
  async recordConsent(user: AuthUser, id: string, dto: RecordConsentDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id, true);
      this.access.assertMayWrite(user, access, 'consent');
      // As the web offers it (mayRecordConsent): a case no longer the committee's takes no records.
      if (UNCORRECTABLE_STATUSES.includes(access.row.status)) throw CaseErrors.finished(access.row.status);
      const rows = await recordConsents(manager, user, id, {
        partyIds: dto.partyIds,
        kind: dto.kind,
        given: dto.given ?? true,
        method: dto.method,
        at: dto.at ? new Date(dto.at) : undefined,
        note: dto.note,
      });
      await this.audit.record(manager, user, {
        action: 'case.consent',
        entity: 'case',
        entityId: id,
        organisationId: access.row.organisationId,
        // No note: it is free text about the parties.
        after: {
          kind: dto.kind,
          given: dto.given ?? true,
          method: dto.method,
          consentIds: rows.map((r) => r.id),
        },
      });
    });
  }

  private async extend(manager: EntityManager, user: AuthUser, row: CaseEntity, dto: ExtendDto) {
    const caseId = row.id;
    const parties = await manager
      .getRepository(PartyEntity)
      .find({ where: { caseId }, order: { position: 'ASC' } });
    const missing = parties.filter((p) => !dto.consentPartyIds.includes(p.id)).map((p) => p.name);
    if (missing.length) throw CaseErrors.consentMissing(missing);
    await recordConsents(manager, user, caseId, {
      partyIds: dto.consentPartyIds,
      kind: 'extension',
      given: true,
      method: dto.consentMethod ?? 'oral',
      timeline: false, // the extension's own line says it
    });
    // A court-referred case: the parties alone extend up to the rule's cap, the court beyond it.
    const cap = await this.deadlines.extensionCap(manager, 'mediation', row.id);
    if (cap !== null && !dto.courtConsent) {
      const [used] = await manager.query<{ days: number }[]>(
        `SELECT coalesce(sum((data->>'days')::int), 0)::int AS days FROM case_events WHERE case_id = $1 AND kind = 'extend'`,
        [caseId],
      );
      const days = used?.days ?? 0;
      if (days + dto.days > cap) throw CaseErrors.extensionCap(cap, days);
    }
    const reason = dto.reason ? `,理由:${dto.reason}` : '';
    const court = dto.courtConsent ? `,经${dto.courtConsent.by}于${dto.courtConsent.at}同意` : '';
    return {
      patch: {},
      summary: `经全部当事人同意${court},调解期限延长 ${dto.days} 天${reason}`,
      data: { days: dto.days, consentPartyIds: dto.consentPartyIds, courtConsent: dto.courtConsent ?? null },
    };
  }

  /** 移送: the receiving committee gets a linked case in `registered`, and its directors are told. */
  private async transfer(manager: EntityManager, user: AuthUser, access: CaseAccess, dto: TransferDto) {
    const [target] = await manager.query<
      { id: string; name: string; kind: string; case_number_prefix: string | null }[]
    >('SELECT id, name, kind, case_number_prefix FROM organisations WHERE id = $1', [dto.toOrganisationId]);
    if (
      !target ||
      target.id === access.row.organisationId ||
      !MEDIATION_BODY_KINDS.includes(target.kind as never)
    ) {
      throw CaseErrors.notMediationBody();
    }
    const [from] = await manager.query<{ name: string }[]>('SELECT name FROM organisations WHERE id = $1', [
      access.row.organisationId,
    ]);
    const received = await this.cases.registerLinked(
      manager,
      user,
      access.row,
      { id: target.id, caseNumberPrefix: target.case_number_prefix },
      { via: 'transfer', summary: `由${from!.name}移送(原案号${access.row.caseNumber}):${dto.reason}` },
    );
    const directors = await this.notifications.usersWithRole(manager, target.id, ['director']);
    await this.notifications.notify(manager, directors, {
      kind: 'transfer',
      title: `移送案件:${received.caseNumber}`,
      body: `${from!.name}移送纠纷“${access.row.title}”,已登记为${received.caseNumber},请审查受理。`,
      caseId: received.id,
    });
    return {
      patch: { transferredToId: target.id, statusReason: dto.reason },
      summary: `移送${target.name}(接收案号${received.caseNumber}):${dto.reason}`,
      data: { receivedCaseId: received.id },
    };
  }

  /**
   * 重新调解 (人民调解法 Art 33 ¶3): once the court refused to confirm the agreement, or a judgment
   * voided it, the parties may mediate again. A new case at the same committee, linked to this one
   * (`remediationOfCaseId`), starts in `registered` with its own number; this case's timeline names
   * it. One per case (409); 409 too when no refusal or effective agreement grounds it.
   */
  async remediate(user: AuthUser, id: string, dto: RemediationDto): Promise<RemediationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id, true);
      this.access.assertMayWrite(user, access, 'remediation');
      const c = access.row;
      const grounds = await manager.query<{ refused: boolean; effective: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM judicial_confirmations j JOIN agreements a ON a.id = j.agreement_id
                         WHERE a.case_id = $1 AND j.status = 'refused') AS refused,
                EXISTS (SELECT 1 FROM agreements WHERE case_id = $1 AND status = 'effective') AS effective`,
        [id],
      );
      const { refused, effective } = grounds[0]!;
      if (dto.ground === 'confirmation_refused' && !refused)
        throw CaseErrors.remediationGround('人民法院未裁定驳回本案调解协议的司法确认申请');
      if (dto.ground === 'agreement_invalidated' && !effective)
        throw CaseErrors.remediationGround('本案没有生效的调解协议');
      const earlier = await manager.getRepository(CaseEntity).findOneBy({ remediationOfCaseId: id });
      if (earlier) throw CaseErrors.remediationExists(earlier.caseNumber);
      const [org] = await manager.query<{ case_number_prefix: string | null }[]>(
        'SELECT case_number_prefix FROM organisations WHERE id = $1',
        [c.organisationId],
      );
      const why =
        dto.ground === 'confirmation_refused'
          ? '人民法院裁定驳回司法确认申请'
          : `人民法院确认调解协议无效(${dto.ruling!.trim()})`;
      const created = await this.cases.registerLinked(
        manager,
        user,
        c,
        { id: c.organisationId, caseNumberPrefix: org!.case_number_prefix },
        { via: 'remediation', summary: `重新调解(原案号${c.caseNumber},${why}):${dto.reason}` },
      );
      await addCaseEvent(
        manager,
        id,
        user,
        'remediation',
        `${why},当事人申请重新调解,已登记新案${created.caseNumber}:${dto.reason}`,
        { remediationCaseId: created.id, ground: dto.ground },
      );
      await this.audit.record(manager, user, {
        action: 'case.remediation',
        entity: 'case',
        entityId: id,
        organisationId: c.organisationId,
        after: { ground: dto.ground, ruling: dto.ruling ?? null, remediationCaseId: created.id },
      });
      return created;
    });
  }

  /** Art 25: a risk of escalation is recorded and reported at once. */
  async raiseRisk(user: AuthUser, id: string, dto: RiskDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id, true);
      this.access.assertMayWrite(user, access, 'risk');
      const c = access.row;
      await manager
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ riskLevel: dto.level })
        .where('id = :id', { id })
        .execute();
      const reported = dto.reportedTo ? `,已报告${dto.reportedTo}` : '';
      await addCaseEvent(
        manager,
        id,
        user,
        'risk',
        `风险等级调整为${RISK_LABELS[dto.level]}:${dto.note}${reported}`,
        {
          level: dto.level,
          reportedTo: dto.reportedTo ?? null,
        },
      );
      await this.audit.record(manager, user, {
        action: 'case.risk',
        entity: 'case',
        entityId: id,
        organisationId: c.organisationId,
        before: { riskLevel: c.riskLevel },
        after: { ...dto },
      });
      if (dto.level === 'none') return;
      // Orange and red are reported (Art 25) and must be acknowledged; yellow is handled locally.
      if (dto.level === 'orange' || dto.level === 'red') {
        await this.escalations.report(manager, user, c, dto.level, dto.note);
      }
      const recipients = await this.notifications.riskRecipients(manager, c.organisationId, dto.level);
      await this.notifications.notify(manager, recipients, {
        kind: 'risk',
        title: `${RISK_LABELS[dto.level]}风险:${c.caseNumber}`,
        // Minimum facts for those outside the case: number, level and who to call (docs/domain.md §9.2).
        body: `${c.caseNumber} 存在${RISK_LABELS[dto.level]}激化风险,报告人:${user.name}。`,
        caseId: id,
      });
    });
  }

  /** Art 17: a party clearly refused mediation; the case cannot be accepted. */
  async recordRefusal(user: AuthUser, id: string, dto: RefusalDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id, true);
      this.access.assertMayWrite(user, access, 'refusal');
      const party = await manager.getRepository(PartyEntity).findOneBy({ id: dto.partyId, caseId: id });
      if (!party) throw CommonErrors.notFound('当事人');
      await manager
        .getRepository(PartyEntity)
        .update({ id: party.id }, { refusedAt: new Date(), refusalNote: dto.note });
      await addCaseEvent(manager, id, user, 'refusal', `${party.name}明确拒绝调解:${dto.note}`);
      await this.audit.record(manager, user, {
        action: 'case.refusal',
        entity: 'case',
        entityId: id,
        organisationId: access.row.organisationId,
        after: { partyId: party.id, note: dto.note },
      });
    });
  }

  /** A declared conflict of interest or a party's request for recusal (回避). */
  async recordConflict(user: AuthUser, id: string, dto: ConflictDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, id, true);
      this.access.assertMayWrite(user, access, 'conflict');
      const [mediator] = await manager.query<{ id: string; name: string }[]>(
        `SELECT m.id, m.name FROM mediators m WHERE m.id = $1 AND ${onRoster('m', '$2')}`,
        [dto.mediatorId, access.row.organisationId],
      );
      if (!mediator) throw CommonErrors.notFound('调解员');
      if (
        dto.partyId &&
        !(await manager.getRepository(PartyEntity).existsBy({ id: dto.partyId, caseId: id }))
      ) {
        throw CommonErrors.notFound('当事人');
      }
      await manager.getRepository(MediatorConflictEntity).insert({
        caseId: id,
        mediatorId: mediator.id,
        kind: dto.kind,
        partyId: dto.partyId ?? null,
        reason: dto.reason,
        recordedById: user.id,
      });
      const what = dto.kind === 'recusal' ? '当事人申请调解员回避' : '调解员申报利益冲突';
      await addCaseEvent(manager, id, user, 'conflict', `${what}:${mediator.name},${dto.reason}`);
      await this.audit.record(manager, user, {
        action: 'case.conflict',
        entity: 'case',
        entityId: id,
        organisationId: access.row.organisationId,
        after: { ...dto },
      });
    });
  }
}
