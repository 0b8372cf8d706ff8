import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { CalendarOverrideEntity } from './calendar-override.entity.js';
import { type ClockKind, ClockEntity } from './clock.entity.js';
import { chinaDay, WorkingCalendar } from './working-calendar.js';

const DAY = 24 * 3600_000;

export interface ClockStart {
  caseId: string;
  kind: ClockKind;
  label: string;
  start?: Date;
  agreementId?: string | null;
  /** The agreement term of an obligation clock (0-based). */
  termIndex?: number;
  /** A due day fixed by the parties (an obligation), instead of a rule. */
  dueDay?: string;
  /** An instant instead of a day (a risk report is acknowledged within the hour). */
  dueAt?: Date;
}

/** Two thirds of the period, or three days before the end, whichever comes first. */
export function yellowAt(start: Date, due: Date): Date {
  const twoThirds = start.getTime() + ((due.getTime() - start.getTime()) * 2) / 3;
  return new Date(Math.max(start.getTime(), Math.min(twoThirds, due.getTime() - 3 * DAY)));
}

@Injectable()
export class DeadlinesService {
  private readonly logger = new Logger('Deadlines');

  /** Other set-based checks run under the sweep's lock (e.g. referral feedback); each returns notifications written. */
  private readonly extraSweeps: ((manager: EntityManager) => Promise<number>)[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onSweep(check: (manager: EntityManager) => Promise<number>): void {
    this.extraSweeps.push(check);
  }

  /** The calendar with today's local overrides (read per call: they are few, and admins change them). */
  async calendar(manager: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    const overrides = await manager.getRepository(CalendarOverrideEntity).find();
    return new WorkingCalendar(new Map(overrides.map((o) => [o.day, o.working])));
  }

  /**
   * The rule a clock of the case runs by: the most specific match (its source, then its dispute type),
   * and at each the case's committee's own rule before the system's.
   */
  private async rule(manager: EntityManager, kind: ClockKind, caseId: string) {
    const [best] = await manager.query<
      { days: number; working_days: boolean; max_extension_days: number | null }[]
    >(
      `SELECT r.days, r.working_days, r.max_extension_days
         FROM deadline_rules r JOIN cases c ON c.id = $2
        WHERE r.kind = $1 AND (r.source IS NULL OR r.source = c.source)
          AND (r.dispute_type IS NULL OR r.dispute_type = c.dispute_type)
          AND (r.organisation_id IS NULL OR r.organisation_id = c.organisation_id)
        ORDER BY r.source IS NULL, r.dispute_type IS NULL, r.organisation_id IS NULL
        LIMIT 1`,
      [kind, caseId],
    );
    if (!best) throw new Error(`no deadline rule for ${kind}`);
    return { days: best.days, workingDays: best.working_days, maxExtensionDays: best.max_extension_days };
  }

  /** How many days in all a clock of the case may be extended without the court's consent (null: no cap). */
  async extensionCap(manager: EntityManager, kind: ClockKind, caseId: string): Promise<number | null> {
    return (await this.rule(manager, kind, caseId)).maxExtensionDays;
  }

  async start(manager: EntityManager, clock: ClockStart): Promise<void> {
    const start = clock.start ?? new Date();
    let dueDay = clock.dueDay;
    if (!dueDay && !clock.dueAt) {
      const rule = await this.rule(manager, clock.kind, clock.caseId);
      const calendar = await this.calendar(manager);
      const from = chinaDay(start);
      dueDay = rule.workingDays
        ? calendar.addWorkingDays(from, rule.days)
        : calendar.addCalendarDays(from, rule.days);
    }
    const dueAt = clock.dueAt ?? WorkingCalendar.endOf(dueDay!);
    await manager.getRepository(ClockEntity).insert({
      caseId: clock.caseId,
      agreementId: clock.agreementId ?? null,
      kind: clock.kind,
      termIndex: clock.termIndex ?? null,
      label: clock.label,
      startedAt: start,
      dueAt,
      yellowAt: yellowAt(start, dueAt),
      light: dueAt.getTime() <= Date.now() ? 'red' : 'green',
    });
  }

  /**
   * Stops the open clocks of these kinds (the decision was taken, the period ended); `only` narrows
   * it to one agreement's clocks, or one term's obligation.
   */
  async finish(
    manager: EntityManager,
    caseId: string,
    kinds: ClockKind[],
    only: { agreementId?: string; termIndex?: number } = {},
  ): Promise<void> {
    await manager
      .getRepository(ClockEntity)
      .update(
        { caseId, kind: In(kinds), light: Not('done'), ...only },
        { light: 'done', doneAt: new Date() },
      );
  }

  /**
   * Restarts the open clocks of a kind from `startedAt` (a referral's deadline runs from its
   * receipt, not from our acceptance), ending on `dueDay` if the referrer set one, else where it was.
   */
  async rebase(
    manager: EntityManager,
    caseId: string,
    kind: ClockKind,
    startedAt: Date,
    dueDay: string | null,
  ): Promise<void> {
    const open = await manager
      .getRepository(ClockEntity)
      .find({ where: { caseId, kind, light: Not('done') } });
    for (const clock of open) {
      const dueAt = dueDay ? WorkingCalendar.endOf(dueDay) : clock.dueAt;
      const yellow = yellowAt(startedAt, dueAt);
      const now = Date.now();
      await manager.getRepository(ClockEntity).update(
        { id: clock.id },
        {
          startedAt,
          dueAt,
          yellowAt: yellow,
          light: dueAt.getTime() <= now ? 'red' : yellow.getTime() <= now ? 'yellow' : 'green',
        },
      );
    }
  }

  async pause(manager: EntityManager, caseId: string, kind: ClockKind): Promise<void> {
    await manager
      .getRepository(ClockEntity)
      .update(
        { caseId, kind, light: In(['green', 'yellow', 'red']) },
        { light: 'paused', pausedAt: new Date() },
      );
  }

  /** The paused time does not count: the clock's end moves by it. */
  async resume(manager: EntityManager, caseId: string, kind: ClockKind): Promise<void> {
    await manager.query(
      `UPDATE clocks SET due_at = due_at + (now() - paused_at), yellow_at = yellow_at + (now() - paused_at),
              paused_at = NULL, updated_at = now(),
              light = CASE WHEN due_at + (now() - paused_at) <= now() THEN 'red'
                           WHEN yellow_at + (now() - paused_at) <= now() THEN 'yellow' ELSE 'green' END
        WHERE case_id = $1 AND kind = $2 AND light = 'paused'`,
      [caseId, kind],
    );
  }

  /** An extension agreed by every party moves the end by `days` calendar days. */
  async extend(manager: EntityManager, caseId: string, kind: ClockKind, days: number): Promise<void> {
    await manager.query(
      `UPDATE clocks SET due_at = due_at + make_interval(days => $3), updated_at = now(),
              yellow_at = greatest(started_at, least(started_at + (due_at + make_interval(days => $3) - started_at) * 2 / 3,
                                                   due_at + make_interval(days => $3) - interval '3 days')),
              light = CASE WHEN light = 'paused' THEN 'paused' ELSE 'green' END
        WHERE case_id = $1 AND kind = $2 AND light <> 'done'`,
      [caseId, kind, days],
    );
  }

  async forCase(manager: EntityManager, caseId: string): Promise<ClockEntity[]> {
    return manager.getRepository(ClockEntity).find({ where: { caseId }, order: { dueAt: 'ASC' } });
  }

  /**
   * Moves every light that must change, set-based, and writes one
   * notification per recipient for each change: the case's mediators and
   * the committee's director, plus the judicial office for referred cases and
   * for red lights. Only one instance sweeps at a time (advisory lock); a
   * light changes once, so each notification is written once.
   */
  async sweep(): Promise<{ swept: boolean; changed: number; notified: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [lock] = await manager.query<{ ok: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtext('tiaojie.sweep')) AS ok`,
      );
      if (!lock!.ok) return { swept: false, changed: 0, notified: 0 };
      const [result] = await manager.query<{ changed: number; notified: number }[]>(SWEEP_SQL);
      const { changed } = result!;
      let notified = result!.notified;
      for (const extra of this.extraSweeps) notified += await extra(manager);
      if (changed) this.logger.log(`sweep: ${changed} light(s) changed, ${notified} notification(s)`);
      return { swept: true, changed, notified };
    });
  }
}

const SWEEP_SQL = `
WITH red AS (
  UPDATE clocks SET light = 'red', updated_at = now()
   WHERE light IN ('green', 'yellow') AND due_at <= now()
  RETURNING id, case_id, label, light, due_at
), yellow AS (
  UPDATE clocks SET light = 'yellow', updated_at = now()
   WHERE light = 'green' AND yellow_at <= now() AND due_at > now()
  RETURNING id, case_id, label, light, due_at
), changed AS (
  SELECT * FROM red UNION ALL SELECT * FROM yellow
), recipients AS (
  SELECT DISTINCT ch.id AS clock_id, ch.case_id, ch.label, ch.light, ch.due_at, c.case_number, r.user_id
    FROM changed ch
    -- One index lookup per changed clock (LIMIT keeps the planner from hashing the whole cases table).
    CROSS JOIN LATERAL (
      SELECT c.id, c.case_number, c.organisation_id, c.referral_id, co.path
        FROM cases c JOIN organisations co ON co.id = c.organisation_id
       WHERE c.id = ch.case_id LIMIT 1) c
    CROSS JOIN LATERAL (
      SELECT m.user_id FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id
       WHERE cm.case_id = c.id AND m.user_id IS NOT NULL
      UNION
      SELECT u.id FROM users u WHERE u.active AND u.role = 'director' AND u.organisation_id = c.organisation_id
      UNION
      SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
       WHERE u.active AND u.role = 'judicial_officer' AND o.kind = 'judicial_office'
         AND c.path LIKE o.path || '%' AND (ch.light = 'red' OR c.referral_id IS NOT NULL)
    ) r
), notified AS (
  INSERT INTO notifications (user_id, kind, title, body, case_id)
  SELECT user_id, 'deadline',
         CASE light WHEN 'red' THEN '已超期：' ELSE '即将到期：' END || case_number || ' ' || label,
         case_number || ' 的' || label || CASE light WHEN 'red' THEN '已于 ' ELSE '将于 ' END ||
           to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日"') ||
           CASE light WHEN 'red' THEN ' 到期，请尽快处理。' ELSE ' 到期。' END,
         case_id
    FROM recipients
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM changed) AS changed, (SELECT count(*)::int FROM notified) AS notified`;
