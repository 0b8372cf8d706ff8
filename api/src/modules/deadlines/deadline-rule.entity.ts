import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { ClockKind } from './clock.entity.js';

/**
 * How long a clock runs (docs/domain.md §7.1, §10.4): configuration, not code. The
 * most specific rule wins (source and dispute type, then source, then type,
 * then the default; at each, a committee's own rule over the system's). Defaults are loaded by a
 * migration; the admin changes them, a committee's director adjusts them for his committee
 * (docs/api.md "Administration"), except the statutory ones.
 */
@Entity({ name: 'deadline_rules' })
@Check(
  'chk_deadline_rules_days',
  `days >= 1 AND days <= 365 AND (max_extension_days IS NULL OR max_extension_days BETWEEN 0 AND 365)`,
)
@Index('idx_deadline_rules_kind', ['kind'])
export class DeadlineRuleEntity {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ type: 'varchar', length: 24 })
  kind: ClockKind;

  @Column({ type: 'varchar', length: 24, nullable: true })
  source: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  disputeType: string | null;

  @Column({ type: 'integer' })
  days: number;

  @Column({ type: 'boolean', default: false })
  workingDays: boolean;

  @Column({ type: 'varchar', length: 200 })
  basis: string;

  /**
   * Days the clock may be extended in all, by the parties' consent alone; beyond them the extension
   * needs the referring court's consent (422 EXTENSION_CAP). Null: no cap.
   */
  @Column({ type: 'integer', nullable: true })
  maxExtensionDays: number | null;

  /** Fixed by law or by the court's rules (劳动争议 15 日, 司法确认 30 日): no committee may change it. */
  @Column({ type: 'boolean', default: false })
  statutory: boolean;

  /** A committee's own rule, beside the system rule of the same kind, source and type; null: the system's. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_deadline_rules_org' })
  organisation?: OrganisationEntity;
}
