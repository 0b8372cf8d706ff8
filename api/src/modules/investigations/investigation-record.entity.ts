import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';

/**
 * 人民调解调查记录 (docs/domain.md §3 form 5): a mediator's interview of a party, a witness or anyone who
 * knows the facts, with the questions and answers as said; signed on paper by the person interviewed,
 * the investigators and the recorder. Written by InvestigationsService only.
 */
@Entity({ name: 'investigation_records' })
@Index('idx_investigation_records_case', ['caseId', 'investigatedAt'])
export class InvestigationRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_investigation_records_case' })
  case?: CaseEntity;

  @Column({ type: 'timestamptz' })
  investigatedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  /** The case's mediators who investigated (调查人). */
  @Column({ type: 'uuid', array: true })
  investigatorIds: string[];

  @Column({ type: 'varchar', length: 50, nullable: true })
  recorderName: string | null;

  /** The person interviewed (被调查人): a party of the case, or someone else by name. */
  @Column({ type: 'uuid', nullable: true })
  partyId: string | null;

  @Column({ type: 'varchar', length: 100 })
  intervieweeName: string;

  /** How the person stands to the dispute: 当事人, 证人, 知情人, 村(居)委会干部 … */
  @Column({ type: 'varchar', length: 50 })
  intervieweeRelation: string;

  /** 调查事项. */
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  /** The questions and answers as said (问/答). */
  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
