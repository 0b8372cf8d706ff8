import { readFileSync, writeFileSync } from 'node:fs';
import {
  ACTION_POWERS,
  CASE_ACTIONS,
  CASE_WRITES,
  type CasePower,
  mayChange,
  type Role,
} from '../../libs/contracts/src/case-powers.js';
import type { Principal } from './support/access-world.js';
import { expectedRow } from './support/access-matrix.js';

/**
 * The one policy (libs/contracts/src/case-powers.ts) against the access matrix and the docs: every
 * route the policy names has a row, and each committee role's own-case cell is allowed exactly when
 * the policy allows it (the matrix test then checks the running API against the same rows). The
 * table in docs/security.md is made from the policy; `UPDATE_DOCS=1` rewrites it.
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

/** The matrix's committee columns: the role, and whether it is on the own case's team (access-world.ts). */
const COMMITTEE: { principal: Principal; role: Role; onTeam: boolean }[] = [
  { principal: 'mediator', role: 'mediator', onTeam: true },
  { principal: 'recorder', role: 'recorder', onTeam: true },
  { principal: 'director', role: 'director', onTeam: false },
  { principal: 'intake_clerk', role: 'intake_clerk', onTeam: false },
  { principal: 'judicial_officer', role: 'judicial_officer', onTeam: false },
  { principal: 'county_bureau', role: 'county_bureau', onTeam: false },
];
const DENIED = new Set([401, 403, 404]);

describe('the permission policy, the access matrix and docs/security.md agree', () => {
  it('gives every route the policy names a matrix row whose committee cells follow the policy', () => {
    const disagreements: string[] = [];
    let cells = 0;
    for (const { route, power } of POLICY_ROUTES) {
      const row = expectedRow(route);
      if (!row) {
        disagreements.push(`${route}: no row in the access matrix`);
        continue;
      }
      for (const { principal, role, onTeam } of COMMITTEE) {
        cells += 1;
        const own = row[principal].own;
        const allowed = mayChange(role, onTeam, power);
        if (allowed ? DENIED.has(own) : own !== 403)
          disagreements.push(
            `${route} ${principal}: matrix ${own}, policy ${allowed ? 'allows' : 'refuses (403)'}`,
          );
      }
    }
    console.log(
      `policy: ${POLICY_ROUTES.length} routes, ${cells} committee cells checked against the matrix`,
    );
    expect(disagreements).toEqual([]);
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
    const START = '<!-- policy-table:start (made by test/api/policy-table.spec.ts) -->';
    const END = '<!-- policy-table:end -->';
    const path = 'docs/security.md';
    const doc = readFileSync(path, 'utf8');
    const at = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect([at >= 0, end > at]).toEqual([true, true]);
    const current = doc.slice(at + START.length, end).trim();
    // Prettier pads cells and dashes when it formats the file: compare without the padding.
    const unpadded = (text: string) => text.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
    if (process.env['UPDATE_DOCS'] === '1' && unpadded(current) !== unpadded(table))
      writeFileSync(path, `${doc.slice(0, at + START.length)}\n${table}\n${doc.slice(end)}`);
    else expect(unpadded(current)).toBe(unpadded(table));
  });
});
