import { effectiveAgreement } from './support/agreement-flow.js';
import {
  act,
  APPLICANT,
  createUser,
  expectOk,
  mediatorId,
  orgId,
  RESPONDENT,
  RIGHTS_NOTICE,
} from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { acceptedReferral, referralBody } from './support/referral-flow.js';
import { apiRoutes } from './support/routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Mission story 5: the court dispatches, the judicial office sends it on, the committee mediates. */
describe('referrals (委派 / 移交)', () => {
  let t: TestApp;
  let court: string;
  let office: string;
  let mediator: string;
  beforeAll(async () => {
    t = await createTestApp();
    court = await t.tokenOf('court.li');
    office = await t.tokenOf('sfs.wang');
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const body = referralBody;
  const post = (path: string, token: string, payload: object = {}) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(payload);
  const get = (path: string, token: string) => t.http().get(path).auth(token, { type: 'bearer' });

  it('runs the court referral to an agreement and a result letter naming the court’s number', async () => {
    const ref = body();
    const filed = await post('/api/referrals', court, ref).expect(201);
    expect(filed.body).toEqual({ id: expect.any(String), status: 'received' });
    const id = filed.body.id as string;
    // The office sees it in its inbox; the committee does not see it before it is dispatched.
    expect(
      (await get('/api/referrals?status=received', office).expect(200)).body.items.map(
        (r: { id: string }) => r.id,
      ),
    ).toContain(id);
    await get(`/api/referrals/${id}`, mediator).expect(404);
    // Only a mediation body in the office's area.
    const bad = await post(`/api/referrals/${id}/dispatch`, office, {
      organisationId: await orgId(t, '诸暨市人民法院'),
    });
    expect(bad.status).toBe(422);
    await post(`/api/referrals/${id}/dispatch`, office, {
      organisationId: await orgId(t, '老杨调解中心'),
    }).expect(204);
    await post(`/api/referrals/${id}/dispatch`, office, {
      organisationId: await orgId(t, '老杨调解中心'),
    }).expect(409);
    const accepted = await post(`/api/referrals/${id}/accept`, mediator, {
      rightsNotice: RIGHTS_NOTICE,
    }).expect(201);
    const caseId = accepted.body.caseId as string;

    const detail = (await get(`/api/cases/${caseId}`, mediator).expect(200)).body;
    expect(detail).toMatchObject({ status: 'accepted', source: 'court_dispatch', referralId: id });
    const clock = detail.deadlines.find((k: { kind: string }) => k.kind === 'mediation');
    expect(clock.dueAt).toBe(new Date(`${ref.dueDate}T23:59:59.999+08:00`).toISOString());

    expectOk(
      await act(t, 'director.yang', caseId, 'assign', {
        presidingMediatorId: await mediatorId(t, '杨建国'),
        mediatorIds: [],
        chosenBy: 'committee',
      }),
    );
    const parties = detail.parties.map((p: { id: string; name: string }) => ({ id: p.id, name: p.name }));
    await effectiveAgreement(t, {
      id: caseId,
      version: 0,
      caseNumber: detail.caseNumber,
      parties,
    });

    const seen = (await get(`/api/referrals/${id}`, court).expect(200)).body;
    expect(seen).toMatchObject({ status: 'closed', outcome: 'agreement', caseNumber: detail.caseNumber });
    expect(seen.agreement.agreementNumber).toEqual(expect.any(String));
    expect(seen.events.map((e: { kind: string }) => e.kind)).toEqual([
      'outcome',
      'accepted',
      'dispatched',
      'received',
    ]);
    const inbox = (await get('/api/notifications', court).expect(200)).body.items;
    expect(inbox.map((n: { title: string }) => n.title)).toContain(`调解结果已出：${ref.externalRef}`);

    const letter = await getBinary(t, `/api/referrals/${id}/feedback.pdf`, court).expect(200);
    const text = pdfText(letter.body);
    for (const expected of [
      '人民调解结果回函',
      '诸暨市人民法院：',
      ref.externalRef.replace(/\s+/g, ''),
      detail.caseNumber,
      '刘建平支付王秀英维修费3000元',
      '老杨调解中心',
    ])
      expect(text).toContain(expected);
    const agreementPdf = await getBinary(t, `/api/referrals/${id}/agreement.pdf`, court).expect(200);
    expect(agreementPdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports a failed mediation with the undisputed facts, and refuses a letter before the outcome', async () => {
    const { id, caseId } = await acceptedReferral(t);
    expect((await getBinary(t, `/api/referrals/${id}/feedback.pdf`, court)).status).toBe(409);
    await t
      .http()
      .put(`/api/cases/${caseId}/undisputed-facts`)
      .auth(mediator, { type: 'bearer' })
      .send({ text: '双方确认物业服务合同真实有效，欠费期间为2024年1月至2025年12月。' })
      .expect(204);
    expectOk(
      await act(t, 'mediator.yang', caseId, 'terminate', {
        reason: '双方对电梯维修责任分歧较大，未能达成协议',
        routesInformed: '已告知当事人可向人民法院提起诉讼',
      }),
    );
    const text = pdfText((await getBinary(t, `/api/referrals/${id}/feedback.pdf`, court).expect(200)).body);
    expect(text).toContain('双方确认物业服务合同真实有效，欠费期间为2024年1月至2025年12月。');
    expect(text).toContain('已告知当事人可向人民法院提起诉讼');
    expect((await get(`/api/referrals/${id}`, court).expect(200)).body).toMatchObject({
      status: 'closed',
      outcome: 'terminated',
    });
  });

  it('refuses a repeated external reference (409), a source the body may not use (422), and non-liaisons (403)', async () => {
    const ref = body();
    await post('/api/referrals', court, ref).expect(201);
    const again = await post('/api/referrals', court, { ...ref, summary: '重复提交' }).expect(409);
    expect(again.body).toMatchObject({ code: 'REFERRAL_DUPLICATE' });
    expect((await post('/api/referrals', court, body({ source: 'police' })).expect(422)).body.code).toBe(
      'REFERRAL_SOURCE',
    );
    await post('/api/referrals', mediator, body()).expect(403);
    const invalid = await post('/api/referrals', court, {
      ...body(),
      externalRef: '',
      parties: [APPLICANT],
    }).expect(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'externalRef',
      'parties',
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM referrals WHERE external_ref = $1`,
      [ref.externalRef],
    );
    expect(n).toBe(1);
  });

  it('accepts referrals from a court’s system with an API key, refuses a repeat (409) and a revoked key (401)', async () => {
    const admin = await t.tokenOf('admin');
    await post('/api/api-keys', court, {
      organisationId: await orgId(t, '诸暨市人民法院'),
      name: 'x',
    }).expect(403);
    await post('/api/api-keys', admin, { organisationId: await orgId(t, '老杨调解中心'), name: 'x' }).expect(
      422,
    );
    const created = await post('/api/api-keys', admin, {
      organisationId: await orgId(t, '诸暨市人民法院'),
      name: '诉前调解平台',
    }).expect(201);
    const { key, id: keyId } = created.body as { key: string; id: string };
    const viaKey = (payload: object) => t.http().post('/api/referrals').set('X-Api-Key', key).send(payload);
    const ref = body();
    const filed = await viaKey(ref).expect(201);
    expect((await viaKey(ref).expect(409)).body.code).toBe('REFERRAL_DUPLICATE');
    // The key reads its own body's referrals and nothing else.
    const mine = await t.http().get(`/api/referrals/${filed.body.id}`).set('X-Api-Key', key).expect(200);
    expect(mine.body.referringOrganisation.name).toBe('诸暨市人民法院');
    await t.http().get('/api/cases').set('X-Api-Key', key).expect(401);
    await t
      .http()
      .post('/api/referrals')
      .set('X-Api-Key', 'tj_not-a-real-key-at-all-0000')
      .send(body())
      .expect(401);
    const [stored] = await t.dataSource.query(`SELECT key_hash, prefix FROM api_keys WHERE id = $1`, [keyId]);
    expect(stored.key_hash).not.toContain(key);
    expect(key.startsWith(stored.prefix)).toBe(true);
    const listed = (await get('/api/api-keys', admin).expect(200)).body;
    expect(JSON.stringify(listed)).not.toContain(key);
    await t.http().delete(`/api/api-keys/${keyId}`).auth(admin, { type: 'bearer' }).expect(204);
    await viaKey(body()).expect(401);
  });

  it('lets a liaison see only its own body’s referrals and never the case, its notes or others’ data', async () => {
    const { id, caseId } = await acceptedReferral(t);
    const { parties } = (await get(`/api/cases/${caseId}`, mediator).expect(200)).body;
    await post(`/api/cases/${caseId}/sessions`, mediator, {
      mode: 'back_to_back',
      startedAt: new Date().toISOString(),
      place: '老杨调解中心',
      partyIds: [parties[0].id],
      mediatorIds: [await mediatorId(t, '杨建国')],
      summary: '分别听取意见',
      privateNotes: '物业公司私下表示可减免一半',
    }).expect(201);
    const police = await t.tokenOf('police.hu');
    const readers = ['court.li', 'sfs.wang', 'director.yang', 'mediator.yang'];
    const outsiders = ['police.hu', 'mediator.zhou'];
    for (const username of readers) await get(`/api/referrals/${id}`, await t.tokenOf(username)).expect(200);
    // The administrator reads no referral at all (三员分立, the route policy's REFERRAL_READERS).
    await get(`/api/referrals/${id}`, await t.tokenOf('admin')).expect(403);
    for (const username of outsiders) {
      const token = await t.tokenOf(username);
      await get(`/api/referrals/${id}`, token).expect(404);
      expect((await getBinary(t, `/api/referrals/${id}/feedback.pdf`, token)).status).toBe(404);
      expect((await getBinary(t, `/api/referrals/${id}/agreement.pdf`, token)).status).toBe(404);
      expect(
        (await get('/api/referrals', token).expect(200)).body.items.map((r: { id: string }) => r.id),
      ).not.toContain(id);
    }
    // Liaisons never reach the case or anything under it: they do not read cases at all (403,
    // libs/contracts/src/route-policy.ts CASE_READERS), whichever case is asked for.
    for (const token of [court, police]) {
      for (const path of [
        `/api/cases/${caseId}`,
        `/api/cases/${caseId}/sessions`,
        `/api/cases/${caseId}/documents/application.pdf`,
        `/api/cases/${caseId}/volume.pdf`,
        '/api/cases',
      ])
        expect((await getBinary(t, path, token)).status).toBe(403);
      await get('/api/deadlines', token)
        .expect(200)
        .expect((res) => expect(res.body.total).toBe(0));
    }
    const seen = JSON.stringify((await get(`/api/referrals/${id}`, court).expect(200)).body);
    for (const secret of [
      '物业公司私下表示',
      APPLICANT.idNumber,
      APPLICANT.phone,
      RESPONDENT.idNumber,
      RESPONDENT.phone,
    ])
      expect(seen).not.toContain(secret);
    // Committee and office actions are not the liaison's.
    await post(`/api/referrals/${id}/accept`, court).expect(403);
    await post(`/api/referrals/${id}/dispatch`, court, {
      organisationId: await orgId(t, '老杨调解中心'),
    }).expect(403);
  });

  it('tells the office once when a police hand-over has no first feedback within 24 hours', async () => {
    const police = await t.tokenOf('police.hu');
    const filed = await post('/api/referrals', police, body({ source: 'police', dueDate: undefined })).expect(
      201,
    );
    const detail = (await get(`/api/referrals/${filed.body.id}`, police).expect(200)).body;
    expect(new Date(detail.feedbackDueAt).getTime() - new Date(detail.receivedAt).getTime()).toBeCloseTo(
      24 * 3600_000,
      -4,
    );
    await t.dataSource.query(
      `UPDATE referrals SET feedback_due_at = now() - interval '1 minute' WHERE id = $1`,
      [filed.body.id],
    );
    const admin = await t.tokenOf('admin');
    await post('/api/deadlines/sweep', admin).expect(200);
    await post('/api/deadlines/sweep', admin).expect(200);
    const titles = (await get('/api/notifications', office).expect(200)).body.items.map(
      (n: { title: string }) => n.title,
    );
    expect(titles.filter((title: string) => title === `首次反馈超期：${detail.externalRef}`)).toHaveLength(1);
  });

  it('answers every role on every referral endpoint, and liaisons 403 on every route of the referred case', async () => {
    const { id, caseId } = await acceptedReferral(t);
    const detail = (await get(`/api/cases/${caseId}`, mediator).expect(200)).body;
    const session = await post(`/api/cases/${caseId}/sessions`, mediator, {
      mode: 'back_to_back',
      startedAt: new Date().toISOString(),
      place: '老杨调解中心',
      partyIds: [detail.parties[0].id],
      mediatorIds: [await mediatorId(t, '杨建国')],
      summary: '分别听取意见',
      privateNotes: '私下表示可让步',
    }).expect(201);
    const sessionId = session.body.id as string;
    const { agreementId } = await effectiveAgreement(t, {
      id: caseId,
      version: 0,
      caseNumber: detail.caseNumber,
      parties: detail.parties,
    });
    const extra = {
      recorder: await createUser(t, 'recorder', '老杨调解中心'),
      clerk: await createUser(t, 'intake_clerk', '老杨调解中心'),
      county: await createUser(t, 'county_bureau', '诸暨市司法局'),
      otherCourt: await createUser(t, 'court_liaison', '诸暨市人民法院'),
      petition: await createUser(t, 'petition_liaison', '诸暨市信访局'),
    };
    // Who sees this court referral: its court, the office and bureau above the committee, the committee.
    const sees: Record<string, boolean> = {
      'court.li': true,
      [extra.otherCourt]: true,
      'sfs.wang': true,
      [extra.county]: true,
      'director.yang': true,
      'mediator.yang': true,
      'mediator.zhao': true,
      [extra.recorder]: true,
      [extra.clerk]: true,
      'police.hu': false,
      [extra.petition]: false,
      'mediator.zhou': false,
    };
    // The signed agreement: the referring court, the case team and the director (as
    // GET /api/agreements/:id/pdf); the committee's other readers 403, those who cannot see the case 404.
    const agreementOf: Record<string, number> = {
      'sfs.wang': 403,
      [extra.county]: 403,
      [extra.clerk]: 403,
      'mediator.zhao': 404,
      [extra.recorder]: 404,
    };
    for (const [username, visible] of Object.entries(sees)) {
      const token = await t.tokenOf(username);
      const listed = (await get('/api/referrals?pageSize=200', token).expect(200)).body.items.map(
        (r: { id: string }) => r.id,
      );
      const cells = {
        user: username,
        listed: listed.includes(id),
        detail: (await get(`/api/referrals/${id}`, token)).status,
        letter: (await getBinary(t, `/api/referrals/${id}/feedback.pdf`, token)).status,
        agreement: (await getBinary(t, `/api/referrals/${id}/agreement.pdf`, token)).status,
      };
      expect(cells).toEqual({
        user: username,
        listed: visible,
        detail: visible ? 200 : 404,
        letter: visible ? 200 : 404,
        agreement: agreementOf[username] ?? (visible ? 200 : 404),
      });
    }
    // Liaisons: every GET route under the case, its sessions and its agreement is 403 — for the
    // referring court's liaison too (it reads outcomes through the referral only; the role reads no case).
    const ids: Record<string, string> = {
      '/api/cases/:id': caseId,
      '/api/agreements/:id': agreementId,
      '/api/sessions/:id': sessionId,
    };
    const routes = apiRoutes(t).filter(
      (r) => r.method === 'GET' && Object.keys(ids).some((prefix) => r.path.startsWith(prefix)),
    );
    expect(routes.length).toBeGreaterThan(8);
    for (const username of ['court.li', 'police.hu', extra.petition]) {
      const token = await t.tokenOf(username);
      for (const route of routes) {
        const prefix = Object.keys(ids).find((p) => route.path.startsWith(p))!;
        const url = route.path
          .replace(prefix, prefix.replace(':id', ids[prefix]!))
          .replace(':document', 'application.pdf')
          .replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
        const res = await getBinary(t, url, token);
        expect({ route: `GET ${route.path}`, user: username, status: res.status }).toEqual({
          route: `GET ${route.path}`,
          user: username,
          status: 403,
        });
      }
    }
  });
});
