import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { breakGlassReason as decodeReason, type CaseAccess } from '../cases/case-access.service.js';
import type { SessionResponseDto } from './dto/session.dto.js';
import { MediationSessionEntity } from './mediation-session.entity.js';

/**
 * Sessions as the caller may see them. Private notes go only to the case's
 * mediators, or to its committee's director who gives a break-glass reason,
 * which is audited. Everyone else learns only that notes exist.
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
  ): Promise<SessionResponseDto[]> {
    const breakGlassReason = decodeReason(breakGlassHeader);
    const rows = await manager
      .getRepository(MediationSessionEntity)
      .find({ where: { caseId: access.row.id }, order: { startedAt: 'ASC', createdAt: 'ASC' } });
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
    return rows.map((row) => this.toResponse(row, showNotes(row)));
  }

  toResponse(row: MediationSessionEntity, showNotes: boolean): SessionResponseDto {
    return {
      id: row.id,
      caseId: row.caseId,
      mode: row.mode,
      startedAt: row.startedAt.toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
      place: row.place,
      partyIds: row.partyIds,
      mediatorIds: row.mediatorIds,
      participants: row.participants,
      summary: row.summary,
      ...(showNotes && row.privateNotesEnc ? { privateNotes: this.cipher.decrypt(row.privateNotesEnc) } : {}),
      hasPrivateNotes: row.privateNotesEnc !== null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
