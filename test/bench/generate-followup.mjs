// After generate-cases.mjs: what the statistics count beyond the cases themselves, derived from each
// generated case's status so that the figures are consistent — effective agreements (amounts in the
// parties' words' place: one payment term), performance records, return visits with satisfaction,
// court confirmations, and the "prevented" indicators on a few cases. Set-based, idempotent per case.
//
//   node test/bench/generate-followup.mjs --url postgres://…
import { parseArgs } from 'node:util';
import pg from 'pg';

/** A stable pseudo-random 0…99 per case, so that reruns agree. */
const H = (salt) => `(abs(hashtext(c.id::text || '${salt}')) % 100)`;
const SUCCEEDED = `(c.status IN ('agreement_effective', 'performing', 'performed', 'breached')
   OR (c.status IN ('closed', 'archived') AND c.routes_informed IS NULL AND c.accepted_at IS NOT NULL))`;

// Agreements not effective yet (drafts, or being signed, on a database in use) have no effective_at to date
// their follow-up from: only effective ones get performance, return visits and court confirmations.
const EFFECTIVE = `a.status = 'effective' AND a.effective_at IS NOT NULL`;

// Each statement skips what an earlier run wrote, read once into `done` before it starts: a NOT EXISTS on
// the table being written was planned as a nested scan of it for every row (quadratic at 1M cases).
export const FOLLOW_UP_SQL = [
  // Effective agreements: about two thirds of the amount in dispute, one payment term (or an apology).
  `WITH done AS MATERIALIZED (SELECT case_id FROM agreements)
   INSERT INTO agreements (case_id, agreement_number, form, status, facts, responsibility, terms, performance, copies,
                           version, created_by_id, created_at, updated_at, effective_at)
   SELECT c.id, c.case_number, CASE WHEN ${H('form')} < 12 THEN 'oral' ELSE 'written' END, 'effective', c.facts, '',
          jsonb_build_array(CASE WHEN c.amount_in_dispute IS NULL
            THEN jsonb_build_object('kind', 'apologise', 'obligorPartyId', p.id, 'text', p.name || '向对方赔礼道歉')
            ELSE jsonb_build_object('kind', 'pay', 'obligorPartyId', p.id,
                   'amount', round(c.amount_in_dispute * (40 + ${H('amt')} / 2) / 100, 2)::text,
                   'method', '银行转账', 'text',
                   p.name || '支付对方' || round(c.amount_in_dispute * (40 + ${H('amt')} / 2) / 100, 0) || '元') END),
          '当面履行', 3, 1, c.registered_by_id,
          coalesce(c.accepted_at, c.created_at) + interval '6 days', coalesce(c.accepted_at, c.created_at) + interval '6 days',
          coalesce(c.accepted_at, c.created_at) + interval '7 days'
     FROM cases c
     JOIN LATERAL (SELECT id, name FROM parties WHERE case_id = c.id ORDER BY position DESC LIMIT 1) p ON TRUE
    WHERE ${SUCCEEDED} AND NOT EXISTS (SELECT 1 FROM done WHERE done.case_id = c.id)`,
  // Performed in full: performed, closed and archived cases; breached ones never.
  `WITH done AS MATERIALIZED (SELECT agreement_id FROM performance_records)
   INSERT INTO performance_records (agreement_id, term_index, performed_at, amount, proof, recorded_by_id)
   SELECT a.id, 0, a.effective_at + interval '5 days', (a.terms -> 0 ->> 'amount')::numeric, '收条', a.created_by_id
     FROM agreements a JOIN cases c ON c.id = a.case_id
    WHERE c.status IN ('performed', 'closed', 'archived') AND ${EFFECTIVE}
      AND NOT EXISTS (SELECT 1 FROM done WHERE done.agreement_id = a.id)`,
  // Return visits on finished agreements: mostly satisfied.
  `WITH done AS MATERIALIZED (SELECT case_id FROM return_visits)
   INSERT INTO return_visits (case_id, party_id, visited_at, performance, satisfaction, residual_risk, note, recorded_by_id)
   SELECT c.id, p.id, a.effective_at + interval '12 days', 'performed',
          CASE WHEN ${H('sat')} < 80 THEN 5 WHEN ${H('sat')} < 96 THEN 4 ELSE 3 END, 'none', '已履行,对调解满意', a.created_by_id
     FROM agreements a JOIN cases c ON c.id = a.case_id
     JOIN LATERAL (SELECT id FROM parties WHERE case_id = c.id ORDER BY position LIMIT 1) p ON TRUE
    WHERE c.status IN ('closed', 'archived') AND ${EFFECTIVE}
      AND NOT EXISTS (SELECT 1 FROM done WHERE done.case_id = c.id)`,
  // About one in seven agreements confirmed by the court.
  `WITH done AS MATERIALIZED (SELECT agreement_id FROM judicial_confirmations)
   INSERT INTO judicial_confirmations (agreement_id, court, applied_at, status, ruling_number, ruling_date, recorded_by_id)
   SELECT a.id, '诸暨市人民法院', (a.effective_at + interval '10 days')::date, 'confirmed',
          '(' || extract(year FROM a.effective_at) || ')浙0681民特' || (abs(hashtext(a.id::text)) % 9000 + 1000) || '号',
          (a.effective_at + interval '20 days')::date, a.created_by_id
     FROM agreements a JOIN cases c ON c.id = a.case_id
    WHERE ${H('jc')} < 14 AND ${EFFECTIVE} AND NOT EXISTS (SELECT 1 FROM done WHERE done.agreement_id = a.id)`,
  // Prevented indicators on a few accepted cases (a mediator's judgement with a head count).
  `UPDATE cases c SET prevention = CASE
       WHEN ${H('pv')} < 2 THEN jsonb_build_object('criminal', 2 + ${H('n')} % 3)
       WHEN ${H('pv')} < 3 THEN jsonb_build_object('group_petition', 8 + ${H('n')} % 20)
       WHEN ${H('pv')} < 4 THEN jsonb_build_object('group_fight', 6 + ${H('n')} % 10)
       ELSE jsonb_build_object('suicide', 1) END
    WHERE c.accepted_at IS NOT NULL AND c.prevention IS NULL AND ${H('pv')} < 5 AND ${H('pv2')} < 60`,
];

export async function generateFollowUp(url, log = (line) => console.log(line)) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of FOLLOW_UP_SQL) {
      const started = Date.now();
      const result = await client.query(sql);
      log(
        `  ${/INSERT INTO \w+|UPDATE \w+/.exec(sql)?.[0]}: ${result.rowCount} rows, ${Date.now() - started} ms`,
      );
      // Fresh statistics for the next statement, which joins what this one wrote: planned on the empty
      // table's statistics, it nested a scan of 500,000 agreements in a loop (quadratic at 1M cases).
      await client.query(
        'ANALYZE agreements, performance_records, return_visits, judicial_confirmations, cases',
      );
    }
  } finally {
    await client.end();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  if (!values.url) throw new Error('--url postgres://… is required');
  await generateFollowUp(values.url);
}
