import fc from 'fast-check';
import sharp from 'sharp';
import { PersonalDataCipher } from '../../../api/src/common/personal-data.js';
import { AgreementSignatureEntity } from '../../../api/src/modules/agreements/agreement-signature.entity.js';
import { draftAgreement } from '../support/agreement-flow.js';
import { caseInMediation, type CaseRef } from '../support/factories.js';
import { allClientErrors, type HostileApp, hostileApp, underAttack, expectResponsive } from './harness.js';
import { noise, pngHtmlPolyglot, refusedCorpus, trailingHtml, validPng } from './image-corpus.js';

/**
 * Images an attacker (or a broken phone) uploads as a signature (data URL) or as a paper-signing scan
 * (multipart): corrupt zlib, bad CRCs, truncation, garbage, 0×0, 50,000² headers, over-size real data,
 * polyglots, trailing HTML, EXIF. Each is refused with a 4xx of docs/api.md's shape, or accepted only as a
 * clean re-encoded copy; the draft preview renders afterwards and health answers within a second.
 */
describe('hostile inputs: uploaded images are decoded, not sniffed', () => {
  let t: HostileApp;
  let c: CaseRef;
  let mediator: string;
  let agreementId: string;

  beforeAll(async () => {
    t = await hostileApp();
    mediator = await t.tokenOf('mediator.yang');
    c = await caseInMediation(t);
    agreementId = await draftAgreement(t, c);
  });
  afterAll(() => t.close());

  const signature = (bytes: Buffer, partyIndex = 0) =>
    t
      .http()
      .post(`/api/agreements/${agreementId}/signatures`)
      .auth(mediator, { type: 'bearer' })
      .send({
        signer: { partyId: c.parties[partyIndex]!.id },
        kind: 'fingerprint',
        image: `data:image/png;base64,${bytes.toString('base64')}`,
      });
  const scan = (bytes: Buffer, name = 'scan.png') =>
    t
      .http()
      .post(`/api/agreements/${agreementId}/scans`)
      .auth(mediator, { type: 'bearer' })
      .attach('file', bytes, name);
  const evidence = (bytes: Buffer, name: string) =>
    t
      .http()
      .post(`/api/cases/${c.id}/evidence`)
      .auth(mediator, { type: 'bearer' })
      .field('description', '现场照片')
      .field('source', 'party')
      .attach('file', bytes, name);
  const preview = () =>
    t
      .http()
      .get(`/api/agreements/${agreementId}/pdf`)
      .auth(mediator, { type: 'bearer' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const expectErrorBody = (body: Record<string, unknown>, status: number) => {
    expect(body).toMatchObject({ statusCode: status, code: expect.any(String), message: expect.any(String) });
    expect(body['message']).toMatch(/[\u4e00-\u9fff]/);
  };

  it('refuses every corrupt, oversized or animated image as a signature, a scan and evidence; the preview still renders', async () => {
    const corpus = refusedCorpus();
    const answers: { name: string; as: string; status: number; previewStatus: number }[] = [];
    const figures = await underAttack(t, 'images: corrupt corpus', async () => {
      const statuses: number[] = [];
      for (const { name, bytes } of corpus) {
        for (const [as, send] of [
          ['signature', () => signature(bytes)],
          ['scan', () => scan(bytes, `${name}.png`)],
          ['evidence', () => evidence(bytes, `${name}.png`)],
        ] as const) {
          const res = await send();
          expectErrorBody(res.body as Record<string, unknown>, res.status);
          statuses.push(res.status);
          answers.push({ name, as, status: res.status, previewStatus: (await preview()).status });
        }
      }
      return statuses;
    });
    expect(answers.filter((a) => a.status < 400 || a.status >= 500 || a.previewStatus !== 200)).toEqual([]);
    expect(allClientErrors(figures)).toBe(true);
    expectResponsive(figures);
    // Nothing was stored: the agreement is still an untouched draft.
    const detail = await t.http().get(`/api/agreements/${agreementId}`).auth(mediator, { type: 'bearer' });
    expect(detail.body).toMatchObject({ status: 'draft', scans: [], signatures: [] });
    const pieces = await t.http().get(`/api/cases/${c.id}/evidence`).auth(mediator, { type: 'bearer' });
    expect(pieces.body).toEqual([]);
  });

  it('refuses a PDF scan poppler cannot read, and a JPEG sent as a PNG signature', async () => {
    const brokenPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(4000), Buffer.from('\n%%EOF\n')]);
    const jpeg = await sharp(validPng(32, 32)).jpeg().toBuffer();
    const figures = await underAttack(t, 'images: unreadable PDF, JPEG as PNG', async () => {
      const pdf = await scan(brokenPdf, 'scan.pdf');
      expectErrorBody(pdf.body as Record<string, unknown>, 422);
      const asPng = await signature(jpeg);
      expectErrorBody(asPng.body as Record<string, unknown>, asPng.status);
      return [pdf.status, asPng.status];
    });
    expect(figures.statuses).toEqual({ 400: 1, 422: 1 });
    expectResponsive(figures);
    expect((await preview()).status).toBe(200);
  });

  it('keeps only a clean copy: no trailing HTML, no text chunks, no EXIF', async () => {
    // A phone photo lying on its side (EXIF orientation 6) that also says where it was taken.
    const gps = await sharp(validPng(40, 20))
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: 'Hostile' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '39/1 54/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '116/1 23/1 0/1',
        },
      })
      .toBuffer();
    expect((await sharp(gps).metadata()).orientation).toBe(6);
    expect((await sharp(gps).metadata()).exif).toBeDefined();
    const accepted: { name: string; status: number }[] = [];
    const figures = await underAttack(t, 'images: polyglots and EXIF kept clean', async () => {
      const statuses: number[] = [];
      for (const [name, res] of [
        ['trailing HTML signature', await signature(trailingHtml(), 0)],
        ['polyglot signature', await signature(pngHtmlPolyglot(), 1)],
        ['trailing HTML scan', await scan(trailingHtml(), 'a.png')],
        ['polyglot scan', await scan(pngHtmlPolyglot(), 'b.png')],
        ['EXIF JPEG scan', await scan(gps, 'c.jpg')],
      ] as const) {
        accepted.push({ name, status: res.status });
        statuses.push(res.status);
      }
      return statuses;
    });
    expect(accepted.filter((a) => a.status !== 201)).toEqual([]);
    expectResponsive(figures);

    const detail = await t.http().get(`/api/agreements/${agreementId}`).auth(mediator, { type: 'bearer' });
    const scans = detail.body.scans as { id: string; contentType: string }[];
    // Both PNGs clean up to the same 16×16 image, kept once (same SHA-256 of the stored copy).
    expect(scans.map((s) => s.contentType)).toEqual(['image/png', 'image/jpeg']);
    for (const s of scans) {
      const stored = (
        await t
          .http()
          .get(`/api/agreements/${agreementId}/scans/${s.id}`)
          .auth(mediator, { type: 'bearer' })
          .buffer(true)
          .parse((res, cb) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => cb(null, Buffer.concat(chunks)));
          })
          .expect(200)
      ).body as Buffer;
      expect(stored.includes('<html')).toBe(false);
      expect(stored.includes('<script')).toBe(false);
      const meta = await sharp(stored).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.comments ?? []).toEqual([]);
      if (s.contentType === 'image/jpeg') {
        // The orientation was applied (40×20 turned upright to 20×40), then dropped.
        expect([meta.width, meta.height, meta.orientation]).toEqual([20, 40, undefined]);
      }
    }
    const cipher = t.app.get(PersonalDataCipher);
    const signatures = await t.dataSource.getRepository(AgreementSignatureEntity).find({
      where: { agreementId },
      select: { id: true, imageEnc: true },
    });
    expect(signatures).toHaveLength(2);
    for (const s of signatures) {
      const stored = Buffer.from(cipher.decrypt(s.imageEnc!), 'base64');
      expect(stored.includes('<html')).toBe(false);
      expect(stored.subarray(-12).toString('latin1', 4, 8)).toBe('IEND');
    }
    expect((await preview()).status).toBe(200);
  });

  it('fuzz: 300 mutants of a valid PNG and JPEG each get 201 or a 4xx, never a 5xx; the preview renders', async () => {
    const seeds = {
      png: validPng(24, 24),
      jpeg: await sharp(validPng(24, 24)).jpeg({ quality: 80 }).toBuffer(),
    };
    const mutant = fc
      .tuple(
        fc.constantFrom<'png' | 'jpeg'>('png', 'jpeg'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('flip', 'truncate', 'splice'),
        fc.nat(),
        fc.nat(),
      )
      .map(([kind, flips, how, a, b]) => {
        const bytes = Buffer.from(seeds[kind]);
        if (how === 'truncate') return { kind, bytes: bytes.subarray(0, 8 + (a % (bytes.length - 8))) };
        if (how === 'splice') {
          const from = a % bytes.length;
          const to = Math.min(bytes.length, from + (b % 64));
          const other = seeds[kind === 'png' ? 'jpeg' : 'png'];
          return {
            kind,
            bytes: Buffer.concat([
              bytes.subarray(0, from),
              other.subarray(b % other.length),
              bytes.subarray(to),
            ]),
          };
        }
        // Flips keep the magic bytes so the decoder, not the sniffer, has to refuse.
        for (const [at, mask] of flips) {
          const i = 8 + (at % (bytes.length - 8));
          bytes[i] = bytes[i]! ^ mask;
        }
        return { kind, bytes };
      });
    const samples = fc.sample(mutant, { numRuns: 300, seed: 15 });
    const figures = await underAttack(t, 'images: fuzz 300 mutants', async () => {
      const statuses: number[] = [];
      for (const [i, { kind, bytes }] of samples.entries()) {
        // Scans for most; every third PNG also as a fingerprint of the second party.
        const res =
          kind === 'png' && i % 3 === 0
            ? await signature(bytes, 1)
            : await scan(bytes, `m${i}.${kind === 'png' ? 'png' : 'jpg'}`);
        if (res.status >= 400) expectErrorBody(res.body as Record<string, unknown>, res.status);
        statuses.push(res.status);
      }
      return statuses;
    });
    expect(
      Object.keys(figures.statuses).filter((s) => s !== '201' && !(Number(s) >= 400 && Number(s) < 500)),
    ).toEqual([]);
    expectResponsive(figures);
    expect((await preview()).status).toBe(200);
    expect((await t.http().get('/api/health')).status).toBe(200);
  });

  it('prints a placeholder for an image stored before the check (a corrupt PNG in the database)', async () => {
    const cipher = t.app.get(PersonalDataCipher);
    const [user] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE username = 'mediator.yang'`,
    );
    const corrupt = refusedCorpus().find((i) => i.name === 'wrong adler32')!.bytes;
    const other = await caseInMediation(t);
    const fresh = await draftAgreement(t, other);
    await t.dataSource.getRepository(AgreementSignatureEntity).insert({
      agreementId: fresh,
      partyId: other.parties[0]!.id,
      mediatorId: null,
      committeeSeal: false,
      kind: 'signature',
      imageEnc: cipher.encrypt(corrupt.toString('base64')),
      recordedById: user!.id,
    });
    const res = await t
      .http()
      .get(`/api/agreements/${fresh}/pdf`)
      .auth(mediator, { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.http().get('/api/health')).status).toBe(200);
  });
});
