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
import { CaseEntity } from '../cases/case.entity.js';
import { MediatorEntity } from './mediator.entity.js';

/**
 * Why a mediator may not preside over a case: a conflict of interest the
 * mediator declared, or a party's request for recusal (回避).
 */
@Entity({ name: 'mediator_conflicts' })
@Check('chk_mediator_conflicts_kind', `kind IN ('declared', 'recusal')`)
@Index('idx_mediator_conflicts_case_mediator', ['caseId', 'mediatorId'])
export class MediatorConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_mediator_conflicts_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid' })
  mediatorId: string;

  @ManyToOne(() => MediatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mediator_id', foreignKeyConstraintName: 'fk_mediator_conflicts_mediator' })
  mediator?: MediatorEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: 'declared' | 'recusal';

  /** The party who asked for recusal. */
  @Column({ type: 'uuid', nullable: true })
  partyId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
