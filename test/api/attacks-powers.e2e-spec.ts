import { effectiveAgreement } from './support/agreement-flow.js';
import {
  act,
  APPLICANT,
  caseBody,
  caseInMediation,
  type CaseRef,
  createUser,
  mediatorId,
  orgId,
  registerCase,
  RESPONDENT,
  RIGHTS_NOTICE,
} from './support/factories.js';
import { acceptedReferral, referralBody } from './support/referral-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Issue 16, attacks by users inside the committee and its supervisors, each refused. */
describe('attacks on powers inside the tree (issue 16)', () => {
  let t: TestApp;
  let clerk: string;
  let county: string;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await createUser(t, 'intake_clerk', '老杨调解中心');
    county = await createUser(t, 'county_bureau', '诸暨市司法局');
  });
  afterAll(() => t.close());

  const as = async (username: string) => ({ type: 'bearer' as const, token: await t.tokenOf(username) });
  const get = async (path: string, username: string) => {
    const { token } = await as(username);
    return t.http().get(path).auth(token, { type: 'bearer' });
  };
  const post = async (path: string, username: string, body: object = {}) => {
    const { token } = await as(username);
    return t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  };

  describe('exact-number search', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await caseInMediation(t)).id;
    });

    it('gives sfs.wang no signal over 200 candidate phones of a case, and limits him to 30 a minute', async () => {
      const candidates = Array.from({ length: 200 }, (_, i) => `139000${String(i).padStart(5, '0')}`);
      candidates[7] = RESPONDENT.phone; // the right number is among the first probes
      const answers: { status: number; body: string }[] = [];
      for (const phone of candidates) {
        const res = await get(`/api/cases?q=${phone}`, 'sfs.wang');
        answers.push({ status: res.status, body: JSON.stringify(res.body) });
      }
      const statuses = answers.reduce<Record<number, number>>(
        (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
        {},
      );
      console.log(`[search oracle] sfs.wang, 200 phone probes: ${JSON.stringify(statuses)}`);
      expect(statuses).toEqual({ 200: 30, 429: 170 });
      const ok = answers.filter((a) => a.status === 200).map((a) => a.body);
      expect(new Set(ok).size).toBe(1); // the right number answers exactly like the 29 wrong ones
      expect(JSON.parse(ok[0]!)).toMatchObject({ items: [], total: 0 });
      const refused = JSON.parse(answers.at(-1)!.body);
      expect(refused).toEqual({
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringMatching(/^按身份证号或手机号查找过于频繁,请 \d+ 秒后再试$/),
      });
      const audited = await t.dataSource.query<{ after: object }[]>(
        `SELECT a.after FROM audit_events a JOIN users u ON u.id = a.actor_id
          WHERE u.username = 'sfs.wang' AND a.action = 'case.search.identifier'`,
      );
      expect(audited).toHaveLength(30);
      const trail = JSON.stringify(audited);
      expect(trail).not.toContain(RESPONDENT.phone);
      expect(trail).not.toContain(candidates[0]);
      expect(audited[0]!.after).toMatchObject({
        kind: 'phone',
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('answers an ID number or phone only on cases the caller reads in full', async () => {
      const titles = async (username: string, q: string) =>
        ((await get(`/api/cases?q=${q}`, username)).body.items as { id: string }[]).map((i) => i.id);
      expect(await titles('mediator.yang', APPLICANT.idNumber)).toContain(caseId);
      expect(await titles('mediator.yang', RESPONDENT.phone)).toContain(caseId);
      // The director, not on this case's team, and the county get the same as for an unknown number.
      expect(await titles('director.yang', APPLICANT.idNumber)).toEqual([]);
      expect(await titles(county, RESPONDENT.phone)).toEqual([]);
      expect(await titles(clerk, RESPONDENT.phone)).toEqual([]);
    });
  });

  describe('assignment and intake powers', () => {
    it('refuses the registering mediator and a recorder on the case who assign themselves', async () => {
      const recorder = await createUser(t, 'recorder', '老杨调解中心', true);
      const c = await caseInMediation(t);
      const [recorderMediator] = await t.dataSource.query<{ id: string }[]>(
        'SELECT m.id FROM mediators m JOIN users u ON u.id = m.user_id WHERE u.username = $1',
        [recorder],
      );
      const zhao = await mediatorId(t, '赵丽华');
      expect(
        (
          await act(t, 'director.yang', c.id, 'assign', {
            presidingMediatorId: zhao,
            mediatorIds: [recorderMediator!.id],
            chosenBy: 'committee',
          })
        ).status,
      ).toBe(200);
      // mediator.yang registered the case; the director chose 赵丽华. He tries to evict her.
      const self = await act(t, 'mediator.yang', c.id, 'assign', {
        presidingMediatorId: await mediatorId(t, '杨建国'),
        chosenBy: 'committee',
      });
      expect({ status: self.status, code: self.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      const byRecorder = await act(t, recorder, c.id, 'assign', {
        presidingMediatorId: recorderMediator!.id,
        chosenBy: 'committee',
      });
      expect(byRecorder.status).toBe(403);
      const [row] = await t.dataSource.query<{ presiding_mediator_id: string }[]>(
        'SELECT presiding_mediator_id FROM cases WHERE id = $1',
        [c.id],
      );
      expect(row!.presiding_mediator_id).toBe(zhao);
      const detail = await get(`/api/cases/${c.id}`, 'mediator.yang');
      expect(detail.body.allowedActions).not.toContain('assign');
      expect((await get(`/api/cases/${c.id}`, 'director.yang')).body.allowedActions).toContain('assign');
    });

    it('lets an intake clerk register and accept, and nothing else on a case not his', async () => {
      const own = await t
        .http()
        .post('/api/cases')
        .auth((await as(clerk)).token, { type: 'bearer' })
        .send(caseBody(await orgId(t, '老杨调解中心')));
      expect(own.status).toBe(201);
      const registered = await registerCase(t, 'mediator.yang');
      expect((await act(t, clerk, registered.id, 'accept')).status).toBe(200);
      const { c, agreementId } = await effectiveAgreement(t);
      const inMediation = await caseInMediation(t);
      const refused: Record<string, number> = {};
      const attempt = (what: string, res: { status: number }) => (refused[what] = res.status);
      attempt(
        'assign',
        await act(t, clerk, inMediation.id, 'assign', {
          presidingMediatorId: await mediatorId(t, '赵丽华'),
          chosenBy: 'committee',
        }),
      );
      attempt(
        'terminate',
        await act(t, clerk, inMediation.id, 'terminate', {
          reason: '分歧过大',
          routesInformed: '已告知可起诉',
        }),
      );
      attempt(
        'transfer',
        await act(t, clerk, inMediation.id, 'transfer', {
          reason: '跨村纠纷',
          toOrganisationId: await orgId(t, '枫源村人民调解委员会'),
        }),
      );
      attempt(
        'extend',
        await act(t, clerk, inMediation.id, 'extend', {
          days: 10,
          consentPartyIds: inMediation.parties.map((p) => p.id),
        }),
      );
      attempt('pause', await act(t, clerk, inMediation.id, 'pause', { reason: '等待鉴定' }));
      attempt(
        'session',
        await post(`/api/cases/${inMediation.id}/sessions`, clerk, {
          mode: 'face_to_face',
          startedAt: '2026-11-20T09:00:00+08:00',
          place: '调解室',
          partyIds: inMediation.parties.map((p) => p.id),
          mediatorIds: [await mediatorId(t, '杨建国')],
          summary: '面对面调解',
        }),
      );
      attempt(
        'party signature',
        await post(`/api/agreements/${agreementId}/signatures`, clerk, {
          signer: { partyId: c.parties[0]!.id },
          kind: 'fingerprint',
        }),
      );
      attempt('finalise', await post(`/api/agreements/${agreementId}/finalise`, clerk));
      console.log(`[powers] intake clerk on a case not his: ${JSON.stringify(refused)}`);
      expect(Object.values(refused).every((status) => status === 403)).toBe(true);
      expect((await get(`/api/cases/${inMediation.id}`, clerk)).body.allowedActions).toEqual([]);
    });
  });

  describe('referrals', () => {
    const fileAndDispatch = async () => {
      const filed = await post('/api/referrals', 'court.li', referralBody());
      expect(filed.status).toBe(201);
      const id = filed.body.id as string;
      const dispatched = await post(`/api/referrals/${id}/dispatch`, 'sfs.wang', {
        organisationId: await orgId(t, '老杨调解中心'),
      });
      expect(dispatched.status).toBe(204);
      return id;
    };

    it('lets one case claim a referral, and answers a second claim with 409', async () => {
      const id = await fileAndDispatch();
      const decoy = await post(
        '/api/cases',
        'mediator.yang',
        caseBody(await orgId(t, '老杨调解中心'), { referralId: id, source: 'court_dispatch' }),
      );
      expect(decoy.status).toBe(201);
      const second = await post(
        '/api/cases',
        'director.yang',
        caseBody(await orgId(t, '老杨调解中心'), { referralId: id, source: 'court_dispatch' }),
      );
      expect({ status: second.status, code: second.body.code }).toEqual({
        status: 409,
        code: 'REFERRAL_CLAIMED',
      });
      expect(second.body.message).toContain(decoy.body.caseNumber);
      const accepted = await post(`/api/referrals/${id}/accept`, 'director.yang', {
        rightsNotice: RIGHTS_NOTICE,
      });
      expect({ status: accepted.status, code: accepted.body.code }).toEqual({
        status: 409,
        code: 'REFERRAL_CLAIMED',
      });
      const [claims] = await t.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM cases WHERE referral_id = $1',
        [id],
      );
      expect(claims!.n).toBe(1);
      // The database refuses a second claim too (a race past the check).
      await expect(
        t.dataSource.query(
          `INSERT INTO cases (case_number, organisation_id, year, seq, source, dispute_type, title, facts, requests,
                              version, referral_id, registered_by_id, search_text)
           SELECT 'X-' || gen_random_uuid(), organisation_id, year, seq + 100000, source, dispute_type, title, facts,
                  requests, 1, referral_id, registered_by_id, search_text FROM cases WHERE referral_id = $1`,
          [id],
        ),
      ).rejects.toThrow(/uq_cases_referral/);
    });

    it('lets only the case team answer the referral, and gives its agreement only to the team and the director', async () => {
      const { id, caseId } = await acceptedReferral(t);
      const other = await createUser(t, 'mediator', '老杨调解中心', true);
      const feedback = async (username: string) =>
        (await post(`/api/referrals/${id}/feedback`, username, { note: '已联系双方当事人' })).status;
      const answers = {
        otherMediator: await feedback(other),
        clerk: await feedback(clerk),
        sfs: await feedback('sfs.wang'),
        presiding: await feedback('mediator.yang'),
        director: await feedback('director.yang'),
      };

      // An effective agreement on the referral's case.
      const detail = await get(`/api/cases/${caseId}`, 'mediator.yang');
      await effectiveAgreement(t, detail.body as CaseRef);
      const pdf = async (username: string) =>
        (await get(`/api/referrals/${id}/agreement.pdf`, username)).status;
      const reads = {
        court: await pdf('court.li'),
        presiding: await pdf('mediator.yang'),
        director: await pdf('director.yang'),
        otherMediator: await pdf(other),
        clerk: await pdf(clerk),
        sfs: await pdf('sfs.wang'),
        county: await pdf(county),
      };
      console.log(`[referral feedback] ${JSON.stringify(answers)}`);
      console.log(`[referral agreement.pdf] ${JSON.stringify(reads)}`);
      expect(answers).toEqual({ otherMediator: 404, clerk: 403, sfs: 403, presiding: 204, director: 204 });
      expect(reads).toEqual({
        court: 200,
        presiding: 200,
        director: 200,
        otherMediator: 404,
        clerk: 403,
        sfs: 403,
        county: 403,
      });
    });
  });
});
