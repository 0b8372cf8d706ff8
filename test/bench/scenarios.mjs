// What `npm run bench` asks of the server: each scenario's requests, clients and goal (issue 8).
import { cycle } from './load.mjs';

const PASSWORD = 'tiaojie-demo';
const q = (name) => `/api/cases?q=${encodeURIComponent(name)}&pageSize=20`;

/** A case as an intake desk registers it: two people, a phone call, a neighbour dispute. */
function newCase(organisationId, n) {
  const person = (role, name, extra) => ({
    role,
    kind: 'person',
    name,
    sex: 'male',
    address: `枫源村 ${n % 90} 号`,
    ...extra,
  });
  return {
    organisationId,
    source: 'phone',
    disputeType: 'neighbour',
    title: `相邻通行纠纷 ${n}`,
    facts: '两户因院墙外通道堆放柴草发生争执,一方称影响通行。',
    requests: '请求清理通道、恢复通行',
    location: `枫源村 ${n % 90} 号`,
    parties: [
      person('applicant', `王建${n % 100}`),
      person('respondent', `李国${n % 97}`, { sex: 'female' }),
    ],
  };
}

/** The scenarios, in the order they run; `next()` gives each a fresh request generator. */
export async function benchScenarios({ pool, work, connections }) {
  // Cases in mediation that mediator.yang sits on, with their parties, for the session scenario.
  const sittings = (
    await pool.query(
      `SELECT c.id, m.id AS mediator_id, array_agg(p.id ORDER BY p.position) AS parties
         FROM cases c
         JOIN case_mediators cm ON cm.case_id = c.id
         JOIN mediators m ON m.id = cm.mediator_id AND m.user_id = $1
         JOIN parties p ON p.case_id = c.id
        WHERE c.status IN ('in_mediation', 'agreement_pending')
        GROUP BY c.id, m.id LIMIT 2000`,
      [work.mediator.id],
    )
  ).rows;
  const {
    rows: [{ newest }],
  } = await pool.query(`SELECT max(created_at) AS newest FROM cases`);
  const month = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
  const period = `from=${month.toISOString().slice(0, 10)}&to=${last.toISOString().slice(0, 10)}`;
  let n = 0;
  return [
    {
      key: 'login',
      name: 'login (argon2id)',
      connections: 4,
      next: () => () => ({
        method: 'POST',
        path: '/api/auth/login',
        body: { username: 'mediator.yang', password: PASSWORD },
      }),
    },
    {
      key: 'search',
      name: 'case search `q=<given name>`, director.yang',
      user: 'director',
      connections,
      next: () => cycle(work.directorNames.map(q)),
      goal: 'p95 ≤ 50 ms',
    },
    {
      key: 'search-sql',
      name: 'the same search, SQL only (reference)',
      sql: true,
      connections,
    },
    {
      key: 'list',
      name: 'case list, first page, director.yang',
      user: 'director',
      connections,
      next: () => cycle(['/api/cases?pageSize=20']),
      goal: 'p95 ≤ 50 ms',
    },
    {
      key: 'detail',
      name: 'case detail, director.yang',
      user: 'director',
      connections,
      next: () => cycle(work.ids.map((id) => `/api/cases/${id}`)),
      goal: 'p95 ≤ 30 ms',
    },
    {
      key: 'create-case',
      name: 'case creation, director.yang',
      user: 'director',
      connections,
      next: () => () => ({
        method: 'POST',
        path: '/api/cases',
        body: newCase(work.director.organisationId, n++),
      }),
      goal: '≥ 300/s',
    },
    {
      key: 'create-session',
      name: 'session (面对面) creation, mediator.yang',
      user: 'mediator',
      connections,
      next: () => {
        const next = cycle(sittings);
        return () => {
          const s = next();
          const at = new Date(Date.now() - 3_600_000);
          return {
            method: 'POST',
            path: `/api/cases/${s.id}/sessions`,
            body: {
              mode: 'face_to_face',
              startedAt: at.toISOString(),
              endedAt: new Date(at.getTime() + 1_800_000).toISOString(),
              place: '老杨调解中心调解室',
              partyIds: s.parties,
              mediatorIds: [s.mediator_id],
              summary: '双方当面陈述,同意各退一步',
            },
          };
        };
      },
    },
    {
      key: 'stats',
      name: 'statistics overview, last month, director.yang',
      user: 'director',
      connections,
      next: () => cycle([`/api/stats/overview?${period}`]),
      goal: '≤ 200 ms',
    },
  ].filter((s) => s.key !== 'create-session' || sittings.length);
}
