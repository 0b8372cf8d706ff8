import type { EntityManager } from 'typeorm';
import { BREACH_GRACE_DAYS, statusAfterPerformance } from '../cases/case-status.js';
import type { CaseStatus } from '../cases/case.enums.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { moveCaseStatus } from '../cases/case-status-writer.js';

/** Cases moved in one sweep at most; the next minute takes the rest. */
const BATCH = 200;

/**
 * An obligation BREACH_GRACE_DAYS past its due day with no performance recorded for its term: the
 * agreement is not being performed (docs/api.md "Agreement life after signing"). The case moves to
 * `breached` by the same rule as a return visit that finds it unperformed (statusAfterPerformance),
 * the timeline says so, and the case's mediators and the committee's director get a 督促履行 task.
 * Runs under the minute sweep's lock (DeadlinesService.onSweep); returns the notifications written.
 */
export async function sweepOverdueObligations(manager: EntityManager): Promise<number> {
  const overdue = await manager.query<
    { case_id: string; case_number: string; status: CaseStatus; term_index: number; due_day: string }[]
  >(
    `SELECT DISTINCT ON (c.id) c.id AS case_id, c.case_number, c.status, k.term_index,
            to_char(k.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日"') AS due_day
       FROM clocks k JOIN cases c ON c.id = k.case_id
      WHERE k.kind = 'obligation' AND k.light = 'red'
        AND k.due_at + make_interval(days => $1) <= now()
        AND c.status IN ('agreement_effective', 'performing')
        AND NOT EXISTS (SELECT 1 FROM performance_records p
                         WHERE p.agreement_id = k.agreement_id AND p.term_index = k.term_index)
      ORDER BY c.id, k.term_index
      LIMIT $2`,
    [BREACH_GRACE_DAYS, BATCH],
  );
  let notified = 0;
  for (const row of overdue) {
    const next = statusAfterPerformance(row.status, { kind: 'not_performed' });
    if (next === row.status) continue;
    // Only from the status read: a performance recorded meanwhile wins, and the next sweep decides.
    if (!(await moveCaseStatus(manager, { id: row.case_id, status: row.status }, next))) continue;
    const term = `第${row.term_index + 1}项`;
    await addCaseEvent(
      manager,
      row.case_id,
      null,
      'breached',
      `协议${term}义务的履行期限(${row.due_day})已过${BREACH_GRACE_DAYS}日仍未登记履行,案件转为“未履行”:请督促履行;仍不履行的,告知当事人可向人民法院起诉(已司法确认的可申请强制执行)后结案`,
    );
    const [sent] = await manager.query<{ n: number }[]>(
      `WITH sent AS (
         INSERT INTO notifications (user_id, kind, title, body, case_id)
         SELECT DISTINCT r.user_id, 'deadline', '督促履行:' || $2, $2 || ' 的协议' || $3 || '义务逾期未履行,请督促履行', $1::uuid
           FROM (SELECT m.user_id FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id
                  WHERE cm.case_id = $1 AND m.user_id IS NOT NULL
                 UNION
                 SELECT u.id FROM users u JOIN cases c ON c.organisation_id = u.organisation_id
                  WHERE c.id = $1 AND u.active AND u.role = 'director') r
         RETURNING 1)
       SELECT count(*)::int AS n FROM sent`,
      [row.case_id, row.case_number, term],
    );
    notified += sent!.n;
  }
  return notified;
}
