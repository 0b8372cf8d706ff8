import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, caseInMediation, mediatorId, type CaseRef } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-docs-'));

/** Extracted text with the run's dates and numbers made stable, for reviewed snapshots. */
function stableText(pdf: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().replace(/\s{2,}/g, ' '))
    .filter(Boolean)
    .join('\n')
    .replace(/\(\d{4}\)枫老调字第\d{4}号/g, '(YYYY)枫老调字第NNNN号')
    .replace(/\d{4}年\d{1,2}月\d{1,2}日/g, 'YYYY年M月D日')
    .replace(/(\S+) \d{4}-\d{2}-\d{2} \d{2}:\d{2} 打印/g, '$1 YYYY-MM-DD HH:MM 打印')
    .replace(/\(\d+岁\)/g, '(N岁)');
}

describe('printable case documents', () => {
  let t: TestApp;
  let c: CaseRef;
  let token: string;
  let sessionId: string;

  const fetchPdf = (path: string, user = token) =>
    t
      .http()
      .get(path)
      .auth(user, { type: 'bearer' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    token = await t.tokenOf('mediator.yang');
    const session = await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(token, { type: 'bearer' })
      .send({
        mode: 'face_to_face',
        startedAt: '2026-11-20T09:00:00+08:00',
        endedAt: '2026-11-20T10:30:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: c.parties.map((p) => p.id),
        mediatorIds: [await mediatorId(t, '杨建国')],
        participants: [{ name: '李书记', relation: '村党支部书记', consent: true }],
        summary: '双方陈述了漏水经过。\n被申请人同意维修防水层。',
        privateNotes: '申请人私下表示可以让步',
      })
      .expect(201);
    sessionId = session.body.id;
  });
  afterAll(() => t.close());

  it.each(['application.pdf', 'acceptance.pdf', 'rights-notice.pdf'])(
    'renders %s as reviewed',
    async (document) => {
      const res = await fetchPdf(`/api/cases/${c.id}/documents/${document}`).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(stableText(res.body as Buffer)).toMatchSnapshot();
    },
  );

  it('renders the session record without the private notes', async () => {
    const res = await fetchPdf(`/api/sessions/${sessionId}/record.pdf`).expect(200);
    const text = stableText(res.body as Buffer);
    expect(text).not.toContain('可以让步');
    expect(text).toMatchSnapshot();
  });

  it('renders the termination notice with the routes once the mediation is terminated', async () => {
    await fetchPdf(`/api/cases/${c.id}/documents/termination.pdf`).expect(409);
    await act(t, 'mediator.yang', c.id, 'terminate', {
      reason: '被申请人拒绝承担任何费用,双方分歧过大',
      routesInformed: '已告知申请人可以向诸暨市人民法院提起诉讼,或向物业主管部门投诉。',
    });
    const res = await fetchPdf(`/api/cases/${c.id}/documents/termination.pdf`).expect(200);
    expect(stableText(res.body as Buffer)).toMatchSnapshot();
  });

  it('prints for the case team and the director only, and answers unknown documents with 404', async () => {
    await fetchPdf(`/api/cases/${c.id}/documents/application.pdf`, await t.tokenOf('director.yang')).expect(
      200,
    );
    await fetchPdf(`/api/cases/${c.id}/documents/application.pdf`, await t.tokenOf('sfs.wang')).expect(403);
    await fetchPdf(`/api/cases/${c.id}/documents/application.pdf`, await t.tokenOf('court.li')).expect(403);
    await fetchPdf(`/api/cases/${c.id}/documents/secret.pdf`).expect(404);
    await fetchPdf(`/api/sessions/00000000-0000-4000-8000-000000000000/record.pdf`).expect(404);
  });
});
