import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPLICATIONS_PER_HOUR, TRACKS_PER_MINUTE } from '../../api/src/modules/public/public.service.js';
import { act, APPLICANT, expectOk, orgId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 23, the first door for the parties (docs/api.md "The parties' own channel"): an online
 * application without an account, answered with its 一案一码 code by SMS (the outbox), and the public
 * tracking of that code, which tells status and milestones but never a name, a fact or a number.
 */
describe('online application and 一案一码 tracking', () => {
  let t: TestApp;
  const outbox = mkdtempSync(join(tmpdir(), 'tiaojie-sms-'));
  let laoyang: string;
  beforeAll(async () => {
    t = await createTestApp({ TIAOJIE_SMS: `outbox:${outbox}` });
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const application = (overrides: Record<string, unknown> = {}) => ({
    organisationId: laoyang,
    disputeType: 'neighbour',
    facts: '楼上卫生间漏水,楼下天花板发霉,多次协商未果。',
    requests: '请求对方维修并赔偿损失 2000 元。',
    applicant: APPLICANT,
    respondent: { name: '刘建平', phone: '13900000002' },
    consent: true,
    ...overrides,
  });
  const apply = (body: object, ip = '203.0.113.10') =>
    t.http().post('/api/public/applications').set('X-Forwarded-For', ip).send(body);
  const track = (code: string, ip = '203.0.113.10') =>
    t.http().get(`/api/public/track/${code}`).set('X-Forwarded-For', ip);
  const count = async () =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM cases WHERE source = 'online'`,
      )
    )[0]!.n;

  it('registers the application for the committee and texts the applicant the code', async () => {
    const res = await apply(application());
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(/^[0-9A-F]{12}$/);
    expect(res.body.trackUrl).toMatch(new RegExp(`/track/${res.body.code}$`));
    const [row] = await t.dataSource.query<{ id: string; status: string; registered_by_id: string | null }[]>(
      'SELECT id, status, registered_by_id FROM cases WHERE track_code = $1',
      [res.body.code],
    );
    expect(row).toMatchObject({ status: 'registered', registered_by_id: null });
    const messages = readdirSync(outbox).map((f) => JSON.parse(readFileSync(join(outbox, f), 'utf8')));
    expect(messages).toEqual([
      expect.objectContaining({
        to: '13800000001',
        text: expect.stringContaining(`查询码 ${res.body.code}`),
      }),
    ]);

    // The committee sees it among its cases; the intake clerk accepts it.
    const detail = await t
      .http()
      .get(`/api/cases/${row!.id}`)
      .auth(await t.tokenOf('clerk.yang'), { type: 'bearer' })
      .expect(200);
    expect(detail.body).toMatchObject({ source: 'online', title: '王秀英与刘建平邻里纠纷' });
    expect(detail.body.timeline.at(-1).summary).toContain('当事人网上申请调解');

    const before = await track(res.body.code).expect(200);
    expect(before.body).toMatchObject({
      caseNumber: null,
      status: 'registered',
      statusLabel: '登记',
      organisationName: '老杨调解中心',
      timeline: [{ label: '已登记' }],
    });
    expectOk(await act(t, 'clerk.yang', row!.id, 'accept'));
    const after = await track(res.body.code.toLowerCase()).expect(200);
    expect(after.body.caseNumber).toBe(detail.body.caseNumber);
    expect(after.body.timeline.map((e: { label: string }) => e.label)).toEqual(['已登记', '已受理']);
    // Nothing of the parties or the facts, whatever the case holds.
    const text = JSON.stringify(after.body);
    for (const secret of ['王秀英', '刘建平', '13800000001', '330681', '漏水', '2000'])
      expect(text).not.toContain(secret);
  });

  it('refuses what is not an application with a clear 4xx, registering nothing', async () => {
    const before = await count();
    const cases: [object, number, string][] = [
      [application({ consent: false }), 400, 'VALIDATION_FAILED'],
      [application({ facts: '' }), 400, 'VALIDATION_FAILED'],
      [application({ facts: '漏'.repeat(2001) }), 400, 'VALIDATION_FAILED'],
      [application({ respondent: { name: '刘建平', phone: '12345' } }), 400, 'VALIDATION_FAILED'],
      [
        application({ applicant: { ...APPLICANT, idNumber: '330681198503150022' } }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        application({ organisationId: '00000000-0000-4000-8000-000000000000' }),
        404,
        'ORGANISATION_NOT_FOUND',
      ],
      [application({ organisationId: await orgId(t, '诸暨市人民法院') }), 422, 'NOT_MEDIATION_BODY'],
    ];
    for (const [body, status, code] of cases) {
      const res = await apply(body, '198.51.100.7');
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await count()).toBe(before);
    const unknown = await track('000000000000', '198.51.100.8');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'TRACK_NOT_FOUND']);
    expect((await track('not-a-code', '198.51.100.8')).status).toBe(404);
  });

  it('limits applications and look-ups per client address (429 with Retry-After)', async () => {
    const ip = '192.0.2.44';
    const statuses: number[] = [];
    for (let i = 0; i <= APPLICATIONS_PER_HOUR; i++) statuses.push((await apply(application(), ip)).status);
    expect(statuses).toEqual([...Array(APPLICATIONS_PER_HOUR).fill(201), 429]);
    const limited = await apply(application(), ip);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body.message).toContain('提交次数过多');
    // Another address is not held up by this one.
    expect((await apply(application(), '192.0.2.45')).status).toBe(201);

    const looks: number[] = [];
    for (let i = 0; i <= TRACKS_PER_MINUTE; i++) looks.push((await track('000000000000', ip)).status);
    expect(looks).toEqual([...Array(TRACKS_PER_MINUTE).fill(404), 429]);
  });
});
