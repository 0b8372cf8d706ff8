import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';

export const CLOCK_KINDS = [
  'acceptance',
  'mediation',
  'signature',
  'obligation',
  'judicial_confirmation',
  'court_acceptance',
  'court_ruling',
  'return_visit',
  'filing',
  'escalation',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
export const LIGHTS = ['green', 'yellow', 'red', 'paused', 'done'] as const;
export type Light = (typeof LIGHTS)[number];

/**
 * A deadline as a row (docs/adr/0007-deadlines-are-rows.md). `yellowAt` is precomputed
 * (two thirds of the period, or three days before the end, whichever comes
 * first) so the sweep touches only the clocks whose light must change.
 */
@Entity({ name: 'clocks' })
@Check(
  'chk_clocks_kind',
  `kind IN ('acceptance', 'mediation', 'signature', 'obligation', 'judicial_confirmation', 'court_acceptance', 'court_ruling', 'return_visit', 'filing', 'escalation')`,
)
@Check('chk_clocks_light', `light IN ('green', 'yellow', 'red', 'paused', 'done')`)
@Check('chk_clocks_term_index', `(kind = 'obligation') = (term_index IS NOT NULL)`)
@Index('idx_clocks_case', ['caseId'])
@Index('idx_clocks_yellow_at', ['yellowAt'], { where: `light = 'green'` })
@Index('idx_clocks_due_at', ['dueAt'], { where: `light IN ('green', 'yellow')` })
export class ClockEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_clocks_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid', nullable: true })
  agreementId: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind: ClockKind;

  /** The agreement term an obligation clock runs for (0-based); null for every other kind. */
  @Column({ type: 'smallint', nullable: true })
  termIndex: number | null;

  /** What the clock is for, in Chinese (e.g. 调解期限, 第1项履行期限); shown, never searched. */
  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'timestamptz' })
  yellowAt: Date;

  @Column({ type: 'varchar', length: 8, default: 'green' })
  light: Light;

  @Column({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
