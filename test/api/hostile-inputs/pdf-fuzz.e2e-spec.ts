import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { draftAgreement } from '../support/agreement-flow.js';
import { caseInMediation } from '../support/factories.js';
import { type HostileApp, hostileApp, underAttack, expectResponsive } from './harness.js';

/** A one-page PDF whose page content is `content` as one stream (the xref offsets are computed). */
function pdfWith(content: Buffer, filter = ''): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  const size = () => parts.reduce((n, p) => n + p.length, 0);
  objects.forEach((body, i) => {
    offsets.push(size());
    parts.push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`));
  });
  offsets.push(size());
  parts.push(Buffer.from(`4 0 obj\n<< /Length ${content.length}${filter} >>\nstream\n`), content);
  parts.push(Buffer.from('\nendstream\nendobj\n'));
  const xref = size();
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${rows}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/**
 * The fuzz arm for PDFs: mutants of a real issued-looking PDF and of a hand-made one, and a few
 * hand-made bombs (a stream inflating to 200 MB, 100,000 nested arrays, a page tree claiming a billion
 * pages), sent as the paper-signing scan (decoded by poppler at upload) and to the public verification.
 * Every answer is 201/200 or a 4xx with docs/api.md's body; the server stays healthy.
 */
describe('hostile inputs: mutated and crafted PDFs', () => {
  let t: HostileApp;
  let mediator: string;
  let agreementId: string;
  let issued: Buffer;
  beforeAll(async () => {
    t = await hostileApp();
    mediator = await t.tokenOf('mediator.yang');
    agreementId = await draftAgreement(t, await caseInMediation(t));
    const res = await fetch(`${t.url}/api/agreements/${agreementId}/pdf`, {
      headers: { authorization: `Bearer ${mediator}` },
    });
    issued = Buffer.from(await res.arrayBuffer());
  });
  afterAll(() => t.close());

  const scan = async (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
    const res = await fetch(`${t.url}/api/agreements/${agreementId}/scans`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mediator}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const verify = async (bytes: Buffer) => {
    const res = await fetch(`${t.url}/api/documents/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array(bytes),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const wellFormed = ({ status, body }: { status: number; body: Record<string, unknown> }) =>
    status < 400 ||
    (status < 500 && typeof body['code'] === 'string' && /[\u4e00-\u9fff]/.test(String(body['message'])));

  it('answers every crafted PDF bomb with 201 or a 4xx, the server answering meanwhile', async () => {
    const bombs = {
      'inflates to 200 MB': pdfWith(
        deflateSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 }),
        ' /Filter /FlateDecode',
      ),
      '100,000 nested arrays': pdfWith(Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
      'a billion pages': pdfWith(Buffer.from('BT ET'))
        .toString('latin1')
        .replace('/Count 1', '/Count 1000000000'),
      'no xref, only %%EOF': Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'),
    };
    const answers: Record<string, number> = {};
    const figures = await underAttack(t, 'PDFs: crafted bombs as scans and verification', async () => {
      const statuses: number[] = [];
      for (const [name, raw] of Object.entries(bombs)) {
        const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'latin1');
        for (const answer of [await scan(bytes, `${name}.pdf`), await verify(bytes)]) {
          expect(wellFormed(answer)).toBe(true);
          statuses.push(answer.status);
        }
        answers[name] = statuses.at(-2)!;
      }
      return statuses;
    });
    expect(Object.keys(figures.statuses).every((s) => Number(s) < 500)).toBe(true);
    expectResponsive(figures);
  });

  it('fuzz: 150 mutants of real PDFs get 200/201 or a 4xx, never a 5xx', async () => {
    const seeds = [issued, pdfWith(Buffer.from('BT /F1 12 Tf 72 720 Td (tiaojie) Tj ET'))];
    const mutant = fc
      .tuple(
        fc.nat({ max: seeds.length - 1 }),
        fc.constantFrom('flip', 'truncate', 'splice', 'xref'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 }),
        fc.nat(),
      )
      .map(([seed, how, flips, at]) => {
        const bytes = Buffer.from(seeds[seed]!);
        const eof = Buffer.from('\n%%EOF\n');
        if (how === 'truncate')
          return Buffer.concat([bytes.subarray(0, 16 + (at % (bytes.length - 16))), eof]);
        if (how === 'splice') {
          const from = 16 + (at % (bytes.length - 16));
          return Buffer.concat([
            bytes.subarray(0, from),
            bytes.subarray(16, 16 + (at % 4096)),
            bytes.subarray(from),
          ]);
        }
        if (how === 'xref')
          return Buffer.from(
            bytes.toString('latin1').replace(/startxref\s+\d+/, `startxref\n${at}`),
            'latin1',
          );
        // Flips keep the header and the end so poppler, not the sniffer, has to judge.
        for (const [where, mask] of flips) {
          const i = 16 + (where % (bytes.length - 32));
          bytes[i] = bytes[i]! ^ mask;
        }
        return bytes;
      });
    const samples = fc.sample(mutant, { numRuns: 150, seed: 20261203 });
    const figures = await underAttack(t, 'PDFs: fuzz 150 mutants as scans and verification', async () => {
      const statuses: number[] = [];
      for (const [i, bytes] of samples.entries()) {
        const answer = i % 2 === 0 ? await scan(bytes, `m${i}.pdf`) : await verify(bytes);
        expect(wellFormed(answer)).toBe(true);
        statuses.push(answer.status);
      }
      return statuses;
    });
    expect(Object.keys(figures.statuses).every((s) => Number(s) < 500)).toBe(true);
    expectResponsive(figures);
    const preview = await fetch(`${t.url}/api/agreements/${agreementId}/pdf`, {
      headers: { authorization: `Bearer ${mediator}` },
    });
    expect(preview.status).toBe(200);
  });
});
