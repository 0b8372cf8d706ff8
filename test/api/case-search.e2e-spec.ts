import { APPLICANT, caseBody, orgId, registerCase, RESPONDENT } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('finding cases', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('director.yang');
    await registerCase(t, 'mediator.yang', {
      title: '楼上漏水纠纷',
      parties: [APPLICANT, { ...RESPONDENT, name: '欧阳振华' }],
    });
    await registerCase(t, 'mediator.yang', {
      title: '相邻通行纠纷',
      disputeType: 'neighbour',
      source: 'walk_in',
      facts: '两户之间的通道被堆放柴草堵塞',
      parties: [
        { role: 'applicant', kind: 'person', name: '陈阿大' },
        { role: 'respondent', kind: 'organisation', name: '枫桥某物业公司', legalRepresentative: '钱总' },
      ],
    });
  });
  afterAll(() => t.close());

  const search = async (query: string) => {
    const res = await t.http().get(`/api/cases?${query}`).auth(token, { type: 'bearer' }).expect(200);
    return res.body.items.map((i: { title: string }) => i.title) as string[];
  };

  it('finds a case by two Chinese characters of a party’s name', async () => {
    expect(await search(`q=${encodeURIComponent('振华')}`)).toEqual(['楼上漏水纠纷']);
    expect(await search(`q=${encodeURIComponent('欧阳')}`)).toEqual(['楼上漏水纠纷']);
  });

  it('finds by one character, by title, facts and case number, and by several words', async () => {
    expect(await search(`q=${encodeURIComponent('柴')}`)).toEqual(['相邻通行纠纷']);
    expect(await search(`q=${encodeURIComponent('通道 堵塞')}`)).toEqual(['相邻通行纠纷']);
    expect((await search(`q=${encodeURIComponent('纠纷')}`)).sort()).toEqual(
      ['楼上漏水纠纷', '相邻通行纠纷'].sort(),
    );
    expect(await search(`q=${encodeURIComponent('字第0002号')}`)).toEqual(['相邻通行纠纷']);
    expect(await search(`q=${encodeURIComponent('振国')}`)).toEqual([]);
  });

  it('finds by an exact ID number or mobile, which are stored only encrypted, for the case team only', async () => {
    const asRegistrar = async (query: string) => {
      const res = await t
        .http()
        .get(`/api/cases?${query}`)
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
        .expect(200);
      return res.body.items.map((i: { title: string }) => i.title) as string[];
    };
    expect(await asRegistrar(`q=${APPLICANT.idNumber}`)).toEqual(['楼上漏水纠纷']);
    expect(await asRegistrar(`q=${RESPONDENT.phone}`)).toEqual(['楼上漏水纠纷']);
    expect(await asRegistrar('q=330681196008080039')).toEqual([]);
    // The director is not on this case's team: an exact number tells him nothing (issue 16).
    expect(await search(`q=${APPLICANT.idNumber}`)).toEqual([]);
  });

  it('filters by status, source, type, organisation and registration date, newest activity first', async () => {
    expect(await search('source=walk_in')).toEqual(['相邻通行纠纷']);
    expect(await search('status=registered&disputeType=neighbour')).toEqual(['相邻通行纠纷', '楼上漏水纠纷']);
    expect(await search(`organisationId=${await orgId(t, '老杨调解中心')}`)).toHaveLength(2);
    expect(await search('from=2000-01-01&to=2000-12-31')).toEqual([]);
    const page = await t
      .http()
      .get('/api/cases?pageSize=1&page=2')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.body.items[0]).toMatchObject({ title: '楼上漏水纠纷', presidingMediatorName: null });
    expect(page.body.items[0].parties.map((p: { name: string }) => p.name)).toEqual(['王秀英', '欧阳振华']);
  });

  it('answers bad filters with 400 and a foreign organisation with 404', async () => {
    const bad = await t
      .http()
      .get('/api/cases?status=lost&page=0&from=2026-13-01')
      .auth(token, { type: 'bearer' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'from',
      'page',
      'status',
    ]);
    const foreign = await orgId(t, '枫桥镇人民调解委员会');
    await t.http().get(`/api/cases?organisationId=${foreign}`).auth(token, { type: 'bearer' }).expect(404);
  });

  it('treats query syntax as plain text', async () => {
    for (const q of ["' OR 1=1 --", '振华 & !', '\\', ':*', '{{title}}']) {
      const res = await t
        .http()
        .get(`/api/cases?q=${encodeURIComponent(q)}`)
        .auth(token, { type: 'bearer' });
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
  });

  it('keeps registrations of another committee out of the list', async () => {
    const zhou = await t.tokenOf('mediator.zhou');
    await t
      .http()
      .post('/api/cases')
      .auth(zhou, { type: 'bearer' })
      .send(caseBody(await orgId(t, '枫桥镇人民调解委员会'), { title: '别处的纠纷' }))
      .expect(201);
    expect(await search(`q=${encodeURIComponent('别处')}`)).toEqual([]);
  });

  it('counts a whole scope up to 10,000 and says so when more cases match; a search counts exactly', async () => {
    const list = async (query: string) =>
      (await t.http().get(`/api/cases?${query}`).auth(token, { type: 'bearer' }).expect(200)).body;
    expect(await list('pageSize=1')).toMatchObject({ total: 2, totalCapped: false });
    // 10,000 more copies of the leaking-ceiling case, straight into the table.
    const columns = (
      await t.dataSource.query<{ name: string }[]>(
        `SELECT column_name AS name FROM information_schema.columns
          WHERE table_name = 'cases' AND is_generated = 'NEVER' AND column_default IS NULL`,
      )
    ).map((c) => c.name);
    const value = (c: string) =>
      c === 'case_number'
        ? `c.case_number || '-' || g`
        : c === 'seq'
          ? 'c.seq + 100 + g'
          : c === 'track_code'
            ? 'NULL' // each copy gets its own code from the insert trigger
            : `c.${c}`;
    await t.dataSource.query(
      `INSERT INTO cases (${columns.join(', ')})
       SELECT ${columns.map(value).join(', ')} FROM cases c, generate_series(1, 10000) g WHERE c.title = '楼上漏水纠纷'`,
    );
    expect(await list('pageSize=1')).toMatchObject({ total: 10_000, totalCapped: true });
    const found = await list(`q=${encodeURIComponent('漏水')}&pageSize=1`);
    expect(found).toMatchObject({ total: 10_001, totalCapped: false });
  });
});

describe('risk of escalation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const inbox = async (username: string) =>
    (
      await t
        .http()
        .get('/api/notifications')
        .auth(await t.tokenOf(username), { type: 'bearer' })
        .expect(200)
    ).body;

  it('records a red risk, notifies the director, the 司法所 above and the linked police, no one else', async () => {
    const c = await registerCase(t);
    const res = await t
      .http()
      .post(`/api/cases/${c.id}/risk`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({ level: 'red', note: '被申请人扬言报复', reportedTo: '枫桥派出所值班民警' })
      .expect(200);
    expect(res.body.riskLevel).toBe('red');
    expect(res.body.timeline[0].summary).toBe('风险等级调整为红色:被申请人扬言报复,已报告枫桥派出所值班民警');
    const director = await inbox('director.yang');
    expect(director.unread).toBe(1);
    expect(director.items[0]).toMatchObject({
      kind: 'risk',
      caseId: c.id,
      title: `红色风险:${c.caseNumber}`,
    });
    const police = await inbox('police.hu');
    expect(police.items).toHaveLength(1);
    // Minimum facts for the police: not the parties' names or the note.
    expect(JSON.stringify(police.items)).not.toMatch(/王秀英|刘建平|扬言/);
    expect((await inbox('mediator.zhao')).items).toHaveLength(0);
    // The supervising 司法所 hears of it (docs/security.md "Risk routing").
    expect((await inbox('sfs.wang')).items).toHaveLength(1);
  });

  it('notifies the director and the 司法所 of a yellow risk, not the police; marks one read', async () => {
    const c = await registerCase(t);
    await t
      .http()
      .post(`/api/cases/${c.id}/risk`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({ level: 'yellow', note: '双方情绪激动' })
      .expect(200);
    expect((await inbox('police.hu')).items).toHaveLength(1);
    expect((await inbox('sfs.wang')).items).toHaveLength(2);
    const director = await inbox('director.yang');
    expect(director.unread).toBe(2);
    const token = await t.tokenOf('director.yang');
    await t
      .http()
      .post(`/api/notifications/${director.items[0].id}/read`)
      .auth(token, { type: 'bearer' })
      .expect(204);
    expect((await inbox('director.yang')).unread).toBe(1);
    // Someone else's notification does not exist for you.
    await t
      .http()
      .post(`/api/notifications/${director.items[1].id}/read`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .expect(404);
  });

  it('refuses a risk report without a note or with an unknown level', async () => {
    const c = await registerCase(t);
    const res = await t
      .http()
      .post(`/api/cases/${c.id}/risk`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({ level: 'purple' })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['level', 'note']);
  });
});
