import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ReportedLevel } from '../../../../libs/contracts/src/escalations.js';
import { CaseEntity } from '../cases/case.entity.js';

/**
 * 风险报告 (Art 25): an orange or red risk of a case reported to one body (the police station linked to
 * the committee, else its judicial office), which acknowledges it by `acknowledgeBy` and may answer
 * what it did. Written by EscalationsService only.
 */
@Entity({ name: 'escalation_reports' })
@Index('idx_escalation_reports_recipient', ['recipientOrganisationId', 'acknowledgedAt'])
@Index('idx_escalation_reports_case', ['caseId'])
@Check('chk_escalation_reports_level', `level IN ('orange', 'red')`)
export class EscalationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_escalation_reports_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 8 })
  level: ReportedLevel;

  /** What the reporter told the recipient: the minimum facts it needs (docs/domain.md §9.2). */
  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'uuid' })
  recipientOrganisationId: string;

  @Column({ type: 'uuid', nullable: true })
  reportedById: string | null;

  @Column({ type: 'varchar', length: 50 })
  reportedByName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  reportedAt: Date;

  @Column({ type: 'timestamptz' })
  acknowledgeBy: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  acknowledgedByName: string | null;

  /** What the recipient did or will do (已派员到场, 已约谈双方 …). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  response: string | null;
}
