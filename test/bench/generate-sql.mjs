// The set-based SQL of the case generator (generate-cases.mjs). Every random choice is
// pg_temp.r(n, k): a hash of the case number n and a salt k, so a dataset is reproducible.
import * as T from './case-templates.mjs';

export const lit = (value) => `'${String(value).replace(/'/g, "''")}'`;
const arr = (list) => `ARRAY[${list.map(lit).join(',')}]::text[]`;
const r = (k, n = 'n') => `pg_temp.r(${n}, ${k})`;

/** One element of `list`; skew > 1 favours the first ones (common surnames, popular names). */
export const pick = (list, rand, skew = 1) =>
  `(${arr(list)})[1 + floor(${skew === 1 ? rand : `power(${rand}, ${skew})`} * ${list.length})::int]`;

/** CASE expression choosing among [value, weight] pairs with the uniform number `rand`. */
export function weighted(pairs, rand, quote = true) {
  if (pairs.length === 1) return quote ? lit(pairs[0][0]) : String(pairs[0][0]);
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  const branches = pairs.slice(0, -1).map(([value, w]) => {
    acc += w;
    return `WHEN ${rand} < ${(acc / total).toFixed(6)} THEN ${quote ? lit(value) : value}`;
  });
  const last = pairs.at(-1)[0];
  return `CASE ${branches.join(' ')} ELSE ${quote ? lit(last) : last} END`;
}

const givenName = (g) =>
  `CASE WHEN ${r('k + 2')} < 0.2 THEN ${pick(g.second, r('k + 3'), 1.5)}
        ELSE ${pick(g.first, r('k + 4'), 1.5)} || ${pick(g.second, r('k + 3'), 1.5)} END`;

/** Session-local helpers: deterministic randomness, names and template filling (all inlined). */
export const FUNCTIONS_SQL = (seed) => `
CREATE FUNCTION pg_temp.r(n bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT (hashint8extended(n, k + ${Number(seed) * 1000}) & 4294967295)::float8 / 4294967296.0 $$;
CREATE FUNCTION pg_temp.psex(n bigint, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN ${r('k')} < 0.52 THEN 'male' ELSE 'female' END $$;
CREATE FUNCTION pg_temp.pname(n bigint, k int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT ${pick(T.SURNAMES, r('k + 1'), 1.8)} ||
       CASE WHEN ${r('k')} < 0.52 THEN ${givenName(T.GIVEN.male)} ELSE ${givenName(T.GIVEN.female)} END $$;
-- 统一社会信用代码 with its GB 32100-2015 check character (libs/contracts/src/credit-code.ts).
CREATE FUNCTION pg_temp.uscc(body text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT body || substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
       (31 - sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(body, i::int, 1)) - 1) * w)::int % 31) % 31 + 1, 1)
     FROM unnest(ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]) WITH ORDINALITY AS t(w, i) $$;
CREATE FUNCTION pg_temp.fill(t text, a text, b text, v text, x text, rd text, d text, amt text)
  RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT replace(replace(replace(replace(replace(replace(replace(t,
       '{A}', a), '{B}', b), '{V}', v), '{X}', x), '{R}', rd), '{D}', d), '{AMT}', amt) $$;`;

/** Lookup tables of the run: dispute types and their text templates. */
export function lookupTablesSql() {
  const types = T.DISPUTE_TYPES.map(
    (t) => `(${lit(t.type)}, ${t.orgRespondent}, ${lit(t.org ?? '')}, ${T.TEMPLATES[t.type].length})`,
  );
  const templates = T.DISPUTE_TYPES.flatMap((t) =>
    T.TEMPLATES[t.type].map(
      ([title, facts, requests], i) =>
        `(${lit(t.type)}, ${i + 1}, ${lit(t.subtype[i] ?? t.subtype[0])}, ${lit(title)}, ${lit(facts)}, ${lit(requests)})`,
    ),
  );
  return `
CREATE TEMP TABLE bench_types (type text PRIMARY KEY, org_prob float8, org_kind text, ntpl int);
INSERT INTO bench_types VALUES ${types.join(',\n')};
CREATE TEMP TABLE bench_tpl (type text, i int, subtype text, title text, facts text, requests text,
  PRIMARY KEY (type, i));
INSERT INTO bench_tpl VALUES ${templates.join(',\n')};`;
}

/**
 * Plan of every case to load: organisation (1 老杨调解中心 80 %, 2 枫桥镇 12 %, 3 枫源村 8 %),
 * registration time over three years (slightly more recent than old, office hours in China)
 * and the yearly sequence number, continuing after numbers already given.
 */
export const PLAN_SQL = (orgIds, used) => `
CREATE TEMP TABLE bench_plan AS
WITH g AS (
  SELECT n, CASE WHEN ${r(1)} < 0.80 THEN 1 WHEN ${r(1)} < 0.92 THEN 2 ELSE 3 END AS org,
         least(now() - interval '1 minute',
           (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai')
             - make_interval(days => floor(1095 * power(${r(2)}, 1.15))::int)
             + make_interval(secs => 8 * 3600 + ${r(3)} * 9.5 * 3600)) AT TIME ZONE 'Asia/Shanghai') AS registered_at
    FROM generate_series($1::bigint, $2::bigint) n
), y AS (
  SELECT g.*, extract(year FROM registered_at AT TIME ZONE 'Asia/Shanghai')::smallint AS year FROM g
), used (organisation_id, year, last_value) AS (
  VALUES ${used.length ? used.map((u) => `(${lit(u.organisation_id)}::uuid, ${u.year}, ${u.last_value})`).join(', ') : '(NULL::uuid, 0, 0)'}
)
SELECT y.n, y.org, y.registered_at, y.year,
       (coalesce(used.last_value, 0) + row_number() OVER (PARTITION BY y.org, y.year ORDER BY y.registered_at, y.n))::int AS seq
  FROM y
  LEFT JOIN used ON used.organisation_id = (ARRAY[${orgIds.map((id) => `${lit(id)}::uuid`).join(',')}])[y.org]
               AND used.year = y.year`;

/** Case numbers already given per organisation and year: the plan continues after them. */
export const USED_NUMBERS_SQL = `
SELECT organisation_id, year, max(last_value)::int AS last_value FROM (
  SELECT organisation_id, year, last_value FROM case_number_counters
  UNION ALL SELECT organisation_id, year, max(seq) FROM cases GROUP BY 1, 2) u GROUP BY 1, 2`;

// prettier-ignore
const STATUS_OLD = [['archived', 40], ['closed', 18], ['performed', 17], ['performing', 3], ['breached', 1], ['agreement_effective', 4], ['terminated', 9], ['not_accepted', 4], ['transferred_out', 2], ['paused', 1], ['in_mediation', 1]];
// prettier-ignore
const STATUS_MID = [['in_mediation', 15], ['paused', 3], ['agreement_pending', 5], ['agreement_effective', 10], ['performing', 15], ['performed', 20], ['closed', 13], ['archived', 4], ['terminated', 9], ['not_accepted', 3], ['transferred_out', 3]];
// prettier-ignore
const STATUS_NEW = [['registered', 18], ['accepted', 14], ['in_mediation', 35], ['paused', 2], ['agreement_pending', 9], ['agreement_effective', 7], ['performing', 4], ['terminated', 5], ['not_accepted', 3], ['transferred_out', 3]];
// prettier-ignore
const SOURCES = [['walk_in', 30], ['police', 25], ['grid', 10], ['phone', 8], ['hotline_12345', 7], ['court_dispatch', 6], ['self_initiated', 5], ['petition', 3], ['court_entrust', 2], ['government', 2], ['online', 2]];
const RISKS = [
  ['none', 90],
  ['yellow', 7],
  ['orange', 2.5],
  ['red', 0.5],
];
const TERMINAL = `('closed','archived','performed','terminated','not_accepted','transferred_out','breached')`;

const orgName = `CASE t.org_kind
  WHEN 'property' THEN '诸暨市' || ${pick(T.FIRMS, r(50))} || '物业服务有限公司'
  WHEN 'shop' THEN '诸暨市枫桥镇' || ${pick(T.FIRMS, r(50))} || '家电商行'
  WHEN 'hospital' THEN ${pick(T.HOSPITALS, r(50))}
  WHEN 'cooperative' THEN '诸暨市枫桥镇' || v.village || '股份经济合作社'
  ELSE '诸暨市' || ${pick(T.FIRMS, r(50))} || ${pick(T.INDUSTRIES, r(51))} || '有限公司' END`;

/**
 * The batch's cases with every attribute decided, in the temporary table `b` (n between $1 and $2).
 * `roster.registrars[org - 1]` and `roster.presiding[org - 1]`: [[idx, weight]] of bench_users and
 * bench_mediators; the first organisation's mediators are idx 1..roster.coPool (co-mediators).
 */
export const BATCH_SQL = (roster) => `
CREATE TEMP TABLE b AS
SELECT p.n, gen_random_uuid() AS id, p.org, o.id AS organisation_id, p.year, p.seq,
       '(' || p.year || ')' || o.prefix || '字第' || lpad(p.seq::text, greatest(4, length(p.seq::text)), '0') || '号' AS case_number,
       p.registered_at, a.dispute_type, tpl.subtype, s.status, src.source, src.risk_level,
       tpl.title AS title_t, tpl.facts AS facts_t, tpl.requests AS requests_t,
       v.village, v.estate, v.road, v.amount, v.occurred_at,
       to_char(v.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日"') AS occurred_text,
       gen_random_uuid() AS a_id, pg_temp.pname(p.n, 40) AS a_name, pg_temp.psex(p.n, 40) AS a_sex,
       CASE WHEN ${r(61)} < 0.08 THEN pg_temp.pname(p.n, 62) END AS a_agent,
       gen_random_uuid() AS b_id, bo.b_org,
       CASE WHEN bo.b_org THEN ${orgName} ELSE pg_temp.pname(p.n, 45) END AS b_name,
       CASE WHEN bo.b_org THEN NULL ELSE pg_temp.psex(p.n, 45) END AS b_sex,
       CASE WHEN ${r(64)} < (CASE WHEN bo.b_org THEN 0.5 ELSE 0.04 END) THEN pg_temp.pname(p.n, 65) END AS b_agent,
       gen_random_uuid() AS c_id, c.c_kind,
       CASE c.c_kind WHEN 'organisation' THEN ${pick(T.INSURERS, r(55))} WHEN 'person' THEN pg_temp.pname(p.n, 56) END AS c_name,
       CASE WHEN c.c_kind = 'person' THEN pg_temp.psex(p.n, 56) END AS c_sex,
       ru.id AS registered_by_id, ru.name AS registered_by_name,
       m.id AS presiding_id, m.name AS presiding_name, coalesce(m.user_id, ru.id) AS recorder_id,
       coalesce(m.user_name, ru.name) AS recorder_name, cm.id AS co_id, cm.name AS co_name,
       CASE WHEN m.id IS NOT NULL THEN CASE WHEN ${r(72)} < 0.9 THEN 'committee' ELSE 'parties' END END AS chosen_by,
       f.accepted_at, f.closed_at, f.n_sessions, w.session_end,
       CASE WHEN s.status = 'archived' THEN least(f.closed_at + ${r(71)} * interval '20 days', now())
            ELSE greatest(p.registered_at, f.accepted_at, f.closed_at, w.last_session_end) END AS last_activity_at,
       1 + (f.accepted_at IS NOT NULL)::int + (m.id IS NOT NULL)::int + (f.closed_at IS NOT NULL)::int
         + (s.status = 'archived')::int AS version
  FROM bench_plan p
  JOIN bench_orgs o ON o.idx = p.org
  CROSS JOIN LATERAL (SELECT extract(epoch FROM now() - p.registered_at) / 86400 AS age_days,
    ${weighted(
      T.DISPUTE_TYPES.map((t) => [t.type, t.weight]),
      r(20),
    )} AS dispute_type) a
  JOIN bench_types t ON t.type = a.dispute_type
  JOIN bench_tpl tpl ON tpl.type = a.dispute_type AND tpl.i = 1 + floor(${r(21)} * t.ntpl)::int
  CROSS JOIN LATERAL (SELECT ${r(22)} < t.org_prob AS b_org) bo
  CROSS JOIN LATERAL (SELECT CASE WHEN a.age_days > 90 THEN ${weighted(STATUS_OLD, r(23))}
                                  WHEN a.age_days > 30 THEN ${weighted(STATUS_MID, r(23))}
                                  ELSE ${weighted(STATUS_NEW, r(23))} END AS status) s
  CROSS JOIN LATERAL (SELECT ${weighted(SOURCES, r(24))} AS source, ${weighted(RISKS, r(25))} AS risk_level) src
  CROSS JOIN LATERAL (SELECT CASE WHEN a.dispute_type = 'traffic_accident' AND ${r(53)} < 0.7 THEN 'organisation'
                                  WHEN ${r(54)} < 0.18 THEN 'person' END AS c_kind) c
  CROSS JOIN LATERAL (SELECT ${pick(T.VILLAGES, r(30), 1.3)} AS village, ${pick(T.ESTATES, r(31))} AS estate,
    ${pick(T.ROADS, r(32))} AS road, round(exp(ln(1000) + ${r(33)} * ln(300)) / 100) * 100 AS amount,
    p.registered_at - ${r(34)} * interval '60 days' AS occurred_at) v
  CROSS JOIN LATERAL (SELECT s.status NOT IN ('registered', 'not_accepted')
                             AND NOT (s.status = 'transferred_out' AND ${r(35)} < 0.5) AS accepted) acc
  CROSS JOIN LATERAL (SELECT
    CASE WHEN acc.accepted AND s.status <> 'accepted' AND ${r(36)} < 0.97 THEN CASE p.org
      ${roster.presiding.map((pairs, i) => `WHEN ${i + 1} THEN ${weighted(pairs, r(37), false)}`).join(' ')} END END AS presiding_idx,
    CASE p.org ${roster.registrars.map((pairs, i) => `WHEN ${i + 1} THEN ${weighted(pairs, r(38), false)}`).join(' ')} END AS registrar_idx) who
  LEFT JOIN bench_mediators m ON m.idx = who.presiding_idx
  LEFT JOIN bench_mediators cm ON p.org = 1 AND ${r(39)} < 0.12
        AND cm.idx = 1 + ((who.presiding_idx + floor(${r(40)} * ${roster.coPool - 1})::int) % ${roster.coPool})
  JOIN bench_users ru ON ru.idx = who.registrar_idx
  CROSS JOIN LATERAL (SELECT
    CASE WHEN acc.accepted THEN least(p.registered_at + ${r(41)} * interval '2 days', now()) END AS accepted_at,
    CASE WHEN s.status IN ${TERMINAL}
         THEN least(p.registered_at + (3 + power(${r(42)}, 1.5) * 57) * interval '1 day', now()) END AS closed_at,
    CASE WHEN m.id IS NULL THEN 0 ELSE 1 + floor(power(${r(43)}, 1.4) * 4)::int END AS n_sessions) f
  CROSS JOIN LATERAL (SELECT least(coalesce(f.closed_at, now()), f.accepted_at + interval '45 days') AS session_end) w0
  CROSS JOIN LATERAL (SELECT w0.session_end,
    CASE WHEN f.n_sessions > 0 THEN least(f.accepted_at + (w0.session_end - f.accepted_at)
         * (f.n_sessions::float8 / (f.n_sessions + 1)) + interval '2 hours', now()) END AS last_session_end) w
 WHERE p.n BETWEEN $1 AND $2`;

const fill = (template) =>
  `pg_temp.fill(${template}, b.a_name, b.b_name, b.village, b.estate, b.road, b.occurred_text, b.amount::bigint::text)`;

/** The batch's cases; search_text is built as the API builds it (number, title, facts, party and agent names). */
export const CASES_INSERT = `
INSERT INTO cases (id, case_number, organisation_id, year, seq, source, dispute_type, dispute_subtype, title, facts,
  requests, amount_in_dispute, occurred_at, location, risk_level, is_public, status, version, presiding_mediator_id,
  chosen_by, registered_by_id, accepted_at, closed_at, status_reason, routes_informed, last_activity_at, search_text,
  created_at, updated_at)
SELECT b.id, b.case_number, b.organisation_id, b.year, b.seq, b.source, b.dispute_type, b.subtype, x.title, x.facts,
  x.requests, b.amount, b.occurred_at,
  '诸暨市枫桥镇' || CASE WHEN b.dispute_type = 'property_management' THEN b.estate ELSE b.village END,
  b.risk_level, false, b.status, b.version, b.presiding_id, b.chosen_by, b.registered_by_id, b.accepted_at, b.closed_at,
  CASE b.status WHEN 'paused' THEN '当事人外出务工,暂无法参加调解' WHEN 'terminated' THEN '双方分歧较大,调解不成'
    WHEN 'not_accepted' THEN '已进入诉讼程序,不属于人民调解受理范围' WHEN 'transferred_out' THEN '涉及行政处理事项,移送有关部门' END,
  CASE WHEN b.status = 'terminated' THEN '可依法向人民法院提起诉讼' END,
  b.last_activity_at,
  concat_ws(' ', b.case_number, x.title, x.facts, b.a_name, b.a_agent, b.b_name, b.b_agent, b.c_name),
  b.registered_at, b.last_activity_at
  FROM b CROSS JOIN LATERAL (SELECT ${fill('b.title_t')} AS title, ${fill('b.facts_t')} AS facts,
                                    ${fill('b.requests_t')} AS requests) x`;

/** Applicant, respondent and (for some) a third party: an insurer in traffic cases, else a relative or witness. */
export const PARTIES_INSERT = `
INSERT INTO parties (id, case_id, position, role, kind, name, sex, ethnicity, birth_date, address, occupation,
  legal_representative, credit_code, agent_name, agent_authority, created_at)
SELECT q.id, b.id, q.position, q.role, q.kind, q.name, q.sex,
  CASE WHEN q.kind = 'person' THEN CASE WHEN ${r('80 + q.position', 'b.n')} < 0.985 THEN '汉族' ELSE '畲族' END END,
  CASE WHEN q.kind = 'person'
       THEN (b.registered_at - (7300 + ${r('83 + q.position', 'b.n')} * 21900) * interval '1 day')::date END,
  '诸暨市枫桥镇' || b.village || CASE WHEN q.kind = 'person'
       THEN (1 + floor(${r('86 + q.position', 'b.n')} * 200))::int || '号' ELSE '' END,
  CASE WHEN q.kind = 'person' THEN ${pick(T.OCCUPATIONS, r('89 + q.position', 'b.n'), 1.3)} END,
  CASE WHEN q.kind = 'organisation' THEN pg_temp.pname(b.n, 92 + q.position) END,
  CASE WHEN q.kind = 'organisation' THEN pg_temp.uscc('91330681' || upper(substr(md5(q.name), 1, 9))) END,
  q.agent,
  CASE WHEN q.agent IS NOT NULL THEN CASE WHEN q.kind = 'organisation' THEN '特别授权:代为承认、放弃、变更调解请求' ELSE '一般授权' END END,
  b.registered_at
  FROM b CROSS JOIN LATERAL (VALUES
    (b.a_id, 1, 'applicant', 'person', b.a_name, b.a_sex, b.a_agent),
    (b.b_id, 2, 'respondent', CASE WHEN b.b_org THEN 'organisation' ELSE 'person' END, b.b_name, b.b_sex, b.b_agent),
    (b.c_id, 3, 'third_party', b.c_kind, b.c_name, b.c_sex, NULL)) q(id, position, role, kind, name, sex, agent)
 WHERE q.kind IS NOT NULL`;

export const CASE_MEDIATORS_INSERT = `
INSERT INTO case_mediators (case_id, mediator_id, role, assigned_at)
SELECT b.id, b.presiding_id, 'presiding', least(b.accepted_at + interval '1 hour', now()) FROM b WHERE b.presiding_id IS NOT NULL
UNION ALL
SELECT b.id, b.co_id, 'co', least(b.accepted_at + interval '1 hour', now()) FROM b WHERE b.co_id IS NOT NULL`;

const sk = 'b.n * 8 + k';
/** 0–4 sessions per case between acceptance and closing, each with its line on the timeline. */
export const SESSIONS_INSERT = `
WITH s AS (
  INSERT INTO mediation_sessions (case_id, mode, started_at, ended_at, place, party_ids, mediator_ids, participants,
    summary, recorded_by_id, created_at)
  SELECT b.id, q.mode, q.started_at, least(q.started_at + (1 + ${r(91, sk)} * 2) * interval '1 hour', now()),
    CASE WHEN q.mode = 'site_visit' THEN '诸暨市枫桥镇' || b.village
         ELSE (ARRAY['老杨调解中心调解室', '枫桥镇人民调解委员会调解室', '枫源村村委会调解室'])[b.org] END,
    CASE q.mode WHEN 'back_to_back' THEN ARRAY[CASE WHEN k % 2 = 1 THEN b.a_id ELSE b.b_id END]
         ELSE array_remove(ARRAY[b.a_id, b.b_id, CASE WHEN b.c_kind IS NOT NULL THEN b.c_id END], NULL) END,
    array_remove(ARRAY[b.presiding_id, b.co_id], NULL),
    CASE WHEN ${r(92, sk)} < 0.2 THEN jsonb_build_array(jsonb_build_object(
      'name', pg_temp.pname(${sk}, 93), 'relation', '村干部', 'consent', true)) ELSE '[]'::jsonb END,
    ${fill(pick(T.SESSION_SUMMARIES, r(94, sk)))},
    b.recorder_id, least(q.started_at + interval '3 hours', now())
    FROM b CROSS JOIN LATERAL generate_series(1, b.n_sessions) k
    CROSS JOIN LATERAL (SELECT b.accepted_at + (b.session_end - b.accepted_at) * (k::float8 / (b.n_sessions + 1)) AS started_at,
      ${weighted(
        [
          ['face_to_face', 50],
          ['back_to_back', 35],
          ['site_visit', 15],
        ],
        r(90, sk),
      )} AS mode) q
  RETURNING id, case_id, mode, started_at, party_ids, summary
)
INSERT INTO case_events (case_id, at, actor_id, actor_name, kind, summary, data)
SELECT s.case_id, least(s.started_at + interval '3 hours', now()), b.recorder_id, b.recorder_name, 'session',
  CASE s.mode WHEN 'back_to_back' THEN '背靠背调解' WHEN 'face_to_face' THEN '面对面调解' ELSE '现场查看' END
    || coalesce('(' || (SELECT string_agg(CASE u.pid WHEN b.a_id THEN b.a_name WHEN b.b_id THEN b.b_name ELSE b.c_name END,
                                         '、' ORDER BY u.o)
                          FROM unnest(s.party_ids) WITH ORDINALITY u(pid, o)) || ')', '')
    || ':' || left(s.summary, 200),
  jsonb_build_object('sessionId', s.id, 'mode', s.mode)
  FROM s JOIN b ON b.id = s.case_id`;

/** The rest of the timeline: registration, acceptance, assignment and the end of the case. */
export const EVENTS_INSERT = `
INSERT INTO case_events (case_id, at, actor_id, actor_name, kind, summary, data)
SELECT b.id, e.at, b.registered_by_id, b.registered_by_name, e.kind, e.summary, e.data
  FROM b CROSS JOIN LATERAL (VALUES
    (b.registered_at, 'registered', '登记纠纷,案号' || b.case_number, NULL::jsonb),
    (b.accepted_at, 'accept', '受理纠纷', NULL),
    (CASE WHEN b.presiding_id IS NOT NULL THEN least(b.accepted_at + interval '1 hour', now()) END, 'assign',
      CASE b.chosen_by WHEN 'parties' THEN '当事人选定' ELSE '委员会指定' END || '调解员:' || b.presiding_name || '(主持)'
        || coalesce('、' || b.co_name, ''),
      jsonb_build_object('mediatorIds', to_jsonb(array_remove(ARRAY[b.presiding_id, b.co_id], NULL)), 'chosenBy', b.chosen_by)),
    (CASE WHEN b.status IN ('not_accepted', 'terminated', 'transferred_out') THEN b.closed_at END,
      CASE b.status WHEN 'not_accepted' THEN 'reject' WHEN 'terminated' THEN 'terminate' ELSE 'transfer' END,
      CASE b.status WHEN 'not_accepted' THEN '不予受理:已进入诉讼程序,不属于人民调解受理范围'
        WHEN 'terminated' THEN '终止调解:双方分歧较大,调解不成。已告知:可依法向人民法院提起诉讼'
        ELSE '移送:涉及行政处理事项,移送有关部门' END, NULL),
    (CASE WHEN b.status IN ('closed', 'archived') THEN b.closed_at END, 'close', '结案', NULL),
    (CASE WHEN b.status = 'archived' THEN b.last_activity_at END, 'archive', '归档(经办:' || b.registered_by_name || ')', NULL)
  ) e(at, kind, summary, data)
 WHERE e.at IS NOT NULL`;
