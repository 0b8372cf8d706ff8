import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { partiesWithoutRightsNotice, recordConsents } from '../cases/case-consents.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { CaseErrors } from '../cases/cases.errors.js';
import { CASE_STATUS_LABELS, type CaseStatus, SESSION_MEDIUM_LABELS } from '../cases/case.enums.js';
import { SENSITIVITY_LABELS, type SensitivityReason } from '../cases/case-sensitivity.js';
import { PartyEntity } from '../parties/party.entity.js';
import type { CreateSessionDto, SessionResponseDto } from './dto/session.dto.js';
import { MediationSessionEntity } from './mediation-session.entity.js';
import { SessionReader } from './session.reader.js';

const RECORDABLE: readonly CaseStatus[] = ['in_mediation', 'agreement_pending'];
const MODE_LABELS = {
  back_to_back: '背靠背调解',
  face_to_face: '面对面调解',
  site_visit: '现场查看',
} as const;

const refuse = (code: string, message: string, field?: string) =>
  new AppError(422, code, message, field ? [{ field, code, message }] : undefined);

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly reader: SessionReader,
  ) {}

  async create(user: AuthUser, caseId: string, dto: CreateSessionDto): Promise<SessionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, caseId, true);
      this.access.assertMayWrite(user, access, 'session');
      const status = access.row.status;
      if (!RECORDABLE.includes(status)) {
        throw new AppError(
          409,
          'CASE_NOT_IN_MEDIATION',
          `案件当前状态为“${CASE_STATUS_LABELS[status]}”,不能记录调解`,
        );
      }
      const parties = await manager
        .getRepository(PartyEntity)
        .find({ where: { caseId }, order: { position: 'ASC' } });
      const partyIds = [...new Set(dto.partyIds)];
      this.checkAttendance(
        dto,
        partyIds,
        parties,
        access.mediators.map((m) => m.id),
      );
      // A party entered after acceptance (a correction) is told its rights before it takes part.
      const untold = await partiesWithoutRightsNotice(manager, caseId, { partyIds });
      if (untold.length) {
        throw CaseErrors.rightsNoticeMissing(
          '当事人参加调解前',
          untold.map((p) => p.name),
        );
      }
      const medium = dto.medium ?? 'in_person';
      const remoteConsent = medium === 'in_person' ? null : this.checkRemoteConsent(dto, partyIds, parties);
      if (dto.endedAt && dto.endedAt < dto.startedAt) {
        throw refuse('SESSION_TIME', '结束时间不能早于开始时间', 'endedAt');
      }
      const row = await manager.getRepository(MediationSessionEntity).save({
        caseId,
        mode: dto.mode,
        medium,
        remoteConsent,
        startedAt: new Date(dto.startedAt),
        endedAt: dto.endedAt ? new Date(dto.endedAt) : null,
        place: dto.place,
        partyIds,
        mediatorIds: [...new Set(dto.mediatorIds)],
        participants: dto.participants ?? [],
        summary: dto.summary,
        privateNotesEnc: dto.privateNotes ? this.cipher.encrypt(dto.privateNotes) : null,
        sensitivity: dto.sensitivity ?? null,
        recordedById: user.id,
      });
      if (remoteConsent) {
        await recordConsents(manager, user, caseId, {
          partyIds: remoteConsent.partyIds,
          kind: 'remote_session',
          given: true,
          method: remoteConsent.method,
          at: new Date(remoteConsent.at),
          timeline: false, // the session's own line says it was remote
        });
      }
      const who = parties.filter((p) => partyIds.includes(p.id)).map((p) => p.name);
      await addCaseEvent(
        manager,
        caseId,
        user,
        'session',
        `${medium === 'in_person' ? '' : `${SESSION_MEDIUM_LABELS[medium]}·`}${MODE_LABELS[dto.mode]}${who.length ? `(${who.join('、')})` : ''}:${dto.summary.slice(0, 200)}`,
        { sessionId: row.id, mode: dto.mode, medium },
      );
      await this.audit.record(manager, user, {
        action: 'session.create',
        entity: 'session',
        entityId: row.id,
        organisationId: access.row.organisationId,
        after: {
          caseId,
          mode: dto.mode,
          medium,
          remoteConsent,
          partyIds,
          privateNotes: dto.privateNotes ?? null,
          sensitivity: dto.sensitivity ?? null,
        },
      });
      return this.reader.toResponse(row, access.isCaseMediator && user.role !== 'recorder');
    });
  }

  /**
   * A phone or video session needs the consent to remote mediation of every party present
   * (docs/domain.md §10.2, guards): who consented, how and when.
   */
  private checkRemoteConsent(dto: CreateSessionDto, partyIds: string[], parties: PartyEntity[]) {
    const consent = dto.remoteConsent;
    const consented = new Set(consent?.partyIds ?? []);
    if (consent && [...consented].some((id) => !parties.some((p) => p.id === id))) {
      throw refuse('REMOTE_CONSENT', '同意远程调解的当事人不属于本案', 'remoteConsent');
    }
    const missing = parties.filter((p) => partyIds.includes(p.id) && !consented.has(p.id)).map((p) => p.name);
    const medium = SESSION_MEDIUM_LABELS[dto.medium ?? 'in_person'];
    if (!consent || missing.length) {
      throw refuse(
        'REMOTE_CONSENT',
        `${medium}须经参加调解的当事人同意,尚未记录${missing.join('、') || '当事人'}的同意(同意人、方式、时间)`,
        'remoteConsent',
      );
    }
    return { partyIds: [...consented], method: consent.method, at: new Date(consent.at).toISOString() };
  }

  /** Back-to-back talks to one party alone; face-to-face brings every party; mediators come from the case. */
  private checkAttendance(
    dto: CreateSessionDto,
    partyIds: string[],
    parties: PartyEntity[],
    caseMediatorIds: string[],
  ) {
    if (partyIds.some((id) => !parties.some((p) => p.id === id))) {
      throw refuse('SESSION_PARTIES', '所选当事人不属于本案', 'partyIds');
    }
    if (dto.mode === 'back_to_back' && partyIds.length !== 1) {
      throw refuse('SESSION_PARTIES', '背靠背调解须且只能选择一方当事人', 'partyIds');
    }
    if (dto.mode === 'face_to_face' && partyIds.length !== parties.length) {
      throw refuse('SESSION_PARTIES', '面对面调解须全部当事人到场', 'partyIds');
    }
    if (dto.mediatorIds.length === 0 || dto.mediatorIds.some((id) => !caseMediatorIds.includes(id))) {
      throw refuse('SESSION_MEDIATORS', '请选择本案的调解员(须先指派调解员)', 'mediatorIds');
    }
    const uninvited = (dto.participants ?? []).filter((p) => !p.consent).map((p) => p.name);
    if (uninvited.length) {
      throw refuse(
        'PARTICIPANT_CONSENT',
        `邀请${uninvited.join('、')}参加调解须经当事人同意(《人民调解法》第二十条)`,
        'participants',
      );
    }
  }

  /** Marks one session sensitive or not: the case team and the director, audited, on the timeline. */
  async setSensitivity(
    user: AuthUser,
    caseId: string,
    sessionId: string,
    sensitivity: SensitivityReason | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, caseId, true);
      this.access.assertMayWrite(user, access, 'sensitivity');
      const repo = manager.getRepository(MediationSessionEntity);
      const session = await repo.findOneBy({ id: sessionId, caseId });
      if (!session) throw CommonErrors.notFound('调解记录');
      if (session.sensitivity === sensitivity) return;
      await repo.update({ id: sessionId }, { sensitivity });
      await addCaseEvent(
        manager,
        caseId,
        user,
        'session_sensitivity',
        sensitivity ? `调解记录标记为敏感(${SENSITIVITY_LABELS[sensitivity]})` : '调解记录取消敏感标记',
        { sessionId },
      );
      await this.audit.record(manager, user, {
        action: 'session.sensitivity',
        entity: 'session',
        entityId: sessionId,
        organisationId: access.row.organisationId,
        before: { sensitivity: session.sensitivity },
        after: { sensitivity },
      });
    });
  }

  async list(user: AuthUser, caseId: string, breakGlassReason?: string): Promise<SessionResponseDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, caseId);
      return this.reader.forCase(manager, user, access, breakGlassReason);
    });
  }
}
