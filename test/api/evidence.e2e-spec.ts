import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { DEIDENTIFIED_MARKER, SENSITIVE_MARKER } from '../../api/src/modules/cases/case-sensitivity.js';
import { act, caseInMediation, type CaseRef, expectOk, registerCase } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A one-page PDF written by poppler's own tools' counterpart: the smallest valid PDF by hand. */
function onePagePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * 证据材料 (docs/api.md "Additions of 2026-12", docs/domain.md §3 form 6): files decoded and bounded
 * like every upload, encrypted at rest, their texts hidden where a sensitive case's are, the file
 * opened only by who prints the case's forms, and nothing of their content in the audit trail.
 */
describe('evidence of a case', () => {
  let t: TestApp;
  let c: CaseRef;
  const png = readFileSync('test/api/fixtures/signature.png');
  let photo: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    // A phone photo: JPEG with EXIF, which is dropped when the file is re-encoded.
    photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c8b89a' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: '王秀英', Copyright: '13800138000' } } })
      .toBuffer();
  });
  afterAll(() => t.close());

  const add = async (
    caseId: string,
    file: Buffer,
    name: string,
    fields: Record<string, string> = {},
    username = 'mediator.yang',
  ) => {
    let req = t
      .http()
      .post(`/api/cases/${caseId}/evidence`)
      .auth(await t.tokenOf(username), { type: 'bearer' });
    for (const [key, value] of Object.entries({ description: '天花板受损照片', source: 'party', ...fields }))
      req = req.field(key, value);
    return req.attach('file', file, name);
  };
  const added = async (...args: Parameters<typeof add>) => {
    const res = await add(...args);
    expect([res.status, res.body.code]).toEqual([201, undefined]);
    return res;
  };
  const list = async (caseId: string, username: string, breakGlass?: string) => {
    const req = t
      .http()
      .get(`/api/cases/${caseId}/evidence`)
      .auth(await t.tokenOf(username), { type: 'bearer' });
    return breakGlass ? req.set('X-Break-Glass-Reason', encodeURIComponent(breakGlass)) : req;
  };
  const open = async (id: string, username: string, breakGlass?: string) => {
    const req = t
      .http()
      .get(`/api/evidence/${id}/file`)
      .auth(await t.tokenOf(username), { type: 'bearer' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    return breakGlass ? req.set('X-Break-Glass-Reason', encodeURIComponent(breakGlass)) : req;
  };
  const ok = async (pending: ReturnType<typeof list>) => {
    const res = await pending;
    expect(res.status).toBe(200);
    return res;
  };
  const stored = async (caseId: string) =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM case_evidence WHERE case_id = $1', [caseId]))[0]
      .n as number;

  it('keeps a photo re-encoded without its EXIF and a PDF, encrypted, and gives them back', async () => {
    const first = await added(c.id, photo, '现场照片.jpg', { obtainedOn: '2026-11-28' });
    expect(first.body).toMatchObject({
      description: '天花板受损照片',
      source: 'party',
      sensitivity: 'normal',
      obtainedOn: '2026-11-28',
      filename: '现场照片.jpg',
      contentType: 'image/jpeg',
      pages: 1,
      mayOpen: true,
    });
    const pdf = await added(c.id, onePagePdf(), '维修报价单.pdf', {
      description: '维修公司报价单',
      source: 'investigation',
    });
    expect(pdf.body).toMatchObject({ contentType: 'application/pdf', pages: 1 });

    const file = await ok(open(first.body.id as string, 'mediator.yang'));
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(sha256(file.body as Buffer)).toBe(first.body.sha256);
    const exif = (await sharp(file.body as Buffer).metadata()).exif;
    expect(exif?.includes(Buffer.from('13800138000')) ?? false).toBe(false);

    // At rest: neither the bytes nor the EXIF text are in the table in clear.
    const [row] = await t.dataSource.query<{ hits: number }[]>(
      `SELECT count(*)::int AS hits FROM case_evidence
        WHERE case_id = $1 AND (position($2::bytea IN data_enc) > 0 OR position('%PDF-'::bytea IN data_enc) > 0)`,
      [c.id, (file.body as Buffer).subarray(0, 64)],
    );
    expect(row!.hits).toBe(0);

    // A retried upload of the same file adds nothing.
    const again = await added(c.id, photo, '现场照片.jpg');
    expect(again.body.id).toBe(first.body.id);
    const listed = await ok(list(c.id, 'mediator.yang'));
    expect(listed.body.map((e: { filename: string }) => e.filename)).toEqual([
      '现场照片.jpg',
      '维修报价单.pdf',
    ]);
  });

  it('refuses hostile and malformed uploads with a clear 4xx and stores nothing', async () => {
    const fresh = await caseInMediation(t);
    const cases: [Buffer, string, Record<string, string>, number, string][] = [
      [Buffer.from('<html><script>alert(1)</script></html>'), 'x.png', {}, 415, 'SCAN_TYPE'],
      [png, '证据.html', {}, 415, 'SCAN_TYPE'],
      [png.subarray(0, 40), '残缺.png', {}, 422, 'SCAN_UNREADABLE'],
      [Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\n'), '半截.pdf', {}, 422, 'SCAN_UNREADABLE'],
      [Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]), 'big.png', {}, 413, 'EVIDENCE_TOO_LARGE'],
      [png, 'a.png', { source: 'hearsay' }, 400, 'VALIDATION_FAILED'],
      [png, 'a.png', { description: '' }, 400, 'VALIDATION_FAILED'],
      [png, 'a.png', { description: '证'.repeat(501) }, 400, 'VALIDATION_FAILED'],
      [png, 'a.png', { obtainedOn: '2999-01-01' }, 400, 'VALIDATION_FAILED'],
      [png, 'a.png', { sensitivity: 'secret' }, 400, 'VALIDATION_FAILED'],
    ];
    const answers: string[] = [];
    for (const [file, name, fields, status, code] of cases) {
      const res = await add(fresh.id, file, name, fields);
      answers.push(`${name} ${res.status} ${res.body.code}`);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const none = await t
      .http()
      .post(`/api/cases/${fresh.id}/evidence`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .field('description', '无文件')
      .field('source', 'party');
    expect(none.status).toBe(400);
    expect(await stored(fresh.id)).toBe(0);
  });

  it('is for the case team to add; outside the scope 404, in it without the power 403', async () => {
    const outsider = await add(c.id, png, 'a.png', {}, 'mediator.zhou');
    expect([outsider.status, outsider.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
    const clerk = await add(c.id, png, 'a.png', {}, 'clerk.yang');
    expect(clerk.status).toBe(403);
    const officer = await add(c.id, png, 'a.png', {}, 'sfs.wang');
    expect(officer.status).toBe(403);
    expect(await stored(c.id)).toBe(2);

    const [first] = (await list(c.id, 'mediator.yang')).body as { id: string }[];
    expect((await list(c.id, 'mediator.zhou')).status).toBe(404);
    expect((await open(first!.id, 'mediator.zhou')).status).toBe(404);
    // The 司法所 reads the list (it supervises) but opens no file: files carry full personal data.
    const supervised = await ok(list(c.id, 'sfs.wang'));
    expect(supervised.body[0]).toMatchObject({ description: '天花板受损照片', mayOpen: false });
    expect((await open(first!.id, 'sfs.wang')).status).toBe(403);
    // The county bureau's drill-down is de-identified: no texts, no file names.
    const county = await ok(list(c.id, 'county.chen'));
    expect(county.body[0]).toMatchObject({ description: DEIDENTIFIED_MARKER, filename: DEIDENTIFIED_MARKER });
  });

  it('keeps a sensitive piece inside the case team; the director opens it by break-glass, audited', async () => {
    const family = await caseInMediation(t);
    const piece = await added(family.id, photo, '王秀英病历.jpg', {
      description: '申请人住院病历(抑郁症)',
      sensitivity: 'sensitive',
    });
    const id = piece.body.id as string;
    const team = await ok(list(family.id, 'mediator.zhao'));
    expect(team.body[0]).toMatchObject({ description: '申请人住院病历(抑郁症)', mayOpen: true });
    await ok(open(id, 'mediator.zhao'));

    for (const username of ['director.yang', 'clerk.yang', 'sfs.wang']) {
      const seen = await ok(list(family.id, username));
      expect(seen.body[0]).toMatchObject({
        description: SENSITIVE_MARKER,
        filename: SENSITIVE_MARKER,
        mayOpen: false,
      });
      expect(JSON.stringify(seen.body)).not.toContain('病历');
    }
    const refused = await open(id, 'director.yang');
    expect([refused.status, JSON.parse(String(refused.body)).code]).toEqual([403, 'SENSITIVE_CASE']);

    const reason = '当事人投诉调解员,须核查材料';
    const opened = await ok(list(family.id, 'director.yang', reason));
    expect(opened.body[0]).toMatchObject({ description: '申请人住院病历(抑郁症)', mayOpen: true });
    const file = await ok(open(id, 'director.yang', reason));
    expect(sha256(file.body as Buffer)).toBe(piece.body.sha256);
    const audit = await t.dataSource.query<{ action: string; text: string }[]>(
      `SELECT action, coalesce(before::text, '') || coalesce(after::text, '') AS text FROM audit_events
        WHERE entity_id = $1 ORDER BY seq`,
      [family.id],
    );
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['evidence.add', 'evidence.open', 'case.sensitive.break_glass']),
    );
    // Who, what and which record; never the description or the file name.
    const trail = JSON.stringify(audit);
    expect(trail).not.toContain('病历');
    expect(trail).not.toContain('抑郁');
    expect(trail).not.toContain('王秀英');
  });

  it('takes no evidence once the case is finished (409)', async () => {
    const rejected = await registerCase(t, 'mediator.yang');
    expectOk(await act(t, 'mediator.yang', rejected.id, 'reject', { reason: '不属于人民调解范围' }));
    const res = await add(rejected.id, png, 'a.png');
    expect([res.status, res.body.code]).toEqual([409, 'CASE_FINISHED']);
    expect(res.body.message).toContain('不能再添加证据材料');
    expect(await stored(rejected.id)).toBe(0);
  });
});
