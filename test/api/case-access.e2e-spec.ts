import {
  APPLICANT,
  caseInMediation,
  createUser,
  mediatorId,
  PASSWORD,
  RESPONDENT,
  type CaseRef,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOTES = '申请人私下表示最多接受两千元';

/**
 * Who sees what of one case (docs/domain.md §10.6), for every role: whether the
 * case is visible at all, whether personal data is unmasked, and whether the
 * back-to-back private notes are in any answer.
 */
describe('who may see a case, its personal data and its private notes', () => {
  let t: TestApp;
  let c: CaseRef;
  const tokens = new Map<string, string>();
  const users: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    users['recorder'] = await createUser(t, 'recorder', '老杨调解中心', true);
    users['intake_clerk'] = await createUser(t, 'intake_clerk', '老杨调解中心');
    users['county_bureau'] = await createUser(t, 'county_bureau', '诸暨市司法局');
    users['petition_liaison'] = await createUser(t, 'petition_liaison', '诸暨市信访局');
    // The recorder joins the case as a co-mediator but attends only the site visit.
    const roster = await t.dataSource.query(
      'SELECT m.id FROM mediators m JOIN users u ON u.id = m.user_id WHERE u.username = $1',
      [users['recorder']],
    );
    await t.dataSource.query(
      `INSERT INTO case_mediators (case_id, mediator_id, role) VALUES ($1, $2, 'co')`,
      [c.id, roster[0].id],
    );
    const yang = await t.tokenOf('mediator.yang');
    await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(yang, { type: 'bearer' })
      .send({
        mode: 'back_to_back',
        startedAt: '2026-11-20T09:00:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: [c.parties[0]!.id],
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '单独听取申请人意见',
        privateNotes: NOTES,
      })
      .expect(201);
    await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(yang, { type: 'bearer' })
      .send({
        mode: 'site_visit',
        startedAt: '2026-11-20T14:00:00+08:00',
        place: '枫源村 12 号',
        partyIds: [],
        mediatorIds: [await mediatorId(t, '杨建国'), roster[0].id],
        summary: '查看天花板受损情况',
        privateNotes: '现场照片已存档',
      })
      .expect(201);
  });
  afterAll(() => t.close());

  async function token(username: string): Promise<string> {
    const name = users[username] ?? username;
    if (!tokens.has(name)) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ username: name, password: PASSWORD })
        .expect(200);
      tokens.set(name, res.body.accessToken);
    }
    return tokens.get(name)!;
  }

  // [user, sees the case, sees personal data unmasked, sees the back-to-back notes]
  const MATRIX: [string, boolean, boolean, boolean][] = [
    ['mediator.yang', true, true, true], // presiding mediator, registered the case
    ['mediator.zhao', true, true, true], // co-mediator
    ['recorder', true, false, false], // assigned, but did not attend the back-to-back session
    ['director.yang', true, false, false], // without break-glass
    ['intake_clerk', true, false, false],
    ['sfs.wang', true, false, false],
    ['county_bureau', true, false, false],
    ['mediator.zhou', false, false, false], // another committee
    ['court.li', false, false, false],
    ['police.hu', false, false, false],
    ['petition_liaison', false, false, false],
    ['admin', false, false, false],
  ];

  const NON_READERS = new Set(['court.li', 'police.hu', 'petition_liaison', 'admin']);

  it.each(MATRIX)(
    '%s: case visible %s, personal data %s, private notes %s',
    async (user, visible, personal, notes) => {
      const auth = await token(user);
      const detail = await t.http().get(`/api/cases/${c.id}`).auth(auth, { type: 'bearer' });
      const sessions = await t.http().get(`/api/cases/${c.id}/sessions`).auth(auth, { type: 'bearer' });
      // Liaisons and the administrator read no case at all (403, CASE_READERS of the route policy);
      // a case reader outside the case's scope gets 404.
      const noCases = NON_READERS.has(user);
      const list = await t
        .http()
        .get('/api/cases?q=刘建平')
        .auth(auth, { type: 'bearer' })
        .expect(noCases ? 403 : 200);
      expect(detail.status).toBe(visible ? 200 : noCases ? 403 : 404);
      expect(sessions.status).toBe(visible ? 200 : noCases ? 403 : 404);
      // The county bureau's drill-down is de-identified: a party's name finds nothing (docs/security.md).
      expect((list.body.items ?? []).some((i: { id: string }) => i.id === c.id)).toBe(
        visible && user !== 'county_bureau',
      );
      const everything = JSON.stringify([detail.body, sessions.body, list.body]);
      expect(everything.includes(NOTES)).toBe(notes);
      expect(everything.includes(APPLICANT.idNumber)).toBe(personal);
      expect(everything.includes(RESPONDENT.phone)).toBe(personal);
      expect(everything.includes('13700000003')).toBe(personal); // the agent's phone
      if (visible) {
        expect(detail.body.personalDataVisible).toBe(personal);
        // The county bureau gets neither masks nor the birth year: no contacts, IDs or birth data at all.
        const county = user === 'county_bureau';
        expect(detail.body.parties[0].idNumber).toBe(
          personal ? APPLICANT.idNumber : county ? undefined : '33***************1',
        );
        expect(detail.body.parties[1].phone).toBe(
          personal ? RESPONDENT.phone : county ? undefined : '139******02',
        );
        // A masked reader sees the birth year only: with the date, the ID mask could be undone.
        expect(detail.body.parties[0].birthDate).toBe(personal ? APPLICANT.birthDate : undefined);
        expect(detail.body.parties[0].birthYear).toBe(personal || county ? undefined : 1985);
        expect(detail.body.sessions.map((s: { hasPrivateNotes: boolean }) => s.hasPrivateNotes)).toEqual([
          true,
          true,
        ]);
      }
      if (!visible) expect(detail.body.code).toBe(noCases ? 'FORBIDDEN' : 'CASE_NOT_FOUND');
    },
  );

  it('shows the recorder the notes of the session they attended only', async () => {
    const res = await t
      .http()
      .get(`/api/cases/${c.id}/sessions`)
      .auth(await token('recorder'), { type: 'bearer' });
    expect(res.body.map((s: { privateNotes?: string }) => s.privateNotes)).toEqual([
      undefined,
      '现场照片已存档',
    ]);
  });

  it('lets the director read private notes with a break-glass reason, and audits it', async () => {
    const director = await token('director.yang');
    const res = await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth(director, { type: 'bearer' })
      .set('X-Break-Glass-Reason', encodeURIComponent('当事人投诉调解员,需核查调解过程'))
      .expect(200);
    expect(JSON.stringify(res.body)).toContain(NOTES);
    const audit = await t.dataSource.query(
      `SELECT actor_name, after FROM audit_events WHERE action = 'session.private_notes.break_glass' AND entity_id = $1`,
      [c.id],
    );
    // Who broke the glass and that a reason was given; the reason itself only as its keyed hash.
    expect(audit).toEqual([
      { actor_name: '杨光照', after: { reason: expect.stringMatching(/^hmac:[0-9a-f]{64}$/) } },
    ]);
    // A judicial officer cannot break the glass.
    const sfs = await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth(await token('sfs.wang'), { type: 'bearer' })
      .set('X-Break-Glass-Reason', encodeURIComponent('检查'))
      .expect(200);
    expect(JSON.stringify(sfs.body)).not.toContain(NOTES);
  });

  it('audits every unmasked read of personal data by the case team', async () => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.personal_data.read'`,
    );
    await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth(await token('mediator.zhao'), { type: 'bearer' })
      .expect(200);
    await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth(await token('sfs.wang'), { type: 'bearer' })
      .expect(200);
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.personal_data.read'`,
    );
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('keeps private notes encrypted in the database', async () => {
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mediation_sessions WHERE encode(private_notes_enc, 'escape') LIKE '%两千元%'`,
    );
    expect(rows[0].n).toBe(0);
  });
});
