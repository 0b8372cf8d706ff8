import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveAgreement } from './support/agreement-flow.js';
import { act, caseInMediation, createUser, mediatorId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-volume-'));
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');

describe('the case file (卷宗)', () => {
  let t: TestApp;
  let mediator: string;
  beforeAll(async () => {
    t = await createTestApp();
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const fetchPdf = (path: string, token: string) =>
    t
      .http()
      .get(path)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  it('binds a closed case into one volume whose index page numbers match its pages', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(mediator, { type: 'bearer' })
      .send({
        mode: 'site_visit',
        startedAt: '2026-11-19T09:00:00+08:00',
        place: '枫源村 12 号',
        partyIds: [],
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '查看漏水点',
      })
      .expect(409); // the case has an effective agreement now; the site visit came earlier in reality:
    await t.dataSource.query(
      `INSERT INTO mediation_sessions (case_id, mode, started_at, place, party_ids, mediator_ids, summary, recorded_by_id)
       SELECT $1, 'face_to_face', now() - interval '2 days', '老杨调解中心', ARRAY(SELECT id FROM parties WHERE case_id = $1), ARRAY[$2::uuid], '双方当面达成协议', registered_by_id FROM cases WHERE id = $1`,
      [c.id, await mediatorId(t, '杨建国')],
    );
    for (const termIndex of [0, 1]) {
      await t
        .http()
        .post(`/api/agreements/${agreementId}/performance`)
        .auth(mediator, { type: 'bearer' })
        .send({ termIndex, performedAt: '2026-11-21T10:00:00+08:00' })
        .expect(201);
    }
    await t
      .http()
      .post(`/api/cases/${c.id}/return-visits`)
      .auth(mediator, { type: 'bearer' })
      .send({
        visitedAt: '2026-11-28T10:00:00+08:00',
        partyId: c.parties[0]!.id,
        performance: 'performed',
        satisfaction: 5,
        note: '已履行完毕',
      })
      .expect(201);
    expect((await act(t, 'director.yang', c.id, 'close')).status).toBe(200);
    const archived = await act(t, 'director.yang', c.id, 'archive', { retention: 'permanent' });
    expect(archived.status).toBe(200);
    const director = await t.tokenOf('director.yang');
    const res = await fetchPdf(`/api/cases/${c.id}/volume.pdf`, director).expect(200);
    // The supervising 司法所 reviews the volume (docs/domain.md §10.6), audited as a print; the county does not.
    await fetchPdf(`/api/cases/${c.id}/volume.pdf`, await t.tokenOf('sfs.wang')).expect(200);
    const printed = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events a JOIN users u ON u.id = a.actor_id
        WHERE u.username = 'sfs.wang' AND a.action = 'document.print' AND a.entity_id = $1`,
      [c.id],
    );
    expect(printed[0]!.n).toBe(1);
    const county = await createUser(t, 'county_bureau', '诸暨市司法局');
    await fetchPdf(`/api/cases/${c.id}/volume.pdf`, await t.tokenOf(county)).expect(403);
    const file = join(dir, 'volume.pdf');
    writeFileSync(file, res.body as Buffer);

    const cover = pageText(file, 1);
    expect(cover).toContain('调解卷宗');
    expect(cover).toContain('保管期限:永久');
    const index = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
    const entries = [...index.matchAll(/\d+\.\s*(\S+?)\(第\s*(\d+)\s*页\)/g)].map((m) => ({
      title: m[1]!,
      page: Number(m[2]),
    }));
    expect(entries.map((e) => e.title)).toEqual([
      '人民调解受理登记表',
      '人民调解当事人权利义务告知书',
      '人民调解记录',
      '人民调解协议书',
      '人民调解回访记录',
    ]);
    // Each document starts on the page the index gives.
    for (const entry of entries) expect(pageText(file, entry.page).startsWith(entry.title)).toBe(true);
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(all).toContain('卷宗副本');
    expect(all).toContain('刘建平支付王秀英维修费3000元');
  });

  it('refuses to archive while required items are missing, naming each, and binds nothing', async () => {
    const c = await caseInMediation(t, {
      parties: [
        { role: 'applicant', kind: 'person', name: '无证件', sex: 'male' },
        { role: 'respondent', kind: 'person', name: '有证件', idNumber: '330681196008080039' },
      ],
    });
    await act(t, 'mediator.yang', c.id, 'terminate', {
      reason: '调解不成',
      routesInformed: '已告知可以起诉',
    });
    await act(t, 'director.yang', c.id, 'close');
    const res = await act(t, 'director.yang', c.id, 'archive');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VOLUME_INCOMPLETE');
    expect(res.body.details.map((d: { message: string }) => d.message)).toEqual([
      '当事人身份证明:无证件未登记身份证件号码',
      '人民调解记录:没有面对面调解或现场查看的记录',
    ]);
    const [{ status }] = await t.dataSource.query('SELECT status FROM cases WHERE id = $1', [c.id]);
    expect(status).toBe('closed');
    await fetchPdf(`/api/cases/${c.id}/volume.pdf`, await t.tokenOf('director.yang')).expect(404);
  });
});
