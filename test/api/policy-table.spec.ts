import { readFileSync, writeFileSync } from 'node:fs';
import {
  ACTION_POWERS,
  CASE_ACTIONS,
  CASE_WRITES,
  type CasePower,
  mayChange,
  type Role,
} from '../../libs/contracts/src/case-powers.js';
import {
  mayCall,
  mayCallOnCase,
  ROUTE_POLICY,
  type RouteRule,
} from '../../libs/contracts/src/route-policy.js';
import { PRINCIPALS, type Principal } from './support/access-world.js';
import { expectedRow, MATRIX } from './support/access-matrix.js';

/**
 * The one policy (libs/contracts/src/route-policy.ts, with the case powers of case-powers.ts) against
 * the access matrix and the docs: every route has a rule and a matrix row, and every cell of the
 * matrix is what the rule predicts (refused with 401, 403, or 404 off the case; or let through to the
 * record's scope and state). The matrix test then checks the running API against the same cells, so
 * the API and the policy cannot drift. The tables in docs/security.md are made from the policy;
 * `UPDATE_DOCS=1` rewrites them.
 */

/** The routes of each power: the transitions and every write, as the policy lists them. */
const POLICY_ROUTES: { route: string; change: string; power: CasePower }[] = [
  ...CASE_ACTIONS.map((action) => ({
    route: `POST /api/cases/:id/${action}`,
    change: action,
    power: ACTION_POWERS[action],
  })),
  ...Object.entries(CASE_WRITES).flatMap(([write, { power, routes }]) =>
    routes.map((route) => ({ route, change: write, power })),
  ),
];

/** The matrix's callers as the policy sees them: the role (none for the anonymous caller and the
 * court's API key) and whether it is on the own case's team (access-world.ts). */
const COLUMNS: Record<Principal, { role?: Role; onTeam: boolean }> = {
  mediator: { role: 'mediator', onTeam: true },
  recorder: { role: 'recorder', onTeam: true },
  director: { role: 'director', onTeam: false },
  intake_clerk: { role: 'intake_clerk', onTeam: false },
  judicial_officer: { role: 'judicial_officer', onTeam: false },
  county_bureau: { role: 'county_bureau', onTeam: false },
  court_liaison: { role: 'court_liaison', onTeam: false },
  police_liaison: { role: 'police_liaison', onTeam: false },
  petition_liaison: { role: 'petition_liaison', onTeam: false },
  admin: { role: 'admin', onTeam: false },
  security_admin: { role: 'security_admin', onTeam: false },
  audit_admin: { role: 'audit_admin', onTeam: false },
  anonymous: { onTeam: false },
  api_key: { onTeam: false },
};

/** What the policy says of one cell: `refused` with the status, or `passes` (any status but 401/403). */
function predicted(
  route: string,
  rule: RouteRule,
  who: Principal,
): { own: number | 'passes'; foreign: number | 'passes' } {
  const passes = { own: 'passes', foreign: 'passes' } as const;
  if (rule.who === 'public') return passes;
  // No staff session and no API key counts as a party's session.
  if (rule.who === 'party') return { own: 401, foreign: 401 };
  const { role, onTeam } = COLUMNS[who];
  if (!role) return rule.apiKey && who === 'api_key' ? passes : { own: 401, foreign: 401 };
  if (!mayCall(role, route)) return { own: 403, foreign: 403 };
  if (rule.onCase && !mayCallOnCase(role, onTeam, route)) return { own: 403, foreign: 404 };
  return passes;
}

describe('the permission policy, the access matrix and docs/security.md agree', () => {
  it('names every route of the matrix and predicts each of its cells', () => {
    const policyRoutes = Object.keys(ROUTE_POLICY);
    const matrixRoutes = Object.keys(MATRIX);
    expect(matrixRoutes.filter((r) => !policyRoutes.includes(r)).map((r) => `no rule: ${r}`)).toEqual([]);
    expect(policyRoutes.filter((r) => !matrixRoutes.includes(r)).map((r) => `no matrix row: ${r}`)).toEqual(
      [],
    );
    const mismatches: string[] = [];
    const counts = { cells: 0, refused401: 0, refused403: 0, refused404: 0, passes: 0 };
    for (const route of matrixRoutes) {
      const row = expectedRow(route)!;
      for (const who of PRINCIPALS) {
        const expected = predicted(route, ROUTE_POLICY[route]!, who);
        for (const side of ['own', 'foreign'] as const) {
          counts.cells += 1;
          const cell = row[who][side];
          const want = expected[side];
          if (want === 'passes') {
            counts.passes += 1;
            if (cell === 401 || cell === 403)
              mismatches.push(`${route} ${who} ${side}: matrix ${cell}, policy lets it through`);
          } else {
            counts[`refused${want}` as 'refused401'] += 1;
            if (cell !== want) mismatches.push(`${route} ${who} ${side}: matrix ${cell}, policy ${want}`);
          }
        }
      }
    }
    console.log(
      `route policy: ${matrixRoutes.length} routes × ${PRINCIPALS.length} callers × own/foreign = ${counts.cells} cells; ` +
        `policy refuses ${counts.refused401} (401) + ${counts.refused403} (403) + ${counts.refused404} (404 off the case), ` +
        `lets ${counts.passes} through; ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
  });

  it('has the route table in docs/security.md as the policy makes it', () => {
    const label = (rule: RouteRule) =>
      rule.who === 'public'
        ? '任何人（无需登录）'
        : rule.who === 'signed_in'
          ? '已登录用户（按范围）'
          : rule.who === 'party'
            ? '当事人（一次性链接和短信验证码，仅本人本案）'
            : rule.who.map((r) => `\`${r}\``).join(', ');
    const table = [
      '| route | who may call it | API key | on the case |',
      '| --- | --- | :---: | --- |',
      ...Object.entries(ROUTE_POLICY)
        .sort(([a], [b]) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!) || a.localeCompare(b))
        .map(
          ([route, rule]) =>
            `| \`${route}\` | ${label(rule)} | ${rule.apiKey ? '✓' : ''} | ${rule.onCase ? `\`${rule.onCase}\`` : ''} |`,
        ),
    ].join('\n');
    expectDocSection('route-policy', table);
  });

  it('has the policy table in docs/security.md as the policy makes it', () => {
    const columns: { label: string; role: Role; onTeam: boolean }[] = [
      { label: '调委会主任', role: 'director', onTeam: false },
      { label: '本案调解员', role: 'mediator', onTeam: true },
      { label: '本案记录员', role: 'recorder', onTeam: true },
      { label: '登记员', role: 'intake_clerk', onTeam: false },
      { label: '非本案调解员', role: 'mediator', onTeam: false },
      { label: '司法所、司法局、联络员、管理员', role: 'judicial_officer', onTeam: false },
    ];
    const byChange = new Map<string, { power: CasePower; routes: string[] }>();
    for (const { route, change, power } of POLICY_ROUTES) {
      const entry = byChange.get(change) ?? { power, routes: [] };
      entry.routes.push(route);
      byChange.set(change, entry);
    }
    const table = [
      `| change | power | routes | ${columns.map((c) => c.label).join(' | ')} |`,
      `| --- | --- | --- | ${columns.map(() => ':---:').join(' | ')} |`,
      ...[...byChange].map(
        ([change, { power, routes }]) =>
          `| \`${change}\` | \`${power}\` | ${routes.map((r) => `\`${r}\``).join('<br>')} | ${columns
            .map((c) => (mayChange(c.role, c.onTeam, power) ? '✓' : '—'))
            .join(' | ')} |`,
      ),
    ].join('\n');
    expectDocSection('policy-table', table);
  });
});

/**
 * The generated table between `<!-- <name>:start … -->` and `<!-- <name>:end -->` in docs/security.md;
 * `UPDATE_DOCS=1` rewrites it. Prettier pads cells and dashes: compared without the padding.
 */
function expectDocSection(name: string, table: string): void {
  const START = `<!-- ${name}:start (made by test/api/policy-table.spec.ts) -->`;
  const END = `<!-- ${name}:end -->`;
  const path = 'docs/security.md';
  const doc = readFileSync(path, 'utf8');
  const at = doc.indexOf(START);
  const end = doc.indexOf(END);
  expect([name, at >= 0, end > at]).toEqual([name, true, true]);
  const current = doc.slice(at + START.length, end).trim();
  const unpadded = (text: string) =>
    text
      .replace(/ *\| */g, '|')
      .replace(/-{3,}/g, '---')
      .replace(/:?---:?/g, '---');
  if (process.env['UPDATE_DOCS'] === '1' && unpadded(current) !== unpadded(table))
    writeFileSync(path, `${doc.slice(0, at + START.length)}\n${table}\n${doc.slice(end)}`);
  else expect(unpadded(current)).toBe(unpadded(table));
}
