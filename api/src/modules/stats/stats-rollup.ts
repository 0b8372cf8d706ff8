import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { baseCte } from './stats-sql.js';

/** Committee days recomputed per transaction: about a second of work at 1,000,000 cases. */
const KEYS_PER_BATCH = 100;
/** pg_advisory_xact_lock key of the refresh ("tjst"): one refresher at a time across processes. */
const REFRESH_LOCK = 0x746a7374;
const DAY_START = (day: string) => `(${day})::timestamp AT TIME ZONE 'Asia/Shanghai'`;

/**
 * Recomputes the rollup rows (stats_days, stats_day_prevention) of the committee days whose facts
 * changed, from the facts themselves through stats-sql.ts's `base`: the rollup is a cache of the one
 * definition of every figure, never a hand-kept counter. Triggers on the fact tables append the
 * changed days to stats_dirty; each statistics request and a scheduled job drain it.
 */
@Injectable()
export class StatsRollup {
  private readonly logger = new Logger(StatsRollup.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Brings every dirty committee day up to date; returns how many were recomputed. */
  async refresh(): Promise<number> {
    // Most requests find nothing to do: look without the lock, which would queue them one behind another.
    const [found] = await this.dataSource.query<{ dirty: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM stats_dirty) AS dirty',
    );
    if (!found?.dirty) return 0;
    let total = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        // A background job, not a request: neither the wait for the lock nor a batch is cut by the
        // app's statement_timeout (a catch-up after an upgrade takes a minute at 1,000,000 cases).
        await manager.query('SET LOCAL statement_timeout = 0');
        await manager.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
        const keys = await manager.query<{ organisation_id: string; day: string }[]>(
          `WITH pick AS (SELECT DISTINCT organisation_id, day FROM (SELECT organisation_id, day FROM stats_dirty LIMIT $1) x LIMIT $2),
                gone AS (DELETE FROM stats_dirty s USING pick p
                          WHERE s.organisation_id = p.organisation_id AND s.day = p.day RETURNING s.organisation_id, s.day)
           SELECT DISTINCT organisation_id, day::text AS day FROM gone`,
          [KEYS_PER_BATCH * 50, KEYS_PER_BATCH],
        );
        if (!keys.length) return 0;
        const params = [keys.map((k) => k.organisation_id), keys.map((k) => k.day)];
        const picked = `k AS (SELECT * FROM unnest($1::uuid[], $2::date[]) AS k(organisation_id, day))`;
        // One range per committee day, OR-ed: a bitmap of idx_cases_org_created scans, never a pass over
        // the whole table (a join with the unnest above was planned as a hash join over every case).
        const ranges = keys
          .map(
            (_, i) =>
              `(c.organisation_id = ($1::uuid[])[${i + 1}] AND c.created_at >= ${DAY_START(`($2::date[])[${i + 1}]`)}
                AND c.created_at < ${DAY_START(`($2::date[])[${i + 1}] + 1`)})`,
          )
          .join(' OR ');
        for (const table of ['stats_days', 'stats_day_prevention'])
          await manager.query(
            `WITH ${picked} DELETE FROM ${table} s USING k WHERE s.organisation_id = k.organisation_id AND s.day = k.day`,
            params,
          );
        await manager.query(
          `WITH ${baseCte(`(${ranges})`)},
           days AS (
             INSERT INTO stats_days (organisation_id, day, dispute_type, source, received, accepted, succeeded,
                                     failed, amount, performed, confirmed, overdue, days_sum, days_count,
                                     satisfaction_sum, satisfaction_count)
             SELECT b.organisation_id, (b.created_at AT TIME ZONE 'Asia/Shanghai')::date, b.dispute_type, b.source,
                    count(*), count(*) FILTER (WHERE accepted), count(*) FILTER (WHERE succeeded),
                    count(*) FILTER (WHERE failed), coalesce(sum(amount) FILTER (WHERE succeeded), 0),
                    count(*) FILTER (WHERE performed), count(*) FILTER (WHERE confirmed),
                    count(*) FILTER (WHERE overdue), coalesce(sum(days), 0), count(days),
                    coalesce(sum(v.score), 0), coalesce(sum(v.visits), 0)
               FROM base b
               LEFT JOIN LATERAL (SELECT sum(rv.satisfaction) AS score, count(*) AS visits
                                    FROM return_visits rv WHERE rv.case_id = b.id) v ON TRUE
              GROUP BY 1, 2, 3, 4)
           INSERT INTO stats_day_prevention (organisation_id, day, kind, cases, persons)
           SELECT b.organisation_id, (b.created_at AT TIME ZONE 'Asia/Shanghai')::date, p.key, count(*), sum(p.value::int)
             FROM base b, jsonb_each_text(b.prevention) p
            GROUP BY 1, 2, 3`,
          params,
        );
        return keys.length;
      });
      if (!done) return total;
      total += done;
    }
  }

  /** The scheduled drain (and the one after an upgrade, when every day is dirty); never throws. */
  async refreshQuietly(): Promise<void> {
    const started = Date.now();
    try {
      const days = await this.refresh();
      if (days > 0)
        this.logger.log(`statistics rollup: ${days} committee days recomputed in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.error(`statistics rollup failed: ${(error as Error).message}`);
    }
  }
}
