import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { AgreementScansService } from '../../api/src/modules/agreements/agreement-scans.service.js';
import { act, caseInMediation, mediatorId, type CaseRef } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-paper-'));
const SCAN = '调解协议签署件(扫描件)';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pagesOf = (pdf: Buffer) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))![1]);

/** Rural parties sign the printed agreement by hand; the scan goes back into the record (docs/domain.md §10.5). */
describe('paper signing: scans of the signed copy instead of drawn signatures', () => {
  let t: TestApp;
  let c: CaseRef;
  let mediator: string;
  let agreementId: string;
  const png = readFileSync('test/api/fixtures/signature.png');
  let draftPdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    mediator = await t.tokenOf('mediator.yang');
    c = await caseInMediation(t);
    const [applicant, respondent] = c.parties;
    const created = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(mediator, { type: 'bearer' })
      .send({
        form: 'written',
        facts: '楼上漏水致楼下天花板受损。',
        responsibility: '被申请人负全部责任。',
        performance: '当面履行。',
        terms: [
          {
            obligorPartyId: respondent!.id,
            obligeePartyId: applicant!.id,
            kind: 'apologise',
            text: '刘建平向王秀英赔礼道歉',
          },
        ],
      })
      .expect(201);
    agreementId = created.body.id as string;
    draftPdf = (await binary(`/api/agreements/${agreementId}/pdf`).expect(200)).body as Buffer;
  });
  afterAll(() => t.close());

  function binary(path: string, token = mediator) {
    return t
      .http()
      .get(path)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  }
  const upload = (file: Buffer, name: string, token = mediator, contentType?: string) =>
    t
      .http()
      .post(`/api/agreements/${agreementId}/scans`)
      .auth(token, { type: 'bearer' })
      .attach('file', file, contentType ? { filename: name, contentType } : name);
  const finalise = (body: object) =>
    t.http().post(`/api/agreements/${agreementId}/finalise`).auth(mediator, { type: 'bearer' }).send(body);

  it('refuses a paper finalise without a scan', async () => {
    const res = await finalise({ paperSigned: true }).expect(422);
    expect(res.body).toMatchObject({ code: 'SCAN_REQUIRED' });
    expect(res.body.message).toContain('扫描件');
  });

  it('decides the type by the file’s bytes and limits the size, changing nothing when refused', async () => {
    const fake = await upload(
      Buffer.from('这其实是一段文字,不是扫描件'),
      '签署件.pdf',
      mediator,
      'application/pdf',
    ).expect(415);
    expect(fake.body).toMatchObject({ statusCode: 415, code: 'SCAN_TYPE' });
    expect(fake.body.message).toContain('PDF、JPEG 或 PNG');
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(big, 'big.png').expect(413);
    expect(tooBig.body).toMatchObject({ code: 'SCAN_TOO_LARGE', message: '扫描件不能超过 10 MB' });
    const broken = await upload(png.subarray(0, 40), '残缺.png').expect(422);
    expect(broken.body.code).toBe('SCAN_UNREADABLE');
    const outsider = await upload(png, 'x.png', await t.tokenOf('mediator.zhou')).expect(404);
    expect(outsider.body.code).toBe('AGREEMENT_NOT_FOUND');
    const detail = await t
      .http()
      .get(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .expect(200);
    expect(detail.body).toMatchObject({ status: 'draft', scans: [] });
  });

  it('keeps scans (PNG named .jpg, and a PDF) on the agreement and freezes its text', async () => {
    const first = await upload(png, '第1页 签名.jpg', mediator, 'image/jpeg').expect(201);
    expect(first.body.status).toBe('signing');
    const second = await upload(draftPdf, '协议书签署件.pdf').expect(201);
    expect(second.body.scans).toEqual([
      {
        id: expect.any(String),
        filename: '第1页 签名.jpg',
        // The clean copy images.ts re-encodes is kept (and hashed), not the bytes as uploaded.
        contentType: 'image/png',
        size: expect.any(Number),
        pages: 1,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        uploadedAt: expect.any(String),
        uploadedBy: '杨建国',
      },
      expect.objectContaining({
        filename: '协议书签署件.pdf',
        contentType: 'application/pdf',
        size: draftPdf.length,
        pages: pagesOf(draftPdf),
      }),
    ]);
    const patched = await t
      .http()
      .patch(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .send({ version: second.body.version, facts: '改写' })
      .expect(409);
    expect(patched.body.code).toBe('AGREEMENT_FROZEN');

    const retried = await upload(png, '重传.png').expect(201);
    expect(retried.body.scans).toHaveLength(2);

    const scanId = first.body.scans[0].id as string;
    const download = await binary(`/api/agreements/${agreementId}/scans/${scanId}`).expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    // The download is the stored clean copy (flattened on white): the listed hash matches it.
    expect(sha256(download.body as Buffer)).toBe(first.body.scans[0].sha256);
    const [kept, original] = await Promise.all(
      [download.body as Buffer, png].map((b) => sharp(b).metadata()),
    );
    expect([kept!.width, kept!.height, kept!.hasAlpha]).toEqual([original!.width, original!.height, false]);
    await binary(`/api/agreements/${agreementId}/scans/${scanId}`, await t.tokenOf('mediator.zhou')).expect(
      404,
    );
    await binary(`/api/agreements/${agreementId}/scans/${agreementId}`).expect(404);
  });

  it('keeps the scans encrypted at rest: their bytes are not in the table in clear', async () => {
    const rows = await t.dataSource.query<{ data: Buffer | null; data_enc: Buffer; pages: number }[]>(
      'SELECT data, data_enc, pages FROM agreement_scans WHERE agreement_id = $1 ORDER BY uploaded_at',
      [agreementId],
    );
    expect(rows.map((r) => [r.data, r.pages])).toEqual([
      [null, 1],
      [null, expect.any(Number)],
    ]);
    // Any 32-byte window of the PDF as uploaded (kept as is) would be found in a clear copy.
    const windows = [0, 200, 1000, draftPdf.length - 40].map((at) => draftPdf.subarray(at, at + 32));
    const [clear] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM agreement_scans
        WHERE agreement_id = $1 AND (position($2::bytea IN coalesce(data, data_enc)) > 0
           OR position($3::bytea IN coalesce(data, data_enc)) > 0 OR position($4::bytea IN coalesce(data, data_enc)) > 0
           OR position($5::bytea IN coalesce(data, data_enc)) > 0 OR position('%PDF-'::bytea IN coalesce(data, data_enc)) > 0)`,
      [agreementId, ...windows],
    );
    expect(clear!.n).toBe(0);
  });

  it('encrypts a scan stored in clear before, on start, and still serves it', async () => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agreement_scans WHERE agreement_id = $1 AND content_type = 'application/pdf'`,
      [agreementId],
    );
    // As the row was before migration 1795361000000: bytes in clear, no page count.
    await t.dataSource.query(
      'UPDATE agreement_scans SET data = $2, data_enc = NULL, pages = NULL WHERE id = $1',
      [row!.id, draftPdf],
    );
    const service = t.app.get(AgreementScansService);
    expect(await service.encryptLegacyScans()).toBe(1);
    const [after] = await t.dataSource.query<
      { data: Buffer | null; data_enc: Buffer | null; pages: number }[]
    >('SELECT data, data_enc, pages FROM agreement_scans WHERE id = $1', [row!.id]);
    expect(after!.data).toBeNull();
    expect(after!.data_enc!.includes(draftPdf.subarray(0, 32))).toBe(false);
    expect(after!.pages).toBe(pagesOf(draftPdf));
    const download = await binary(`/api/agreements/${agreementId}/scans/${row!.id}`).expect(200);
    expect((download.body as Buffer).equals(draftPdf)).toBe(true);
    expect(await service.encryptLegacyScans()).toBe(0);
  });

  it('makes the agreement effective with paperSigned once the director approves the seal', async () => {
    const drawn = await finalise({}).expect(422);
    expect(drawn.body.code).toBe('SIGNATURES_MISSING');
    const asked = await finalise({ paperSigned: true }).expect(202);
    expect(asked.body).toMatchObject({ status: 'signing', sealRequestedBy: '杨建国' });
    const res = await t
      .http()
      .post(`/api/agreements/${agreementId}/seal-approval`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .send({ decision: 'approve' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'effective', paperSigned: true, check: { complete: true } });
    const pdf = (await binary(`/api/agreements/${agreementId}/pdf`).expect(200)).body as Buffer;
    writeFileSync(join(dir, 'paper.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'paper.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(text).toContain('纸质签署');
    expect(text).not.toContain('草稿');
    expect(execFileSync('pdfsig', [join(dir, 'paper.pdf')], { encoding: 'utf8' })).toContain(
      'Signature is Valid.',
    );
    const late = await upload(png, 'late.png').expect(409);
    expect(late.body.code).toBe('AGREEMENT_FROZEN');
  });

  it('binds the scans into the case file right after the agreement, listed in the index', async () => {
    await t.dataSource.query(
      `INSERT INTO mediation_sessions (case_id, mode, started_at, place, party_ids, mediator_ids, summary, recorded_by_id)
       SELECT $1, 'face_to_face', now() - interval '2 days', '老杨调解中心', ARRAY(SELECT id FROM parties WHERE case_id = $1), ARRAY[$2::uuid], '双方当面达成协议', registered_by_id FROM cases WHERE id = $1`,
      [c.id, await mediatorId(t, '杨建国')],
    );
    await t
      .http()
      .post(`/api/agreements/${agreementId}/performance`)
      .auth(mediator, { type: 'bearer' })
      .send({ termIndex: 0, performedAt: '2026-11-21T10:00:00+08:00' })
      .expect(201);
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
    const closed = await act(t, 'director.yang', c.id, 'close');
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect((await act(t, 'director.yang', c.id, 'archive', { retention: 'permanent' })).status).toBe(200);
    const volume = (
      await binary(`/api/cases/${c.id}/volume.pdf`, await t.tokenOf('director.yang')).expect(200)
    ).body as Buffer;
    const file = join(dir, 'volume.pdf');
    writeFileSync(file, volume);
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
      SCAN,
      SCAN,
      '人民调解回访记录',
    ]);
    const pageText = (page: number) =>
      execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, '');
    for (const entry of entries) expect(pageText(entry.page).startsWith(entry.title)).toBe(true);
    const [pngScan, pdfScan, visit] = entries.slice(4);
    expect(pageText(pngScan!.page)).toContain('第1页签名.jpg');
    // The scanned PDF follows page by page, each page an image under its caption.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const draftPages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: draftPdf, encoding: 'utf8' }))![1],
    );
    expect(visit!.page - pdfScan!.page).toBe(draftPages);
    expect(pages).toBeGreaterThanOrEqual(visit!.page);
    expect(pageText(pdfScan!.page)).toContain(`第1页,共${draftPages}页`);
    const images = execFileSync('pdfimages', ['-list', '-f', String(pngScan!.page), file], {
      encoding: 'utf8',
    });
    expect(
      images.split('\n').filter((line) => /^\s+\d+\s+\d+\s+image/.test(line)).length,
    ).toBeGreaterThanOrEqual(1 + draftPages);
    expect(pageText(entries[3]!.page)).toContain('纸质签署');
  });
});
