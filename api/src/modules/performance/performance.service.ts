import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import {
  ACTIVE_CONFIRMATION_STATUSES,
  CONFIRMATION_MOVES,
  type ConfirmationStatus,
} from '../../../../libs/contracts/src/judicial-confirmation.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { type PrintPurpose, printWatermark } from '../../common/print-purpose.js';
import { AgreementContextLoader } from '../agreements/agreement-context.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { moveCaseStatus } from '../cases/case-status-writer.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { statusAfterPerformance } from '../cases/case-status.js';
import type { CaseStatus } from '../cases/case.enums.js';
import { ClockEntity } from '../deadlines/clock.entity.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { chinaDay } from '../deadlines/working-calendar.js';
import { PartyEntity } from '../parties/party.entity.js';
import { COURT_BLANK, renderConfirmationPack } from './confirmation-pack.js';
import type {
  JudicialConfirmationDto,
  JudicialConfirmationResponseDto,
  JudicialConfirmationUpdateDto,
  PerformanceDto,
  PerformanceResultDto,
  ReturnVisitDto,
  UrgingDto,
} from './dto/performance.dto.js';
import {
  JudicialConfirmationEntity,
  PerformanceRecordEntity,
  ReturnVisitEntity,
  UrgingRecordEntity,
} from './performance.entities.js';

const refuse = (status: number, code: string, message: string) => new AppError(status, code, message);
const VISITABLE: readonly CaseStatus[] = [
  'agreement_effective',
  'performing',
  'performed',
  'breached',
  'terminated',
];
const CONFIRMATION_LABELS: Record<ConfirmationStatus, string> = {
  applied: '已申请',
  accepted: '法院已受理',
  confirmed: '法院裁定确认有效',
  refused: '法院裁定驳回',
  rejected_for_acceptance: '法院不予受理',
  withdrawn: '已撤回',
};
const PERFORMANCE_LABELS = { performed: '已履行', partly: '部分履行', not_performed: '未履行' } as const;
const URGING_LABELS = { phone: '电话', visit: '上门', letter: '书面', message: '短信' } as const;

/** After the agreement: performance, return visits (回访) and judicial confirmation (司法确认). */
@Injectable()
export class PerformanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreements: AgreementContextLoader,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly deadlines: DeadlinesService,
  ) {}

  async recordPerformance(
    user: AuthUser,
    agreementId: string,
    dto: PerformanceDto,
  ): Promise<PerformanceResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, access } = await this.agreements.load(manager, user, agreementId, true);
      this.cases.assertMayWrite(user, access, 'followUp');
      if (agreement.status !== 'effective')
        throw refuse(409, 'AGREEMENT_NOT_EFFECTIVE', '只有已生效的协议才能登记履行');
      const term = agreement.terms[dto.termIndex];
      if (!term) throw refuse(422, 'TERM_NOT_FOUND', `协议没有第${dto.termIndex + 1}项`);
      await manager.getRepository(PerformanceRecordEntity).insert({
        agreementId,
        termIndex: dto.termIndex,
        performedAt: new Date(dto.performedAt),
        amount: dto.amount ?? null,
        proof: dto.proof ?? null,
        recordedById: user.id,
      });
      await this.deadlines.finish(manager, access.row.id, ['obligation'], {
        agreementId,
        termIndex: dto.termIndex,
      });
      const done = await manager.getRepository(PerformanceRecordEntity).find({ where: { agreementId } });
      const outstanding = agreement.terms
        .map((_, i) => i)
        .filter((i) => !done.some((r) => r.termIndex === i));
      const next = statusAfterPerformance(access.row.status, {
        kind: 'performed',
        outstanding: outstanding.length,
      });
      await moveCaseStatus(manager, access.row, next);
      const amount = dto.amount ? `,金额 ${dto.amount} 元` : '';
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'performance',
        `第${dto.termIndex + 1}项已履行${amount}${dto.proof ? `,凭证:${dto.proof}` : ''}`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.performance',
        entity: 'agreement',
        entityId: agreementId,
        organisationId: access.row.organisationId,
        after: { ...dto },
      });
      return { caseStatus: next, outstanding };
    });
  }

  /** 督促履行: recorded on an effective agreement while a term is still open. */
  async urge(user: AuthUser, agreementId: string, dto: UrgingDto): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, access } = await this.agreements.load(manager, user, agreementId, true);
      this.cases.assertMayWrite(user, access, 'followUp');
      if (agreement.status !== 'effective')
        throw refuse(409, 'AGREEMENT_NOT_EFFECTIVE', '只有已生效的协议才能督促履行');
      const performed = await manager.getRepository(PerformanceRecordEntity).find({ where: { agreementId } });
      const open = agreement.terms.map((_, i) => i).filter((i) => !performed.some((r) => r.termIndex === i));
      if (dto.termIndex !== undefined) {
        if (!agreement.terms[dto.termIndex])
          throw refuse(422, 'TERM_NOT_FOUND', `协议没有第${dto.termIndex + 1}项`);
        if (!open.includes(dto.termIndex))
          throw refuse(409, 'TERM_PERFORMED', `第${dto.termIndex + 1}项已履行，无需督促`);
      } else if (open.length === 0) {
        throw refuse(409, 'TERM_PERFORMED', '协议各项均已履行，无需督促');
      }
      const saved = await manager.getRepository(UrgingRecordEntity).save({
        agreementId,
        termIndex: dto.termIndex ?? null,
        urgedAt: new Date(dto.urgedAt),
        method: dto.method,
        note: dto.note,
        recordedById: user.id,
      });
      const what = dto.termIndex === undefined ? '协议' : `第${dto.termIndex + 1}项`;
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'urging',
        `${URGING_LABELS[dto.method]}督促履行${what}：${dto.note}`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.urging',
        entity: 'agreement',
        entityId: agreementId,
        organisationId: access.row.organisationId,
        after: { termIndex: dto.termIndex ?? null, method: dto.method, urgedAt: dto.urgedAt },
      });
      return { id: saved.id };
    });
  }

  async returnVisit(user: AuthUser, caseId: string, dto: ReturnVisitDto): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.cases.load(manager, user, caseId, true);
      this.cases.assertMayWrite(user, access, 'followUp');
      if (!VISITABLE.includes(access.row.status))
        throw refuse(409, 'CASE_NOT_VISITABLE', '调解结束后才能回访');
      const party = await manager.getRepository(PartyEntity).findOneBy({ id: dto.partyId, caseId });
      if (!party) throw CommonErrors.notFound('当事人');
      const saved = await manager.getRepository(ReturnVisitEntity).save({
        caseId,
        partyId: party.id,
        visitedAt: new Date(dto.visitedAt),
        performance: dto.performance,
        satisfaction: dto.satisfaction,
        residualRisk: dto.residualRisk ?? 'none',
        note: dto.note,
        recordedById: user.id,
      });
      await this.deadlines.finish(manager, caseId, ['return_visit']);
      await addCaseEvent(
        manager,
        caseId,
        user,
        'return_visit',
        `回访${party.name}:${PERFORMANCE_LABELS[dto.performance]},满意度 ${dto.satisfaction}/5。${dto.note}`,
      );
      if (dto.performance === 'not_performed') {
        const next = statusAfterPerformance(access.row.status, { kind: 'not_performed' });
        if (next !== access.row.status) {
          await moveCaseStatus(manager, access.row, next);
          await addCaseEvent(
            manager,
            caseId,
            user,
            'breached',
            '回访发现协议未履行,案件转为“未履行”:请督促履行;仍不履行的,告知当事人可向人民法院起诉(已司法确认的可申请强制执行)后结案',
          );
        }
      }
      await this.audit.record(manager, user, {
        action: 'case.return_visit',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        after: { ...dto },
      });
      return { id: saved.id };
    });
  }

  /** The application pack to take to the court; the court named, or a blank to fill in by hand. */
  async confirmationPack(
    user: AuthUser,
    agreementId: string,
    court: string | undefined,
    purpose: PrintPurpose,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, access } = await this.agreements.load(manager, user, agreementId);
      this.cases.assertMayPrint(user, access);
      if (agreement.status !== 'effective')
        throw refuse(409, 'AGREEMENT_NOT_EFFECTIVE', '只有已生效的协议才能申请司法确认');
      const applied = await manager
        .getRepository(JudicialConfirmationEntity)
        .findOne({ where: { agreementId }, order: { createdAt: 'DESC' } });
      const pdf = await renderConfirmationPack(
        manager,
        this.cipher,
        access,
        agreement,
        court?.trim() || applied?.court || COURT_BLANK,
        printWatermark(user),
      );
      await this.audit.record(manager, user, {
        action: 'document.print',
        entity: 'agreement',
        entityId: agreementId,
        organisationId: access.row.organisationId,
        after: { document: 'judicial-confirmation', purpose },
      });
      return { pdf, filename: `${agreement.agreementNumber}-司法确认申请材料.pdf` };
    });
  }

  /** Art 33: within 30 days of the agreement taking effect; the apply action locks after the window. */
  async applyForConfirmation(
    user: AuthUser,
    agreementId: string,
    dto: JudicialConfirmationDto,
  ): Promise<JudicialConfirmationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, access } = await this.agreements.load(manager, user, agreementId, true);
      this.cases.assertMayWrite(user, access, 'followUp');
      if (agreement.status !== 'effective')
        throw refuse(409, 'AGREEMENT_NOT_EFFECTIVE', '只有已生效的协议才能申请司法确认');
      const clock = await manager
        .getRepository(ClockEntity)
        .findOneBy({ agreementId, kind: 'judicial_confirmation' });
      const lastDay = clock ? chinaDay(clock.dueAt) : undefined;
      if (!lastDay || dto.appliedAt > lastDay || Date.now() > clock!.dueAt.getTime()) {
        throw refuse(
          422,
          'CONFIRMATION_WINDOW_CLOSED',
          `申请司法确认的期限已于${lastDay ?? '协议生效后 30 日'}届满(《人民调解法》第三十三条)`,
        );
      }
      if (dto.appliedAt < chinaDay(agreement.effectiveAt!))
        throw refuse(422, 'CONFIRMATION_DATE', '申请日期不能早于协议生效日期');
      const active = await manager
        .getRepository(JudicialConfirmationEntity)
        .existsBy({ agreementId, status: In([...ACTIVE_CONFIRMATION_STATUSES]) });
      if (active) throw refuse(409, 'CONFIRMATION_EXISTS', '该协议已申请司法确认');
      const saved = await manager
        .getRepository(JudicialConfirmationEntity)
        .save({ agreementId, court: dto.court, appliedAt: dto.appliedAt, recordedById: user.id });
      await this.deadlines.finish(manager, access.row.id, ['judicial_confirmation'], { agreementId });
      // The court's own limits, followed by the mediator (法释〔2011〕5号 Art 5: 3 days to accept).
      await this.deadlines.start(manager, {
        caseId: access.row.id,
        agreementId,
        kind: 'court_acceptance',
        label: `${dto.court}受理期限`,
        start: new Date(`${dto.appliedAt}T00:00:00+08:00`),
      });
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'judicial_confirmation',
        `已向${dto.court}申请司法确认`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.judicial_confirmation',
        entity: 'agreement',
        entityId: agreementId,
        organisationId: access.row.organisationId,
        after: { ...dto },
      });
      return toConfirmation(saved);
    });
  }

  async updateConfirmation(
    user: AuthUser,
    id: string,
    dto: JudicialConfirmationUpdateDto,
  ): Promise<JudicialConfirmationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(JudicialConfirmationEntity).findOneBy({ id });
      if (!row) throw CommonErrors.notFound('司法确认记录');
      const { access } = await this.agreements.load(manager, user, row.agreementId, true);
      this.cases.assertMayWrite(user, access, 'followUp');
      // Forward only; the same status again corrects the ruling's number or date.
      const moves = CONFIRMATION_MOVES[row.status];
      if (dto.status !== row.status && !moves.includes(dto.status))
        throw refuse(
          409,
          'CONFIRMATION_MOVE',
          `司法确认状态不能从“${CONFIRMATION_LABELS[row.status]}”改为“${CONFIRMATION_LABELS[dto.status]}”` +
            (moves.length
              ? `;当前可改为:${moves.map((s) => CONFIRMATION_LABELS[s]).join('、')}`
              : ';已有结果,不能再改'),
        );
      const updated = {
        ...row,
        status: dto.status,
        rulingNumber: dto.rulingNumber ?? row.rulingNumber,
        rulingDate: dto.rulingDate ?? row.rulingDate,
      };
      await manager.getRepository(JudicialConfirmationEntity).save(updated);
      if (dto.status !== row.status)
        await this.followCourt(manager, access.row.id, row.agreementId, row.court, dto.status);
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'judicial_confirmation',
        `司法确认:${CONFIRMATION_LABELS[dto.status]}${dto.rulingNumber ? `(${dto.rulingNumber})` : ''}` +
          (dto.status === 'refused' && row.status !== 'refused' ? REFUSAL_ROUTES : ''),
      );
      await this.audit.record(manager, user, {
        action: 'agreement.judicial_confirmation.update',
        entity: 'agreement',
        entityId: row.agreementId,
        organisationId: access.row.organisationId,
        before: { status: row.status },
        after: { ...dto },
      });
      return toConfirmation(updated);
    });
  }

  /**
   * The court's clocks follow the application: accepted ends the 3 days to accept and starts the 15
   * days to rule (法释〔2011〕5号 Art 7); any outcome ends both.
   */
  private async followCourt(
    manager: EntityManager,
    caseId: string,
    agreementId: string,
    court: string,
    status: JudicialConfirmationUpdateDto['status'],
  ): Promise<void> {
    await this.deadlines.finish(manager, caseId, ['court_acceptance', 'court_ruling'], { agreementId });
    if (status === 'accepted')
      await this.deadlines.start(manager, {
        caseId,
        agreementId,
        kind: 'court_ruling',
        label: `${court}审查期限`,
      });
  }
}

/** What the parties are told when the court refuses (人民调解法 Art 33 ¶3); 重新调解 opens the first. */
const REFUSAL_ROUTES =
  '。当事人可以通过人民调解方式变更原调解协议或者达成新的调解协议,也可以向人民法院提起诉讼';

function toConfirmation(row: JudicialConfirmationEntity): JudicialConfirmationResponseDto {
  return {
    id: row.id,
    court: row.court,
    appliedAt: row.appliedAt,
    status: row.status,
    rulingNumber: row.rulingNumber,
    rulingDate: row.rulingDate,
  };
}
