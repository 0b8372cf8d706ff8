import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CODE_ATTEMPTS } from '../../api/src/modules/party/party-channel.service.js';
import { caseInMediation, type CaseRef, mediatorId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 23: a party reaches its own case with a one-time link and an SMS code, and nothing else.
 * Attacks modelled: a link used twice, an expired link, wrong codes until the link locks, a staff
 * session on a party route, a party looking for another party's numbers or the private notes.
 */
describe('the parties’ own channel: links, codes, the party’s view', () => {
  let t: TestApp;
  let c: CaseRef;
  const outbox = mkdtempSync(join(tmpdir(), 'tiaojie-sms-'));
  const PRIVATE = '申请人情绪激动,私下表示可以让步到一千元';
  beforeAll(async () => {
    t = await createTestApp({ TIAOJIE_SMS: `outbox:${outbox}` });
    c = await caseInMediation(t);
    const mediator = await t.tokenOf('mediator.yang');
    const session = async (mode: string, partyIds: string[], summary: string) =>
      t
        .http()
        .post(`/api/cases/${c.id}/sessions`)
        .auth(mediator, { type: 'bearer' })
        .send({
          mode,
          startedAt: '2026-11-20T09:00:00+08:00',
          place: '调解室',
          partyIds,
          mediatorIds: [await mediatorId(t, '杨建国')],
          summary,
          privateNotes: PRIVATE,
        })
        .expect(201);
    await session(
      'face_to_face',
      c.parties.map((p) => p.id),
      '双方当面陈述,同意修复天花板',
    );
    await session('back_to_back', [c.parties[1]!.id], '单独听取被申请人意见');
  });
  afterAll(() => t.close());

  const messagesTo = (phone: string) =>
    readdirSync(outbox)
      .sort()
      .map((f) => JSON.parse(readFileSync(join(outbox, f), 'utf8')) as { to: string; text: string })
      .filter((m) => m.to === phone);
  const lastTo = (phone: string) => messagesTo(phone).at(-1)!.text;
  const link = async (partyIndex: number, purpose: string, username = 'mediator.yang') =>
    t
      .http()
      .post(`/api/cases/${c.id}/party-links`)
      .auth(await t.tokenOf(username), { type: 'bearer' })
      .send({ partyId: c.parties[partyIndex]!.id, purpose });
  const tokenIn = (text: string) => /\/p\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
  const codeIn = (text: string) => /验证码 (\d{6})/.exec(text)![1]!;
  const otp = (token: string) => t.http().post('/api/party/otp').send({ token });
  const open = (token: string, code: string) => t.http().post('/api/party/session').send({ token, code });
  /** A fresh link for the applicant, its code, and the session it opens. */
  const partySession = async (purpose: string) => {
    expect((await link(0, purpose)).status).toBe(201);
    const token = tokenIn(lastTo('13800000001'));
    expect((await otp(token)).status).toBe(204);
    const res = await open(token, codeIn(lastTo('13800000001')));
    expect(res.status).toBe(200);
    return { token, access: res.body.accessToken as string };
  };

  it('is sent by the case team only', async () => {
    expect((await link(0, 'read', 'mediator.zhou')).status).toBe(404);
    expect((await link(0, 'read', 'sfs.wang')).status).toBe(403);
    expect((await link(0, 'read', 'clerk.yang')).status).toBe(403);
    const bad = await link(0, 'pay');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const sent = await link(0, 'read');
    expect(sent.status).toBe(201);
    expect(lastTo('13800000001')).toMatch(/老杨调解中心请您查阅调解文书:http:\/\/\S+\/p\/[A-Za-z0-9_-]{32}/);
  });

  it('opens the party’s own case, and nothing of the others’ numbers or the private notes', async () => {
    const { token, access } = await partySession('read');
    const view = await t.http().get('/api/party/case').auth(access, { type: 'bearer' });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      caseNumber: c.caseNumber,
      purpose: 'read',
      self: { name: '王秀英', phone: '13800000001' },
      otherParties: [{ name: '刘建平', role: 'respondent' }],
      jointSessions: [{ summary: '双方当面陈述,同意修复天花板' }],
    });
    const text = JSON.stringify(view.body);
    for (const secret of ['13900000002', '13700000003', PRIVATE, '单独听取', '330681'])
      expect(text).not.toContain(secret);
    // The link opened its one session: used again, it opens nothing.
    expect((await otp(token)).body.code).toBe('LINK_INVALID');
    // No staff session counts as a party's, and no session is no session.
    const staff = await t
      .http()
      .get('/api/party/case')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' });
    expect([staff.status, staff.body.code]).toEqual([401, 'PARTY_SESSION_REQUIRED']);
    expect((await t.http().get('/api/party/case')).status).toBe(401);
  });

  it('locks a link after wrong codes, and refuses an expired one or a code asked again too soon', async () => {
    expect((await link(0, 'read')).status).toBe(201);
    const token = tokenIn(lastTo('13800000001'));
    expect((await otp(token)).status).toBe(204);
    const code = codeIn(lastTo('13800000001'));
    const again = await otp(token);
    expect([again.status, again.body.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    const wrong = code === '000000' ? '000001' : '000000';
    const answers: string[] = [];
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) {
      const res = await open(token, wrong);
      answers.push(`${res.status} ${res.body.code}`);
    }
    expect(answers).toEqual([...Array(MAX_CODE_ATTEMPTS - 1).fill('401 CODE_WRONG'), '423 LINK_LOCKED']);
    // Locked: even the right code opens nothing.
    expect((await open(token, code)).status).toBe(423);

    expect((await link(0, 'read')).status).toBe(201);
    const expired = tokenIn(lastTo('13800000001'));
    await t.dataSource.query(
      `UPDATE party_links SET expires_at = now() - interval '1 minute' WHERE created_at = (SELECT max(created_at) FROM party_links)`,
    );
    expect((await otp(expired)).body.code).toBe('LINK_INVALID');
    expect((await open('x'.repeat(32), '123456')).body.code).toBe('LINK_INVALID');
    const stored = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM party_links WHERE token_hash = $1 OR code_hash = $2`,
      [token, code],
    );
    expect(stored[0]!.n).toBe(0); // only hashes are kept
  });

  it('takes the party’s own evaluation once, through an evaluate link only', async () => {
    const reader = await partySession('read');
    const refused = await t
      .http()
      .post('/api/party/evaluations')
      .auth(reader.access, { type: 'bearer' })
      .send({ satisfaction: 5 });
    expect([refused.status, refused.body.code]).toEqual([403, 'LINK_PURPOSE']);
    const { access } = await partySession('evaluate');
    const send = (body: object) =>
      t.http().post('/api/party/evaluations').auth(access, { type: 'bearer' }).send(body);
    expect((await send({ satisfaction: 6 })).status).toBe(400);
    expect((await send({ satisfaction: 4, comment: '调解员很耐心' })).status).toBe(201);
    expect((await send({ satisfaction: 5 })).body.code).toBe('ALREADY_EVALUATED');
    const rows = await t.dataSource.query(
      'SELECT satisfaction, comment FROM party_evaluations WHERE case_id = $1',
      [c.id],
    );
    expect(rows).toEqual([{ satisfaction: 4, comment: '调解员很耐心' }]);
  });
});
