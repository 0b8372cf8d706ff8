import { draftAgreement, effectiveAgreement } from './support/agreement-flow.js';
import { act, APPLICANT, caseInMediation, expectOk, registerCase } from './support/factories.js';
import { getBinary } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: a case or a party could not be corrected after registration (PATCH /api/cases/:id,
 * POST …/parties, PATCH …/parties/:pid answered 404), so a case registered from a phone call could
 * never reach a signable agreement (field story 4: the upstairs owner is reached later).
 */
describe('correcting a case and its parties after registration (issue 17)', () => {
  let t: TestApp;
  let mediator: string;
  beforeAll(async () => {
    t = await createTestApp();
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const versionOf = async (id: string) =>
    (await t.dataSource.query<{ version: number }[]>('SELECT version FROM cases WHERE id = $1', [id]))[0]!
      .version;
  const patch = (path: string, body: object, token = mediator) =>
    t.http().patch(path).auth(token, { type: 'bearer' }).send(body);
  const detail = async (id: string) =>
    (await t.http().get(`/api/cases/${id}`).auth(mediator, { type: 'bearer' }).expect(200)).body;

  it('story 4: the upstairs owner, known only by name, is completed later and the agreement becomes signable', async () => {
    const thin = { role: 'respondent', kind: 'person', name: '楼上业主沈某' };
    const c = await caseInMediation(t, { parties: [APPLICANT, thin] });
    const agreementId = await draftAgreement(t, c);
    const check = async () =>
      (await t.http().get(`/api/agreements/${agreementId}`).auth(mediator, { type: 'bearer' }).expect(200))
        .body.check as { missing: string[] };
    /** Only signatures and the seal are missing: the content is complete and signing may start. */
    const signable = async () => (await check()).missing.every((m) => /^(SIGNATURE_|SEAL)/.test(m));
    expect(await signable()).toBe(false);

    const owner = c.parties[1]!;
    const res = await patch(`/api/cases/${c.id}/parties/${owner.id}`, {
      version: await versionOf(c.id),
      reason: '已联系到楼上业主本人,补录身份信息',
      name: '沈翊珩',
      sex: 'male',
      birthDate: '1979-05-02',
      idNumber: '330681197905024517',
      phone: '13857512309',
      address: '诸暨市枫桥镇枫源村 14 号 402 室',
    }).expect(200);
    expect(res.body).toMatchObject({
      id: owner.id,
      name: '沈翊珩',
      phone: '13857512309',
      birthDate: '1979-05-02',
    });
    expect(await signable()).toBe(true);

    const after = await detail(c.id);
    expect(after.parties.map((p: { name: string }) => p.name)).toEqual(['王秀英', '沈翊珩']);
    expect(after.timeline[0].summary).toBe(
      '更正当事人楼上业主沈某的姓名或名称、性别、出生日期、证件号码、联系电话、住址:已联系到楼上业主本人,补录身份信息',
    );
    // The search finds the case under the corrected name.
    const found = await t
      .http()
      .get('/api/cases')
      .query({ q: '沈翊珩' })
      .auth(mediator, { type: 'bearer' })
      .expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    // Audited with the fields, the values only as keyed hashes.
    const [audit] = await t.dataSource.query<{ fields: string[]; after: Record<string, string> }[]>(
      `SELECT fields, after FROM audit_events WHERE action = 'party.correct' AND entity_id = $1`,
      [owner.id],
    );
    expect(audit!.fields).toEqual(expect.arrayContaining(['name', 'phone', 'idNumber', 'reason']));
    expect(JSON.stringify(audit)).not.toMatch(/沈翊珩|13857512309|330681197905024517/);
  });

  it('corrects the registered facts on the version seen, with a reason, on the timeline', async () => {
    const c = await registerCase(t);
    const res = await patch(`/api/cases/${c.id}`, {
      version: c.version,
      reason: '登记时把楼层记错',
      title: '楼上住户漏水纠纷(4楼)',
      location: '枫源村 14 号',
      amountInDispute: '3200',
      occurredAt: null,
    }).expect(200);
    expect(res.body).toMatchObject({
      title: '楼上住户漏水纠纷(4楼)',
      location: '枫源村 14 号',
      version: c.version + 1,
    });
    // 3200 is the amount already registered (3200.00): not a change.
    expect(res.body.timeline[0].summary).toBe('更正纠纷名称、发生地点:登记时把楼层记错');
    // The same request again: on a stale version.
    const stale = await patch(`/api/cases/${c.id}`, { version: c.version, reason: '再改', title: '别的' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await detail(c.id)).title).toBe('楼上住户漏水纠纷(4楼)');
  });

  it('refuses bad corrections with a clear 4xx and changes nothing', async () => {
    const c = await registerCase(t);
    const version = c.version;
    const cases: [object, number, string][] = [
      [{ version, title: '无理由' }, 400, 'reason'],
      [{ version, reason: '  ', title: '空理由' }, 400, 'reason'],
      [{ reason: '无版本', title: 'x' }, 400, 'version'],
      [{ version, reason: '清空名称', title: '' }, 400, 'title'],
      [{ version, reason: '类型', disputeType: 'alien' }, 400, 'disputeType'],
      [{ version, reason: '状态', status: 'closed' }, 400, 'status'],
      [{ version, reason: '风险', riskLevel: 'red' }, 422, ''],
    ];
    for (const [body, status, field] of cases) {
      const res = await patch(`/api/cases/${c.id}`, body);
      expect([res.status, field ? res.body.details?.[0]?.field : '']).toEqual([status, field]);
    }
    const party = c.parties[0]!.id;
    for (const [body, status] of [
      [{ version, reason: '身份证', idNumber: '330681198503150022' }, 400],
      [{ version, reason: '电话', phone: '123' }, 400],
      [{ version, reason: '单位', kind: 'organisation' }, 400],
      [{ version: version + 5, reason: '旧版本', phone: '13800000009' }, 409],
    ] as [object, number][]) {
      expect((await patch(`/api/cases/${c.id}/parties/${party}`, body)).status).toBe(status);
    }
    expect(
      (
        await patch(`/api/cases/${c.id}/parties/00000000-0000-4000-8000-000000000000`, {
          version,
          reason: 'x',
          name: 'y',
        })
      ).status,
    ).toBe(404);
    expect(await versionOf(c.id)).toBe(version);
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'case.correct'`,
      [c.id],
    );
    expect(row!.n).toBe(0);
  });

  it('adds a party reached later, and the agreement then needs one more copy', async () => {
    const c = await caseInMediation(t);
    const agreementId = await draftAgreement(t, c);
    const res = await t
      .http()
      .post(`/api/cases/${c.id}/parties`)
      .auth(mediator, { type: 'bearer' })
      .send({
        version: await versionOf(c.id),
        reason: '物业公司同意参加调解',
        role: 'third_party',
        kind: 'organisation',
        name: '枫桥物业服务有限公司',
        legalRepresentative: '周经理',
        address: '枫桥镇枫源路 8 号',
      })
      .expect(201);
    expect(res.body).toMatchObject({ role: 'third_party', name: '枫桥物业服务有限公司' });
    const after = await detail(c.id);
    expect(after.parties).toHaveLength(3);
    expect(after.timeline[0].summary).toBe('追加第三人枫桥物业服务有限公司:物业公司同意参加调解');
    // Three copies were enough for two parties (Art 29: one each and one for the committee).
    const agreement = await t.http().get(`/api/agreements/${agreementId}`).auth(mediator, { type: 'bearer' });
    expect(agreement.body.check.missing).toContain('COPIES');
  });

  it('lets only those who may change the case correct it; outside the scope it does not exist', async () => {
    const c = await caseInMediation(t);
    const body = async () => ({ version: await versionOf(c.id), reason: '试图更正', title: '改名' });
    expect((await patch(`/api/cases/${c.id}`, await body(), await t.tokenOf('sfs.wang'))).status).toBe(403);
    expect((await patch(`/api/cases/${c.id}`, await body(), await t.tokenOf('mediator.zhou'))).status).toBe(
      404,
    );
    expect((await patch(`/api/cases/${c.id}`, await body(), await t.tokenOf('court.li'))).status).toBe(403);
    expect((await patch(`/api/cases/${c.id}`, await body(), await t.tokenOf('director.yang'))).status).toBe(
      200,
    );
  });

  it('refuses corrections once the case is no longer the committee’s (409)', async () => {
    const c = await registerCase(t);
    expectOk(await act(t, 'mediator.yang', c.id, 'reject', { reason: '不属于人民调解范围' }));
    const res = await patch(`/api/cases/${c.id}`, {
      version: await versionOf(c.id),
      reason: '更正',
      title: '改',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CASE_FINISHED');
  });

  it('keeps an effective agreement as it was printed when a party is corrected', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const before = (await getBinary(t, `/api/agreements/${agreementId}/pdf`, mediator).expect(200))
      .body as Buffer;
    await patch(`/api/cases/${c.id}/parties/${c.parties[1]!.id}`, {
      version: await versionOf(c.id),
      reason: '被申请人换了手机号',
      phone: '13900000099',
    }).expect(200);
    const after = (await getBinary(t, `/api/agreements/${agreementId}/pdf`, mediator).expect(200))
      .body as Buffer;
    expect(Buffer.compare(before, after)).toBe(0);
  });
});
