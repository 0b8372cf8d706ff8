import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The figures of stats-sql.ts summed per committee, registration day (Asia/Shanghai), dispute type
 * and source: a cache of the case facts, recomputed from them for every day marked in
 * `stats_dirty` (stats-rollup.ts). Never written by hand.
 */
@Entity({ name: 'stats_days' })
export class StatsDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  disputeType: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  source: string;

  @Column({ type: 'integer' }) received: number;
  @Column({ type: 'integer' }) accepted: number;
  @Column({ type: 'integer' }) succeeded: number;
  @Column({ type: 'integer' }) failed: number;
  /** Yuan under the effective agreements of the succeeded cases. */
  @Column({ type: 'numeric', precision: 16, scale: 2 }) amount: string;
  @Column({ type: 'integer' }) performed: number;
  @Column({ type: 'integer' }) confirmed: number;
  @Column({ type: 'integer' }) overdue: number;
  /** Days from registration to closing, summed over the closed cases, and their count. */
  @Column({ type: 'double precision' }) daysSum: number;
  @Column({ type: 'integer' }) daysCount: number;
  /** Return-visit satisfaction scores (1–5) summed, and the number of visits. */
  @Column({ type: 'integer' }) satisfactionSum: number;
  @Column({ type: 'integer' }) satisfactionCount: number;
}

/** The mediators' "prevented" indicators per committee, day and kind: cases and persons. */
@Entity({ name: 'stats_day_prevention' })
export class StatsDayPreventionEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'integer' }) cases: number;
  @Column({ type: 'integer' }) persons: number;
}

/**
 * Committee days whose facts changed since their rollup rows were computed; appended by database
 * triggers on the fact tables (migration "stats-rollup"), drained by the rollup's refresh.
 * Append-only, without a unique key, so a writer never waits for another.
 */
@Entity({ name: 'stats_dirty' })
@Index('idx_stats_dirty_day', ['organisationId', 'day'])
export class StatsDirtyEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'date' })
  day: string;
}
