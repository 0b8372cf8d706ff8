import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { ClockEntity } from '../deadlines/clock.entity.js';
import { toClockDto } from '../deadlines/dto/deadline.dto.js';
import { PartyEntity } from '../parties/party.entity.js';
import { readFollowUp } from '../performance/follow-up.reader.js';
import { maskPartyName, toDeidentifiedParty, toPartyResponse } from '../parties/party.mapper.js';
import { SessionReader } from '../sessions/session.reader.js';
import { MediationSessionEntity } from '../sessions/mediation-session.entity.js';
import { DISPUTE_TYPE_LABELS } from '../../../../libs/contracts/src/dispute-types.js';
import { breakGlassReason as decodeReason, type CaseAccess, mayChange } from './case-access.service.js';
import { contentView, shown, shownOrNull } from './case-sensitivity.js';
import { consentsOf } from './case-consents.js';
import { CaseEventEntity } from './case-event.entity.js';
import { ACTION_POWERS, allowedActions } from './case-status.js';
import type { CaseDetailDto, CaseListItemDto, PartySummaryDto } from './dto/case-response.dto.js';
import { MediatorConflictEntity } from '../mediators/mediator-conflict.entity.js';

interface ListRow {
  id: string;
  case_number: string;
  title: string;
  status: CaseListItemDto['status'];
  source: CaseListItemDto['source'];
  dispute_type: CaseListItemDto['disputeType'];
  risk_level: CaseListItemDto['riskLevel'];
  organisation_id: string;
  organisation_name: string;
  presiding_mediator_name: string | null;
  created_at: Date;
  last_activity_at: Date;
  version: number;
  parties: PartySummaryDto[];
}

/** Builds the answers of the case endpoints (never entities) from a few set-based queries. */
@Injectable()
export class CaseDetailReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly sessions: SessionReader,
  ) {}

  /**
   * List rows in the order of `ids`, with parties and the presiding mediator, in one query.
   * `deidentified` (the county bureau): masked names and the dispute type instead of the title.
   */
  async listItems(ids: string[], deidentified = false): Promise<CaseListItemDto[]> {
    if (ids.length === 0) return [];
    const rows: ListRow[] = await this.dataSource.query(
      `SELECT c.id, c.case_number, c.title, c.status, c.source, c.dispute_type, c.risk_level,
              c.organisation_id, o.name AS organisation_name, m.name AS presiding_mediator_name,
              c.created_at, c.last_activity_at, c.version,
              (SELECT json_agg(json_build_object('id', p.id, 'role', p.role, 'kind', p.kind, 'name', p.name)
                               ORDER BY p.position)
                 FROM parties p WHERE p.case_id = c.id) AS parties
         FROM cases c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN mediators m ON m.id = c.presiding_mediator_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids
      .map((id) => byId.get(id)!)
      .map((row) => ({
        id: row.id,
        caseNumber: row.case_number,
        title: deidentified ? deidentifiedTitle(row.dispute_type) : row.title,
        status: row.status,
        source: row.source,
        disputeType: row.dispute_type,
        riskLevel: row.risk_level,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        parties: (row.parties ?? []).map((p) =>
          deidentified ? { ...p, name: maskPartyName(p.name, p.kind) } : p,
        ),
        presidingMediatorName: row.presiding_mediator_name,
        registeredAt: row.created_at.toISOString(),
        lastActivityAt: row.last_activity_at.toISOString(),
        version: row.version,
      }));
  }

  async detail(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    breakGlassHeader?: string,
  ): Promise<CaseDetailDto> {
    const c = access.row;
    const sensitiveSessions = new Set(
      (
        await manager.getRepository(MediationSessionEntity).find({
          select: { id: true },
          where: { caseId: c.id, sensitivity: Not(IsNull()) },
        })
      ).map((s) => s.id),
    );
    const view = await contentView(
      manager,
      this.audit,
      user,
      access,
      decodeReason(breakGlassHeader),
      c.sensitivity !== null || sensitiveSessions.size > 0,
    );
    const text = (value: string) => shown(view, value);
    const textOrNull = (value: string | null) => shownOrNull(view, value);
    // One connection per transaction: the queries run one after another.
    const parties = await manager
      .getRepository(PartyEntity)
      .find({ where: { caseId: c.id }, order: { position: 'ASC' } });
    const events = await manager
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: c.id }, order: { at: 'DESC', id: 'DESC' }, take: 200 });
    const conflicts = await manager
      .getRepository(MediatorConflictEntity)
      .find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } });
    const consents = await consentsOf(manager, c.id);
    const org: { name: string }[] = await manager.query('SELECT name FROM organisations WHERE id = $1', [
      c.organisationId,
    ]);
    const sessions = await this.sessions.forCase(manager, user, access, breakGlassHeader, view);
    const agreements = await manager
      .getRepository(AgreementEntity)
      .find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } });
    const clocks = await manager
      .getRepository(ClockEntity)
      .find({ where: { caseId: c.id }, order: { dueAt: 'ASC' } });
    const links = await manager.query<{ id: string; case_number: string; later: boolean }[]>(
      `SELECT id, case_number, coalesce(remediation_of_case_id = $1, false) AS later FROM cases
        WHERE id = $2 OR remediation_of_case_id = $1`,
      [c.id, c.remediationOfCaseId],
    );
    const link = (later: boolean) => {
      const row = links.find((l) => l.later === later);
      return row ? { id: row.id, caseNumber: row.case_number } : null;
    };
    const followUp = await readFollowUp(manager, c.id);
    for (const p of followUp.performances) p.proof = textOrNull(p.proof);
    for (const u of followUp.urgings) u.note = text(u.note);
    for (const v of followUp.returnVisits) {
      v.note = text(v.note);
      if (view.deidentified) v.partyName = maskPartyName(v.partyName, 'person');
    }
    if (access.personalData && parties.some((p) => p.idNumberEnc || p.phoneEnc)) {
      await this.audit.record(manager, user, {
        action: 'case.personal_data.read',
        entity: 'case',
        entityId: c.id,
        organisationId: c.organisationId,
        after: { parties: parties.map((p) => p.name) },
      });
    }
    return {
      id: c.id,
      caseNumber: c.caseNumber,
      trackCode: c.trackCode,
      organisationId: c.organisationId,
      organisationName: org[0]?.name ?? '',
      source: c.source,
      disputeType: c.disputeType,
      disputeSubtype: c.disputeSubtype,
      title: view.deidentified ? deidentifiedTitle(c.disputeType) : c.title,
      facts: text(c.facts),
      requests: text(c.requests),
      amountInDispute: c.amountInDispute,
      occurredAt: c.occurredAt?.toISOString() ?? null,
      location: view.deidentified ? null : c.location,
      riskLevel: c.riskLevel,
      isPublic: c.isPublic,
      status: c.status,
      version: c.version,
      referralId: c.referralId,
      undisputedFacts: textOrNull(c.undisputedFacts),
      prevention: c.prevention,
      chosenBy: c.chosenBy,
      statusReason: textOrNull(c.statusReason),
      routesInformed: view.deidentified ? textOrNull(c.routesInformed) : c.routesInformed,
      remediationOf: link(false),
      remediation: link(true),
      registeredAt: c.createdAt.toISOString(),
      acceptedAt: c.acceptedAt?.toISOString() ?? null,
      lastActivityAt: c.lastActivityAt.toISOString(),
      parties: parties.map((p) =>
        view.deidentified ? toDeidentifiedParty(p) : toPartyResponse(p, access.personalData, this.cipher),
      ),
      mediators: access.mediators.map((m) => ({ id: m.id, name: m.name, role: m.role })),
      sessions,
      agreements: agreements.map((a) => ({
        id: a.id,
        agreementNumber: a.agreementNumber,
        form: a.form,
        status: a.status,
        effectiveAt: a.effectiveAt?.toISOString() ?? null,
        leavesMattersUnresolved: a.unresolvedMatters !== null,
      })),
      deadlines: clocks.map(toClockDto),
      followUp,
      timeline: events.map((e) => ({
        at: e.at.toISOString(),
        kind: e.kind,
        // A session sensitive on its own hides its line too (the line quotes the summary).
        summary: shown(view, e.summary, sensitiveSessions.has(String(e.data?.['sessionId']))),
        actorName: e.actorName,
      })),
      conflicts: conflicts.map((k) => ({
        mediatorId: k.mediatorId,
        kind: k.kind,
        reason: text(k.reason),
        createdAt: k.createdAt.toISOString(),
      })),
      consents: consents.map((k) => ({
        id: k.id,
        partyId: k.partyId,
        kind: k.kind,
        given: k.given,
        method: k.method,
        at: k.givenAt.toISOString(),
        note: textOrNull(k.note),
        recordedByName: k.recordedByName,
      })),
      // What the caller may do now: the state machine and the caller's powers (the web shows these).
      allowedActions: allowedActions(c.status).filter((a) => mayChange(user, access, ACTION_POWERS[a])),
      personalDataVisible: access.personalData && !view.deidentified,
      sensitivity: c.sensitivity,
      sensitiveContentVisible: view.readsSensitive,
      deidentified: view.deidentified,
    };
  }
}

/** The county bureau's title of a case: its dispute type, never the free-text title (names, places). */
function deidentifiedTitle(disputeType: CaseListItemDto['disputeType']): string {
  return `${Object.hasOwn(DISPUTE_TYPE_LABELS, disputeType) ? DISPUTE_TYPE_LABELS[disputeType] : '其他'}纠纷`;
}
