import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/**
 * A month's report frozen by the director or the judicial office (docs/api.md "Statistics
 * additions"): the report as it stood, kept whole, answered instead of the facts from then on.
 */
@Entity({ name: 'stats_period_locks' })
@Index('uq_stats_period_locks_org_period', ['organisationId', 'period'], { unique: true })
export class PeriodLockEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation whose report was locked (a committee, or a judicial office's whole area). */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_stats_period_locks_organisation' })
  organisation?: OrganisationEntity;

  /** YYYY-MM. */
  @Column({ type: 'char', length: 7 })
  period: string;

  /** The report (ReportDto) as locked. */
  @Column({ type: 'jsonb' })
  report: Record<string, unknown>;

  @Column({ type: 'uuid' })
  lockedById: string;

  @Column({ type: 'varchar', length: 64 })
  lockedByName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  lockedAt: Date;
}
