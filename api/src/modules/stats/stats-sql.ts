/**
 * The one definition of every figure, as SQL over case facts (never hand-kept counters):
 * `base` holds the cases registered in the period within the caller's scope, one row each, with
 *  - accepted: the committee accepted it;
 *  - succeeded: it has an effective agreement (调解成功); failed: terminated without one;
 *  - amount: yuan to be paid under that agreement (the sum of its terms' amounts);
 *  - performed: every term of that agreement has a performance record;
 *  - confirmed: a court confirmed that agreement (司法确认);
 *  - overdue: its mediation period ran out (a red clock now, or finished after its due time);
 *  - days: days from registration to closing, for closed cases;
 *  - prevention: the mediator's "prevented" indicators, kind → persons.
 * `where` is a condition on `c`: the caller's scope and the registration period. `succeeded` follows
 * the same rule as `SUCCEEDED_SQL` of the case list (an effective agreement).
 */
export function baseCte(where: string): string {
  return `base AS MATERIALIZED (
  SELECT c.id, c.organisation_id, c.dispute_type, c.source, o.kind AS org_kind, c.location,
         c.created_at, c.accepted_at IS NOT NULL AS accepted,
         ag.id IS NOT NULL AS succeeded,
         (c.routes_informed IS NOT NULL AND ag.id IS NULL) AS failed,
         coalesce(ag.amount, 0) AS amount,
         coalesce(ag.performed, false) AS performed,
         coalesce(ag.confirmed, false) AS confirmed,
         EXISTS (SELECT 1 FROM clocks k WHERE k.case_id = c.id AND k.kind = 'mediation'
                  AND (k.light = 'red' OR k.done_at > k.due_at)) AS overdue,
         CASE WHEN c.closed_at IS NOT NULL THEN extract(epoch FROM c.closed_at - c.created_at) / 86400 END AS days,
         c.prevention
    FROM cases c
    JOIN organisations o ON o.id = c.organisation_id
    LEFT JOIN LATERAL (
      SELECT a.id,
             (SELECT coalesce(sum((t ->> 'amount')::numeric), 0) FROM jsonb_array_elements(a.terms) t
               WHERE t ->> 'amount' IS NOT NULL) AS amount,
             (SELECT count(DISTINCT pr.term_index) FROM performance_records pr WHERE pr.agreement_id = a.id)
               >= jsonb_array_length(a.terms) AS performed,
             EXISTS (SELECT 1 FROM judicial_confirmations j WHERE j.agreement_id = a.id AND j.status = 'confirmed')
               AS confirmed
        FROM agreements a
       WHERE a.case_id = c.id AND a.status = 'effective'
       ORDER BY a.effective_at DESC
       LIMIT 1) ag ON TRUE
   WHERE ${where}
)`;
}

/**
 * The totals every view shares, as one JSON object over `d`: rows of the rollup (stats_days, the
 * figures of `base` summed per committee day, dispute type and source).
 */
export const TOTALS_SQL = `SELECT json_build_object(
    'received', coalesce(sum(received), 0)::int,
    'accepted', coalesce(sum(accepted), 0)::int,
    'succeeded', coalesce(sum(succeeded), 0)::int,
    'failed', coalesce(sum(failed), 0)::int,
    'amount', coalesce(sum(amount), 0)::numeric(16, 2)::text,
    'performed', coalesce(sum(performed), 0)::int,
    'confirmed', coalesce(sum(confirmed), 0)::int,
    'overdue', coalesce(sum(overdue), 0)::int,
    'days', round((sum(days_sum) / nullif(sum(days_count), 0))::numeric, 1)::float
  ) FROM d`;
