import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { baseUrl, DESKTOP, expectVisible, launchBrowser, signIn } from './support/browser.js';
import { sql } from './support/database.js';

/**
 * The web hides exactly what the API refuses (issue 16): an intake clerk, the 司法所 (sfs.wang) and
 * the county bureau open a registered case and a case in mediation of 老杨调解中心. Every button of
 * the page that the case's status allows is either shown, and then the API allows it (the
 * transitions in `allowedActions`, the records by doing them), or hidden, and then the API refuses
 * it (403 or 404), tried with a valid body.
 */
describe('the case page shows exactly what the API allows (intake clerk, 司法所, county bureau)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  const TRANSITION_LABELS: Record<string, string> = {
    accept: '受理',
    reject: '不予受理',
    assign: '指派调解员',
    pause: '中止调解',
    resume: '恢复调解',
    extend: '延长期限',
    terminate: '终止调解',
    transfer: '移送',
    close: '结案',
    archive: '归档',
  };
  /** The side menu's entries and the API route each is built on (web/src/app/core/layout/nav-items.ts). */
  const MENU_ROUTES: [string, string, string][] = [
    ['纠纷案件', 'GET', '/api/cases'],
    ['登记纠纷', 'POST', '/api/cases'],
    ['委派移交', 'GET', '/api/referrals'],
    ['督办监督', 'GET', '/api/oversight/summary'],
    ['统计分析', 'GET', '/api/stats/overview'],
  ];
  /** The state machine's transitions from the two statuses used here (docs/domain.md §10.2). */
  const BY_STATUS: Record<'registered' | 'in_mediation', string[]> = {
    registered: ['accept', 'reject', 'transfer'],
    in_mediation: ['assign', 'pause', 'extend', 'terminate', 'transfer'],
  };
  /** The records the page offers by status (the web's own status rules), each with its label. */
  const RECORDS_BY_STATUS: Record<'registered' | 'in_mediation', string[]> = {
    registered: ['风险上报', '记录拒绝调解', '回避/利益冲突', '督办'],
    in_mediation: [
      '风险上报',
      '记录拒绝调解',
      '回避/利益冲突',
      '记录调解',
      '记录无争议事实',
      '记录防止情况',
      '督办',
    ],
  };

  interface Client {
    username: string;
    send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  }
  async function login(username: string): Promise<Client> {
    const res = await fetch(`${baseUrl()}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'tiaojie-demo' }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const { accessToken } = (await res.json()) as { accessToken: string };
    return {
      username,
      async send(method, path, body) {
        const answer = await fetch(`${baseUrl()}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${accessToken}`,
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await answer.text();
        return { status: answer.status, body: text ? (JSON.parse(text) as unknown) : undefined };
      },
    };
  }
  async function ok<T>(client: Client, method: string, path: string, body?: unknown): Promise<T> {
    const answer = await client.send(method, path, body);
    if (answer.status >= 300) {
      throw new Error(
        `${client.username} ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body as T;
  }

  /** A user of `role` at the organisation named `organisation`, with the demo password. */
  async function createUser(role: string, organisation: string): Promise<string> {
    const username = `${role}.${randomUUID().slice(0, 8)}`;
    await sql(
      `INSERT INTO users (username, name, role, organisation_id, password_hash)
       SELECT $1, $2, $3, o.id, d.password_hash
         FROM organisations o, users d
        WHERE o.name = $4 AND d.username = 'director.yang'`,
      [username, `测试${role}`, role, organisation],
    );
    return username;
  }

  interface CaseDetail {
    id: string;
    version: number;
    status: 'registered' | 'in_mediation';
    allowedActions: string[];
    parties: { id: string }[];
  }

  it('shows an intake clerk, the 司法所 and the county bureau only what the API lets them do', async () => {
    const intake = await createUser('intake_clerk', '老杨调解中心');
    const county = await createUser('county_bureau', '诸暨市司法局');
    const mediator = await login('mediator.yang');
    const director = await login('director.yang');
    const me = await ok<{ organisationId: string }>(mediator, 'GET', '/api/me');
    const roster = await ok<{ items: { id: string; name: string }[] }>(
      mediator,
      'GET',
      `/api/mediators?organisationId=${me.organisationId}`,
    );
    const yang = roster.items.find((m) => m.name === '杨建国')!.id;
    const stamp = Date.now().toString(36);
    const register = (title: string) =>
      ok<CaseDetail>(mediator, 'POST', '/api/cases', {
        organisationId: me.organisationId,
        source: 'walk_in',
        disputeType: 'neighbour',
        title,
        facts: '楼上漏水,楼下天花板受损。',
        requests: '请求修复并赔偿。',
        parties: [
          { role: 'applicant', kind: 'person', name: '钱秀英', phone: '13800000001' },
          { role: 'respondent', kind: 'person', name: '沈某某' },
        ],
      });
    const registered = await register(`权限核对·登记(${stamp})`);
    const mediating = await register(`权限核对·调解中(${stamp})`);
    const accepted = await ok<CaseDetail>(mediator, 'POST', `/api/cases/${mediating.id}/accept`, {
      version: mediating.version,
      rightsNotice: { method: 'written' },
    });
    await ok(director, 'POST', `/api/cases/${mediating.id}/assign`, {
      version: accepted.version,
      presidingMediatorId: yang,
      mediatorIds: [],
      chosenBy: 'committee',
    });
    const cases = [registered, await ok<CaseDetail>(director, 'GET', `/api/cases/${mediating.id}`)];
    expect(cases.map((c) => c.status)).toEqual(['registered', 'in_mediation']);

    /** A valid request for each control, so that only the caller's powers can refuse it. */
    const request = (c: CaseDetail, control: string): [string, string, unknown] => {
      const at = `/api/cases/${c.id}`;
      const version = c.version;
      switch (control) {
        case 'accept':
          return ['POST', `${at}/accept`, { version, rightsNotice: { method: 'written' } }];
        case 'reject':
          return ['POST', `${at}/reject`, { version, reason: '不属于调解范围' }];
        case 'assign':
          return [
            'POST',
            `${at}/assign`,
            { version, presidingMediatorId: yang, mediatorIds: [], chosenBy: 'committee' },
          ];
        case 'pause':
          return ['POST', `${at}/pause`, { version, reason: '当事人住院' }];
        case 'extend':
          return ['POST', `${at}/extend`, { version, days: 5, consentPartyIds: c.parties.map((p) => p.id) }];
        case 'terminate':
          return [
            'POST',
            `${at}/terminate`,
            { version, reason: '一方起诉', routesInformed: '已告知可向人民法院起诉' },
          ];
        case 'transfer':
          return ['POST', `${at}/transfer`, { version, reason: '移送', toOrganisationId: me.organisationId }];
        case '风险上报':
          return ['POST', `${at}/risk`, { level: 'yellow', note: '一方情绪激动' }];
        case '记录拒绝调解':
          return [
            'POST',
            `${at}/refusals`,
            { partyId: c.parties[1]!.id, note: '被申请人明确表示不同意调解' },
          ];
        case '回避/利益冲突':
          return [
            'POST',
            `${at}/conflicts`,
            { mediatorId: yang, kind: 'declared', reason: '调解员系被申请人的表兄' },
          ];
        case '记录调解':
          return [
            'POST',
            `${at}/sessions`,
            {
              mode: 'face_to_face',
              startedAt: new Date(Date.now() - 3600_000).toISOString(),
              place: '老杨调解室',
              partyIds: c.parties.map((p) => p.id),
              mediatorIds: [yang],
              summary: '双方陈述意见。',
            },
          ];
        case '记录无争议事实':
          return ['PUT', `${at}/undisputed-facts`, { text: '双方对漏水事实无争议。' }];
        case '记录防止情况':
          return ['PUT', `${at}/prevention`, { items: [] }];
        case '督办':
          return ['POST', `${at}/supervise`, { note: '请尽快调处' }];
        default:
          throw new Error(`no request for ${control}`);
      }
    };

    // What each user sees on each case page, and what the API says it allows.
    const seen: { user: string; c: CaseDetail; shown: string[]; allowed: string[] }[] = [];
    const menus: { user: string; entry: string; shown: boolean; answer: number }[] = [];
    for (const username of [intake, 'sfs.wang', county]) {
      const client = await login(username);
      const page = await browser.newPage({ viewport: DESKTOP });
      await signIn(page, username);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      // The side menu: an entry is shown exactly when the API lets the user call what it is built on.
      const nav = page.getByRole('navigation', { name: '主菜单' });
      await expectVisible(nav.getByText('工作台'));
      const entries = await nav
        .locator('li')
        .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
      for (const [entry, method, path] of MENU_ROUTES) {
        const { status } = await client.send(method, path, method === 'POST' ? {} : undefined);
        menus.push({ user: username, entry, shown: entries.includes(entry), answer: status });
      }
      for (const c of cases) {
        const detail = await client.send('GET', `/api/cases/${c.id}`);
        const allowed = detail.status === 200 ? (detail.body as CaseDetail).allowedActions : [];
        await page.goto(`${baseUrl()}/cases/${c.id}`);
        if (detail.status === 200) await expectVisible(page.locator('h1.case-header__title'));
        else await expectVisible(page.getByRole('alert').first());
        await page.waitForLoadState('networkidle');
        const texts = await page
          .locator('button, a')
          .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
        const controls = [
          ...BY_STATUS[c.status].map((a) => TRANSITION_LABELS[a]!),
          ...RECORDS_BY_STATUS[c.status],
        ];
        seen.push({ user: username, c, shown: controls.filter((label) => texts.includes(label)), allowed });
      }
      await page.close();
    }

    // Each menu entry is shown exactly when the API does not refuse its route with 403.
    expect(menus.filter((m) => m.shown !== (m.answer !== 403))).toEqual([]);
    expect(menus.filter((m) => !m.shown).length).toBeGreaterThan(0);
    console.log(
      `menus: ${menus.length} entries checked, ${menus.filter((m) => m.shown).length} shown, ` +
        `${menus.filter((m) => !m.shown).length} hidden and refused (403)`,
    );

    // The transitions shown are exactly those the API allows this user now.
    for (const { user, c, shown, allowed } of seen) {
      const transitions = BY_STATUS[c.status].filter((a) => shown.includes(TRANSITION_LABELS[a]!));
      expect({ user, status: c.status, transitions }).toEqual({
        user,
        status: c.status,
        transitions: allowed,
      });
    }

    // Every hidden control is refused by the API (tried with a valid body): 403, or 404 out of sight.
    let refused = 0;
    const hiddenAnswers: { user: string; status: string; control: string; answer: number }[] = [];
    for (const { user, c, shown } of seen) {
      const client = await login(user);
      const fresh = await ok<CaseDetail>(director, 'GET', `/api/cases/${c.id}`);
      const hidden = [...BY_STATUS[c.status], ...RECORDS_BY_STATUS[c.status]].filter(
        (control) => !shown.includes(TRANSITION_LABELS[control] ?? control),
      );
      for (const control of hidden) {
        const [method, path, body] = request(fresh, control);
        const answer = await client.send(method, path, body);
        hiddenAnswers.push({ user, status: c.status, control, answer: answer.status });
        if (answer.status === 403 || answer.status === 404) refused++;
      }
    }
    expect(hiddenAnswers.filter((h) => h.answer !== 403 && h.answer !== 404)).toEqual([]);

    // Every record shown is one the API accepts from this user (done once, last).
    const shownRecords: { user: string; status: string; control: string; answer: number }[] = [];
    for (const { user, c, shown } of seen) {
      const client = await login(user);
      for (const control of RECORDS_BY_STATUS[c.status].filter((label) => shown.includes(label))) {
        const fresh = await ok<CaseDetail>(director, 'GET', `/api/cases/${c.id}`);
        const [method, path, body] = request(fresh, control);
        const answer = await client.send(method, path, body);
        shownRecords.push({ user, status: c.status, control, answer: answer.status });
      }
    }
    expect(shownRecords.filter((s) => s.answer >= 300)).toEqual([]);

    // The intake clerk's view, spelled out: intake only, nothing of the case team or the director.
    const intakeSaw = seen.filter((s) => s.user === intake).map((s) => [s.c.status, s.shown]);
    expect(intakeSaw).toEqual([
      ['registered', ['受理', '不予受理', '风险上报', '记录拒绝调解']],
      ['in_mediation', ['风险上报', '记录拒绝调解']],
    ]);
    // The 司法所 urges (督办) and changes nothing; the county bureau looks on.
    expect(seen.filter((s) => s.user === 'sfs.wang').map((s) => s.shown)).toEqual([['督办'], ['督办']]);
    expect(seen.filter((s) => s.user === county).map((s) => s.shown)).toEqual([[], []]);

    console.log(
      `permissions: ${seen.length} pages, ${seen.reduce((n, s) => n + s.shown.length, 0)} controls shown, ` +
        `${hiddenAnswers.length} hidden controls tried through the API, ${refused} refused (403/404), ` +
        `${shownRecords.length} shown records accepted`,
    );
  }, 240_000);
});
