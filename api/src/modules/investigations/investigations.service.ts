import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UNCORRECTABLE_STATUSES } from '../../../../libs/contracts/src/case-powers.js';
import { AppError } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { breakGlassReason, CaseAccessService } from '../cases/case-access.service.js';
import { contentView, shown } from '../cases/case-sensitivity.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { CaseErrors } from '../cases/cases.errors.js';
import { PartyEntity } from '../parties/party.entity.js';
import type { CreateInvestigationDto, InvestigationDto } from './dto/investigation.dto.js';
import { InvestigationRecordEntity } from './investigation-record.entity.js';

const notInvestigator = () =>
  new AppError(422, 'NOT_CASE_MEDIATOR', '调查人须是本案的调解员', [
    { field: 'investigatorIds', code: 'caseMediator', message: '请选择本案的调解员' },
  ]);

/**
 * 调查记录 (form 5): added by the case team while the case is the committee's; read by the case's
 * readers, the content under the case's sensitivity rule (a marker outside the team of a sensitive
 * case, and for the county bureau). Audit rows and the timeline carry no content.
 */
@Injectable()
export class InvestigationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, caseId: string, dto: CreateInvestigationDto): Promise<InvestigationDto> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.cases.load(manager, user, caseId, true);
      this.cases.assertMayWrite(user, access, 'investigation');
      if (UNCORRECTABLE_STATUSES.includes(access.row.status)) throw CaseErrors.finished(access.row.status);
      const investigators = [...new Set(dto.investigatorIds)];
      if (!investigators.every((id) => access.mediators.some((m) => m.id === id))) throw notInvestigator();
      if (dto.partyId && !(await manager.getRepository(PartyEntity).existsBy({ id: dto.partyId, caseId })))
        throw CaseErrors.partyNotFound();
      const repo = manager.getRepository(InvestigationRecordEntity);
      const row = repo.create({
        caseId,
        investigatedAt: new Date(dto.investigatedAt),
        place: dto.place.trim(),
        investigatorIds: investigators,
        recorderName: dto.recorderName?.trim() || null,
        partyId: dto.partyId ?? null,
        intervieweeName: dto.intervieweeName.trim(),
        intervieweeRelation: dto.intervieweeRelation.trim(),
        subject: dto.subject.trim(),
        content: dto.content,
        recordedById: user.id,
      });
      await repo.insert(row);
      await addCaseEvent(
        manager,
        caseId,
        user,
        'investigation',
        `调查:${row.intervieweeName}(${row.intervieweeRelation})`,
        {
          investigationId: row.id,
        },
      );
      await this.audit.record(manager, user, {
        action: 'investigation.create',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        after: { investigationId: row.id, investigatorIds: investigators, partyId: row.partyId },
      });
      return toDto(row, access.mediators, (text) => text);
    });
  }

  async list(user: AuthUser, caseId: string, breakGlassHeader?: string): Promise<InvestigationDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.cases.load(manager, user, caseId);
      const rows = await manager
        .getRepository(InvestigationRecordEntity)
        .find({ where: { caseId }, order: { investigatedAt: 'ASC', id: 'ASC' } });
      const view = await contentView(
        manager,
        this.audit,
        user,
        access,
        breakGlassReason(breakGlassHeader),
        access.row.sensitivity !== null,
      );
      return rows.map((row) => toDto(row, access.mediators, (text) => shown(view, text)));
    });
  }
}

function toDto(
  row: InvestigationRecordEntity,
  mediators: { id: string; name: string }[],
  text: (value: string) => string,
): InvestigationDto {
  return {
    id: row.id,
    investigatedAt: row.investigatedAt.toISOString(),
    place: text(row.place),
    investigatorNames: row.investigatorIds.map((id) => mediators.find((m) => m.id === id)?.name ?? ''),
    recorderName: row.recorderName,
    partyId: row.partyId,
    intervieweeName: text(row.intervieweeName),
    intervieweeRelation: row.intervieweeRelation,
    subject: text(row.subject),
    content: text(row.content),
    createdAt: row.createdAt.toISOString(),
  };
}
