import type { ConfirmationStatus } from '../../../../libs/contracts/src/judicial-confirmation.js';
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
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { CaseEntity } from '../cases/case.entity.js';

/** A term performed (履行), with its proof: a receipt or a transfer slip. */
@Entity({ name: 'performance_records' })
@Index('idx_performance_records_agreement', ['agreementId'])
export class PerformanceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_performance_records_agreement' })
  agreement?: AgreementEntity;

  /** 0-based index of the term in the agreement. */
  @Column({ type: 'smallint' })
  termIndex: number;

  @Column({ type: 'timestamptz' })
  performedAt: Date;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amount: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  proof: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** 回访: how the agreement was honoured, how satisfied the party is, what risk remains. */
@Entity({ name: 'return_visits' })
@Check('chk_return_visits_performance', `performance IN ('performed', 'partly', 'not_performed')`)
@Check('chk_return_visits_satisfaction', 'satisfaction BETWEEN 1 AND 5')
@Check('chk_return_visits_risk', `residual_risk IN ('none', 'low', 'high')`)
@Index('idx_return_visits_case', ['caseId'])
export class ReturnVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_return_visits_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid' })
  partyId: string;

  @Column({ type: 'timestamptz' })
  visitedAt: Date;

  @Column({ type: 'varchar', length: 16 })
  performance: 'performed' | 'partly' | 'not_performed';

  @Column({ type: 'smallint' })
  satisfaction: number;

  @Column({ type: 'varchar', length: 8, default: 'none' })
  residualRisk: 'none' | 'low' | 'high';

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export {
  CONFIRMATION_STATUSES,
  type ConfirmationStatus,
} from '../../../../libs/contracts/src/judicial-confirmation.js';

/** 司法确认 (Art 33): the joint application to a court and what the court decided. */
@Entity({ name: 'judicial_confirmations' })
@Check(
  'chk_judicial_confirmations_status',
  `status IN ('applied', 'accepted', 'confirmed', 'refused', 'rejected_for_acceptance', 'withdrawn')`,
)
@Index('idx_judicial_confirmations_agreement', ['agreementId'])
export class JudicialConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_judicial_confirmations_agreement' })
  agreement?: AgreementEntity;

  @Column({ type: 'varchar', length: 100 })
  court: string;

  @Column({ type: 'date' })
  appliedAt: string;

  @Column({ type: 'varchar', length: 24, default: 'applied' })
  status: ConfirmationStatus;

  /** The court's case number (…调确字…). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  rulingNumber: string | null;

  @Column({ type: 'date', nullable: true })
  rulingDate: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const URGING_METHODS = ['phone', 'visit', 'letter', 'message'] as const;
export type UrgingMethod = (typeof URGING_METHODS)[number];

/** 督促履行: the mediator reminding an obligor of an unperformed term. */
@Entity({ name: 'urging_records' })
@Check('chk_urging_records_method', `method IN ('phone', 'visit', 'letter', 'message')`)
@Index('idx_urging_records_agreement', ['agreementId'])
export class UrgingRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_urging_records_agreement' })
  agreement?: AgreementEntity;

  /** 0-based index of the term urged; null when the whole agreement is meant. */
  @Column({ type: 'smallint', nullable: true })
  termIndex: number | null;

  @Column({ type: 'timestamptz' })
  urgedAt: Date;

  @Column({ type: 'varchar', length: 16 })
  method: UrgingMethod;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
