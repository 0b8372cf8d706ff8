import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { MediatorEntity } from '../mediators/mediator.entity.js';
import { CaseEntity } from './case.entity.js';

/** A mediator assigned to a case: the presiding one (调解主持人) or a co-mediator. */
@Entity({ name: 'case_mediators' })
@Check('chk_case_mediators_role', `role IN ('presiding', 'co')`)
@Index('idx_case_mediators_mediator', ['mediatorId'])
export class CaseMediatorEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'uuid' })
  mediatorId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_mediators_case' })
  case?: CaseEntity;

  @ManyToOne(() => MediatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mediator_id', foreignKeyConstraintName: 'fk_case_mediators_mediator' })
  mediator?: MediatorEntity;

  @Column({ type: 'varchar', length: 16 })
  role: 'presiding' | 'co';

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
