import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ClockKind } from './clock.entity.js';

/**
 * How long a clock runs (docs/domain.md §7.1, §10.4): configuration, not code. The
 * most specific rule wins (source and dispute type, then source, then type,
 * then the default). Defaults are loaded by a migration.
 */
@Entity({ name: 'deadline_rules' })
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
}
