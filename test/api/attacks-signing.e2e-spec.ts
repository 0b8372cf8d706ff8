import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { act, caseInMediation, createUser, mediatorId, registerCase } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const FENGQIAO = '枫桥镇人民调解委员会';

/**
 * Issue 16, "Assignment and signing powers": a paper-signed agreement takes effect only when the
 * director approves the committee's seal (docs/api.md, "Agreements and documents"). Measured before:
 * a mediator finalised it alone with any file, and the PDF verified as valid.
 */
describe('attacks on the paper-signed finalise (issue 16)', () => {
  let t: TestApp;
  let clerk: string;
  let otherDirector: string;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await createUser(t, 'intake_clerk', '老杨调解中心');
    otherDirector = await createUser(t, 'director', FENGQIAO);
  });
  afterAll(() => t.close());

  const token = (username: string) => t.tokenOf(username);
  const post = async (path: string, username: string, body: object = {}) =>
    t
      .http()
      .post(path)
      .auth(await token(username), { type: 'bearer' })
      .send(body);
  const get = async (path: string, username: string) =>
    t
      .http()
      .get(path)
      .auth(await token(username), { type: 'bearer' });
  const binary = async (path: string, username: string) =>
    (
      await t
        .http()
        .get(path)
        .auth(await token(username), { type: 'bearer' })
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
    ).body as Buffer;
  const upload = async (agreementId: string, username: string, file: Buffer, name: string) =>
    t
      .http()
      .post(`/api/agreements/${agreementId}/scans`)
      .auth(await token(username), { type: 'bearer' })
      .attach('file', file, name);
  const pagesOf = (pdf: Buffer) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))![1]);

  /** A complete draft on case `caseId`, by mediator.yang; long facts so the signing copy has 2+ pages. */
  async function draft(caseId: string, parties: { id: string }[]): Promise<string> {
    const res = await post(`/api/cases/${caseId}/agreements`, 'mediator.yang', {
      form: 'written',
      facts: Array.from(
        { length: 12 },
        (_, i) => `第${i + 1}段:楼上漏水致楼下天花板受损,双方多次协商未果。`,
      ).join('\n'),
      responsibility: '被申请人负全部责任。',
      performance: '当面履行。',
      terms: [
        {
          obligorPartyId: parties[1]!.id,
          obligeePartyId: parties[0]!.id,
          kind: 'apologise',
          text: '赔礼道歉',
        },
      ],
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  /** The signing copy, "signed and scanned": uploaded back as a PDF of as many pages. */
  async function scanSigningCopy(agreementId: string, username = 'mediator.yang'): Promise<number> {
    const copy = await binary(`/api/agreements/${agreementId}/pdf?purpose=signing`, 'mediator.yang');
    expect((await upload(agreementId, username, copy, '签署件.pdf')).status).toBe(201);
    return pagesOf(copy);
  }

  it('refuses HTML polyglots as scans and a finalise without a decoded scan', async () => {
    const c = await caseInMediation(t);
    const id = await draft(c.id, c.parties);
    const html = '<html><body><script>fetch("/api/me")</script></body></html>';
    const polyglots = [
      Buffer.from(`%PDF-1.7\n${html}\n%%EOF\n`),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(html)]),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(html), Buffer.from([0xff, 0xd9])]),
    ];
    const statuses = [];
    for (const [i, file] of polyglots.entries())
      statuses.push((await upload(id, 'mediator.yang', file, `scan${i}.${['pdf', 'png', 'jpg'][i]}`)).status);
    expect(statuses).toEqual([422, 422, 422]);
    const res = await post(`/api/agreements/${id}/finalise`, 'mediator.yang', { paperSigned: true });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SCAN_REQUIRED');
  });

  it('a mediator alone cannot make a paper-signed agreement effective: he only asks the director', async () => {
    const c = await caseInMediation(t);
    const id = await draft(c.id, c.parties);
    // One scanned image for a copy of two or more pages is not the signed agreement.
    const photo = await sharp({ create: { width: 800, height: 1100, channels: 3, background: '#fafafa' } })
      .png()
      .toBuffer();
    expect((await upload(id, 'mediator.yang', photo, '最后一页.png')).status).toBe(201);
    const short = await post(`/api/agreements/${id}/finalise`, 'mediator.yang', { paperSigned: true });
    expect(short.status).toBe(422);
    expect(short.body.code).toBe('SCAN_PAGES_MISSING');
    expect(short.body.message).toMatch(/打印的签署件共\d+页,已上传1页/);

    const pages = await scanSigningCopy(id);
    expect(pages).toBeGreaterThanOrEqual(2);
    const asked = await post(`/api/agreements/${id}/finalise`, 'mediator.yang', { paperSigned: true });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      status: 'signing',
      verifyCode: null,
      pdfSha256: null,
      sealRequestedBy: '杨建国',
      sealRequestedAt: expect.any(String),
    });
    // Nor may he or the clerk approve the seal; a director of another committee does not see it.
    for (const who of ['mediator.yang', clerk]) {
      const approve = await post(`/api/agreements/${id}/seal-approval`, who, { decision: 'approve' });
      expect(approve.status).toBe(403);
    }
    expect(
      (await post(`/api/agreements/${id}/seal-approval`, otherDirector, { decision: 'approve' })).status,
    ).toBe(404);
    expect((await get(`/api/agreements/${id}`, 'mediator.yang')).body.status).toBe('signing');

    const approved = await post(`/api/agreements/${id}/seal-approval`, 'director.yang', {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'effective', paperSigned: true, sealRequestedAt: null });
    const audit = await t.dataSource.query<{ action: string; actor_name: string }[]>(
      `SELECT action, actor_name FROM audit_events WHERE entity_id = $1 AND action LIKE 'agreement.%'
        AND action <> 'agreement.scan' ORDER BY seq`,
      [id],
    );
    expect(audit.filter((a) => a.action !== 'agreement.print' && a.action !== 'agreement.create')).toEqual([
      { action: 'agreement.seal.request', actor_name: '杨建国' },
      { action: 'agreement.seal.approve', actor_name: '杨光照' },
      { action: 'agreement.finalise', actor_name: '杨光照' },
    ]);
  });

  it('an intake clerk cannot either, not even on a case he registered', async () => {
    const c = await registerCase(t, clerk);
    expect((await act(t, 'director.yang', c.id, 'accept')).status).toBe(200);
    expect(
      (
        await act(t, 'director.yang', c.id, 'assign', {
          presidingMediatorId: await mediatorId(t, '杨建国'),
          mediatorIds: [],
          chosenBy: 'committee',
        })
      ).status,
    ).toBe(200);
    const id = await draft(c.id, c.parties);
    await scanSigningCopy(id, clerk);
    const res = await post(`/api/agreements/${id}/finalise`, clerk, { paperSigned: true });
    expect(res.status === 202 || res.status === 403).toBe(true);
    const after = await get(`/api/agreements/${id}`, 'director.yang');
    expect(after.body).toMatchObject({ status: 'signing', verifyCode: null });
    expect((await post(`/api/agreements/${id}/seal-approval`, clerk, { decision: 'approve' })).status).toBe(
      403,
    );
    expect((await get(`/api/agreements/${id}`, 'director.yang')).body.status).toBe('signing');
  });

  it('lets the director refuse with a reason, sending the request back', async () => {
    const c = await caseInMediation(t);
    const id = await draft(c.id, c.parties);
    const early = await post(`/api/agreements/${id}/seal-approval`, 'director.yang', { decision: 'approve' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SEAL_NOT_REQUESTED');
    await scanSigningCopy(id);
    expect(
      (await post(`/api/agreements/${id}/finalise`, 'mediator.yang', { paperSigned: true })).status,
    ).toBe(202);
    const noReason = await post(`/api/agreements/${id}/seal-approval`, 'director.yang', {
      decision: 'refuse',
    });
    expect(noReason.status).toBe(400);
    const refused = await post(`/api/agreements/${id}/seal-approval`, 'director.yang', {
      decision: 'refuse',
      reason: '第2页扫描不清,请重新扫描',
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'signing', sealRequestedAt: null, sealRequestedBy: null });
    const again = await post(`/api/agreements/${id}/seal-approval`, 'director.yang', { decision: 'approve' });
    expect(again.body.code).toBe('SEAL_NOT_REQUESTED');
    const [refusal] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'agreement.seal.refuse'`,
      [id],
    );
    expect(refusal!.n).toBe(1);
    // The director who holds the seal may finalise a paper-signed agreement himself.
    const own = await post(`/api/agreements/${id}/finalise`, 'director.yang', { paperSigned: true });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ status: 'effective', paperSigned: true });
  });
});
