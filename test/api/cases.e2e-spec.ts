import { APPLICANT, caseBody, createUser, orgId, PASSWORD, RESPONDENT } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('registering a dispute', () => {
  let t: TestApp;
  let token: string;
  let laoyang: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const post = (body: object, key?: string) => {
    const req = t.http().post('/api/cases').auth(token, { type: 'bearer' });
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const countCases = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM cases'))[0].n);

  it('registers a case with a committee case number, both parties and a first timeline line', async () => {
    const res = await post(caseBody(laoyang)).expect(201);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
      new Date(),
    );
    expect(res.body).toMatchObject({
      caseNumber: `(${year})枫老调字第0001号`,
      status: 'registered',
      version: 1,
      organisationName: '老杨调解中心',
      amountInDispute: '3200.00',
      personalDataVisible: true,
      allowedActions: ['accept', 'reject', 'transfer'],
    });
    expect(res.body.parties.map((p: { name: string }) => p.name)).toEqual(['王秀英', '刘建平']);
    // The registering mediator is on the case team and sees the numbers in full.
    expect(res.body.parties[0]).toMatchObject({ idNumber: APPLICANT.idNumber, phone: APPLICANT.phone });
    expect(res.body.parties[1].agent).toEqual({
      name: '刘小军',
      phone: '13700000003',
      authority: '一般授权',
    });
    expect(res.body.timeline[0]).toMatchObject({ kind: 'registered', actorName: '杨建国' });
  });

  it('stores ID numbers and phones encrypted, never in clear', async () => {
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM parties
        WHERE encode(id_number_enc, 'escape') LIKE '%' || $1 || '%' OR id_number_masked = $1
           OR encode(phone_enc, 'escape') LIKE '%' || $2 || '%'`,
      [APPLICANT.idNumber, APPLICANT.phone],
    );
    expect(rows[0].n).toBe(0);
    const masked = await t.dataSource.query(
      `SELECT id_number_masked, phone_masked FROM parties WHERE name = '王秀英'`,
    );
    expect(masked[0]).toEqual({ id_number_masked: '33***************1', phone_masked: '138******01' });
  });

  it('refuses bad input with every bad field named in Chinese, and stores nothing', async () => {
    const before = await countCases();
    const oneParty = await post(caseBody(laoyang, { parties: [APPLICANT] })).expect(400);
    expect(oneParty.body.details).toContainEqual(
      expect.objectContaining({ field: 'parties', message: '至少需要两方当事人' }),
    );
    const badId = await post(
      caseBody(laoyang, {
        amountInDispute: '3,200',
        parties: [{ ...APPLICANT, idNumber: '330681198503150022', phone: '1380000' }, RESPONDENT],
      }),
    ).expect(400);
    const fields = badId.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['amountInDispute', 'parties.0.idNumber', 'parties.0.phone']),
    );
    expect(
      badId.body.details.find((d: { field: string }) => d.field === 'parties.0.idNumber').message,
    ).toContain('校验码');
    await post(caseBody(laoyang, { title: '', source: 'fax', parties: 'two' })).expect(400);
    expect(await countCases()).toBe(before);
  });

  it('refuses ID numbers and credit codes a court would not accept, naming the rule broken', async () => {
    const before = await countCases();
    const company = {
      role: 'respondent',
      kind: 'organisation',
      name: '诸暨市枫桥建材有限公司',
      legalRepresentative: '陈国强',
      // Digits and capitals only, as the former rule asked, but the check character is wrong (G is right).
      creditCode: '9144030071526726XH',
    };
    const res = await post(
      caseBody(laoyang, {
        // 99 is no province; the MOD 11-2 check digit fits.
        parties: [{ ...APPLICANT, idNumber: '990681198503150024' }, company],
      }),
    ).expect(400);
    const messageOf = (field: string) =>
      res.body.details.find((d: { field: string }) => d.field === field)?.message;
    expect(messageOf('parties.0.idNumber')).toBe('身份证号码不正确:前两位不是有效的省级行政区划代码');
    expect(messageOf('parties.1.creditCode')).toBe('统一社会信用代码最后一位校验码不正确,请核对');
    expect(await countCases()).toBe(before);

    await post(
      caseBody(laoyang, { parties: [APPLICANT, { ...company, creditCode: '9144030071526726XG' }] }),
    ).expect(201);
  });

  it('registers only in a committee or centre the user belongs to', async () => {
    const office = await post(caseBody(await orgId(t, '枫桥镇司法所'))).expect(404);
    expect(office.body.code).toBe('NOT_FOUND');
    const foreign = await post(caseBody(await orgId(t, '枫桥镇人民调解委员会'))).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    const sfs = await t.tokenOf('sfs.wang');
    const notBody = await t
      .http()
      .post('/api/cases')
      .auth(sfs, { type: 'bearer' })
      .send(caseBody(await orgId(t, '枫桥镇司法所')))
      .expect(403);
    expect(notBody.body.code).toBe('FORBIDDEN');
  });

  it('creates one case for a retried request with the same Idempotency-Key, even concurrently', async () => {
    const before = await countCases();
    const first = await post(caseBody(laoyang, { title: '重试测试' }), 'retry-key-1').expect(201);
    const retry = await post(caseBody(laoyang, { title: '重试测试' }), 'retry-key-1').expect(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const burst = await Promise.all(
      Array.from({ length: 5 }, () => post(caseBody(laoyang, { title: '并发重试' }), 'retry-key-2')),
    );
    expect(new Set(burst.map((r) => r.body.id)).size).toBe(1);
    expect(burst.every((r) => r.status === 201)).toBe(true);
    expect(await countCases()).toBe(before + 2);
  });

  it('refuses the same Idempotency-Key with another body (422) instead of replaying the first case', async () => {
    const first = await post(caseBody(laoyang, { title: '键复用测试' }), 'reused-key-1').expect(201);
    const before = await countCases();
    const other = await post(caseBody(laoyang, { title: '另一件纠纷' }), 'reused-key-1').expect(422);
    expect(other.body).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await countCases()).toBe(before);
    // The first body again is still a retry.
    const retry = await post(caseBody(laoyang, { title: '键复用测试' }), 'reused-key-1').expect(201);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('gives 50 cases registered at the same instant the numbers 1 to 50, with no gap and no duplicate', async () => {
    const clerk = await createUser(t, 'intake_clerk', '枫源村人民调解委员会');
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: clerk, password: PASSWORD })
      .expect(200);
    const fengyuan = await orgId(t, '枫源村人民调解委员会');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t
          .http()
          .post('/api/cases')
          .auth(login.body.accessToken, { type: 'bearer' })
          .send(caseBody(fengyuan, { title: `同时登记 ${i}` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = results.map((r) => Number(/第(\d+)号/.exec(r.body.caseNumber)![1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results[0]!.body.caseNumber).toMatch(/^\(\d{4}\)枫源调字第\d{4}号$/);
  });
});
