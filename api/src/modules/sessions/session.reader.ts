import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { breakGlassReason as decodeReason, type CaseAccess } from '../cases/case-access.service.js';
import { type ContentView, contentView, hides, markerOf } from '../cases/case-sensitivity.js';
import type { SessionResponseDto } from './dto/session.dto.js';
import { MediationSessionEntity } from './mediation-session.entity.js';

/**
 * Sessions as the caller may see them. Private notes go only to the case's
 * mediators, or to its committee's director who gives a break-glass reason,
 * which is audited. Everyone else learns only that notes exist. The summary
 * and participants of a sensitive case or session follow the same rule for
 * the whole case team (case-sensitivity.ts); the county bureau reads none.
 */
@Injectable()
export class SessionReader {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async forCase(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    breakGlassHeader?: string,
    caseView?: ContentView,
  ): Promise<SessionResponseDto[]> {
    const breakGlassReason = decodeReason(breakGlassHeader);
    const rows = await manager
      .getRepository(MediationSessionEntity)
      .find({ where: { caseId: access.row.id }, order: { startedAt: 'ASC', createdAt: 'ASC' } });
    const view =
      caseView ??
      (await contentView(
        manager,
        this.audit,
        user,
        access,
        breakGlassReason,
        access.row.sensitivity !== null || rows.some((r) => r.sensitivity !== null),
      ));
    const breakGlass = !access.isCaseMediator && user.role === 'director' && breakGlassReason !== undefined;
    // A recorder reads the notes only of sessions they attended (docs/domain.md §10.6).
    const showNotes = (row: MediationSessionEntity) =>
      breakGlass ||
      (access.isCaseMediator &&
        (user.role !== 'recorder' || row.mediatorIds.includes(access.callerMediatorId!)));
    if (breakGlass && rows.some((r) => r.privateNotesEnc)) {
      await this.audit.record(manager, user, {
        action: 'session.private_notes.break_glass',
        entity: 'case',
        entityId: access.row.id,
        organisationId: access.row.organisationId,
        after: { reason: breakGlassReason },
      });
    }
    return rows.map((row) => this.toResponse(row, showNotes(row) && !view.deidentified, view));
  }

  toResponse(row: MediationSessionEntity, showNotes: boolean, view?: ContentView): SessionResponseDto {
    const hidden = view !== undefined && hides(view, row.sensitivity !== null);
    const marker = view ? markerOf(view) : '';
    return {
      id: row.id,
      caseId: row.caseId,
      mode: row.mode,
      medium: row.medium,
      remoteConsent: row.remoteConsent,
      startedAt: row.startedAt.toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
      place: view?.deidentified ? marker : row.place,
      partyIds: row.partyIds,
      mediatorIds: row.mediatorIds,
      // Who came and how they relate to the parties is part of a sensitive story: counted, not named.
      participants: hidden
        ? row.participants.map((p) => ({ name: marker, relation: marker, consent: p.consent }))
        : row.participants,
      summary: hidden ? marker : row.summary,
      sensitivity: row.sensitivity,
      ...(showNotes && row.privateNotesEnc ? { privateNotes: this.cipher.decrypt(row.privateNotesEnc) } : {}),
      hasPrivateNotes: row.privateNotesEnc !== null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
