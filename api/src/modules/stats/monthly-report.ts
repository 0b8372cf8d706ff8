/**
 * 人民调解工作月报表, figure by figure from the facts, each counted in the month of its own event
 * (docs/api.md "Statistics additions", docs/domain.md §4.2), so a later month's news never rewrites
 * a month already reported:
 *  - 受理纠纷: cases the committee accepted in the month (by `accepted_at`); the dispute types, the
 *    sources and the prevention figures are of these cases;
 *  - 调解成功: cases whose agreement took effect in the month (by `effective_at`);
 *  - 成功率 = 调解成功 ÷ 受理纠纷 of the month, in per cent to one decimal, as the two columns show;
 *  - 协议涉及金额: the amounts of those agreements' terms, in 万元 (to the yuan: four decimals);
 *  - 已履行: agreements whose last outstanding term was performed in the month;
 *  - 司法确认: confirmation rulings dated in the month.
 * `scope` is a condition on alias `c` (the caller's scope, narrowed to the report's organisation);
 * `$from`/`$to` are the positions of the month's first and last day.
 */
export function monthlyFactsSql(scope: string, from: number, to: number, path: number): string {
  const start = `($${from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
  const end = `($${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
  return `
WITH accepted AS MATERIALIZED (
  SELECT c.organisation_id, c.dispute_type, c.source, c.prevention
    FROM cases c
   WHERE ${scope} AND c.accepted_at >= ${start} AND c.accepted_at < ${end}
), succeeded AS MATERIALIZED (
  SELECT c.organisation_id, a.id AS agreement_id, jsonb_array_length(a.terms) AS terms,
         (SELECT coalesce(sum((t ->> 'amount')::numeric), 0) FROM jsonb_array_elements(a.terms) t
           WHERE t ->> 'amount' IS NOT NULL) AS amount
    FROM agreements a JOIN cases c ON c.id = a.case_id
   WHERE ${scope} AND a.status = 'effective' AND a.effective_at >= ${start} AND a.effective_at < ${end}
), performed AS MATERIALIZED (
  SELECT c.organisation_id
    FROM agreements a JOIN cases c ON c.id = a.case_id
    JOIN LATERAL (SELECT count(DISTINCT pr.term_index) AS done, max(pr.performed_at) AS last
                    FROM performance_records pr WHERE pr.agreement_id = a.id) p ON TRUE
   WHERE ${scope} AND a.status = 'effective' AND p.done >= jsonb_array_length(a.terms)
     AND p.last >= ${start} AND p.last < ${end}
), confirmed AS MATERIALIZED (
  SELECT c.organisation_id
    FROM judicial_confirmations j JOIN agreements a ON a.id = j.agreement_id JOIN cases c ON c.id = a.case_id
   WHERE ${scope} AND j.status = 'confirmed' AND j.ruling_date >= $${from}::date AND j.ruling_date <= $${to}::date
)
SELECT o.id, o.name,
       (SELECT count(*) FROM accepted x WHERE x.organisation_id = o.id)::int AS accepted,
       (SELECT count(*) FROM succeeded x WHERE x.organisation_id = o.id)::int AS succeeded,
       (SELECT coalesce(sum(amount), 0) FROM succeeded x WHERE x.organisation_id = o.id)::numeric(16, 2)::text AS amount,
       (SELECT count(*) FROM performed x WHERE x.organisation_id = o.id)::int AS performed,
       (SELECT count(*) FROM confirmed x WHERE x.organisation_id = o.id)::int AS confirmed,
       (SELECT coalesce(json_agg(y), '[]') FROM (
          SELECT dispute_type, source, count(*)::int AS n FROM accepted x
           WHERE x.organisation_id = o.id GROUP BY 1, 2) y) AS detail,
       (SELECT coalesce(json_agg(y), '[]') FROM (
          SELECT p.key AS kind, count(*)::int AS cases, sum(p.value::int)::int AS persons
            FROM accepted x, jsonb_each_text(x.prevention) p
           WHERE x.organisation_id = o.id GROUP BY 1) y) AS prevention
  FROM organisations o
 WHERE o.kind IN ('committee', 'centre') AND o.path LIKE $${path}
 ORDER BY o.path`;
}

export interface MonthlyFacts {
  id: string;
  name: string;
  accepted: number;
  succeeded: number;
  /** Yuan, two decimals. */
  amount: string;
  performed: number;
  confirmed: number;
  detail: { dispute_type: string; source: string; n: number }[];
  prevention: { kind: string; cases: number; persons: number }[];
}

/** 成功率 in per cent to one decimal: 调解成功 ÷ 受理纠纷; 0 for a month with nothing accepted. */
export function successPercent(succeeded: number, accepted: number): number {
  return accepted ? Math.round((succeeded / accepted) * 1000) / 10 : 0;
}

/** Cents to 万元 with four decimals, exact to the yuan: 300000 (3,000 yuan) → "0.3000". */
export function tenThousandYuan(cents: number): string {
  const yuan = Math.round(Math.abs(cents) / 100);
  const fraction = String(yuan % 10_000).padStart(4, '0');
  return `${cents < 0 ? '-' : ''}${Math.floor(yuan / 10_000)}.${fraction}`;
}
