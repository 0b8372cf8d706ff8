import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { draftAgreement } from '../support/agreement-flow.js';
import { caseBody, caseInMediation, orgId } from '../support/factories.js';
import {
  allClientErrors,
  type AttackFigures,
  type HostileApp,
  hostileApp,
  underAttack,
  expectResponsive,
} from './harness.js';

/**
 * Bodies an anonymous or signed-in attacker can send: huge key counts, huge arrays, deep nesting,
 * multipart bodies of thousands of fields or parts, gigabyte file parts and chunked bodies without a
 * length, all generated here. Each is refused with a 4xx of docs/api.md's shape and a small body, quickly,
 * without the server buffering the rest, while health answers within a second.
 */
const MB = 1024 * 1024;
const MAX_ERROR_BODY = 16 * 1024;

interface Answer {
  status: number;
  body: string;
  /** Bytes of the request body written before the answer came (or the request ended). */
  sent: number;
  ms: number;
}

/** A body produced on the fly by the sender: `total` bytes of `fill` between `head` and `tail`. */
interface Generated {
  head: string;
  total: number;
  tail: string;
  fill: string;
}

function generated(head: string, total: number, tail = '', fill = 'x'): Generated {
  return { head, total, tail, fill };
}

/**
 * Sends one request from another process (sender.mjs), so that producing the body does not share
 * the event loop of the API under test; resolves with the answer as soon as it has arrived, the
 * upload stopped (status 0 when the connection failed or nothing came within 30 s).
 */
function send(
  app: HostileApp,
  path: string,
  headers: Record<string, string | number>,
  body: string | Generated,
): Promise<Answer> {
  const spec = typeof body === 'string' ? { text: body } : body;
  return new Promise<Answer>((resolve) => {
    const child = execFile(
      process.execPath,
      [SENDER, `${app.url}${path}`, JSON.stringify(headers)],
      { maxBuffer: 16 * MB },
      (error, stdout) => {
        if (error) resolve({ status: 0, body: `sender: ${error.message}`, sent: 0, ms: 0 });
        else resolve(JSON.parse(stdout) as Answer);
      },
    );
    child.stdin!.end(JSON.stringify(spec));
  });
}

const SENDER = fileURLToPath(new URL('./sender.mjs', import.meta.url));

const json = (token?: string) => ({
  'Content-Type': 'application/json',
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

/** `{ …base, k0: 0, k1: 0, … }` with `n` unknown keys, as JSON text. */
function unknownKeys(n: number, base: object): string {
  const keys = Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',');
  return `${JSON.stringify(base).slice(0, -1)},${keys}}`;
}

const BOUNDARY = '----tiaojie-hostile';
const multipart = (token?: string) => ({
  'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`,
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});
const fieldPart = (name: string, value: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name: string, filename: string, type: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
const END = `\r\n--${BOUNDARY}--\r\n`;

/** Every answer a 4xx of docs/api.md's shape, with a small body; returns the statuses for underAttack. */
function refused(answers: Answer[], codes?: string[]): number[] {
  for (const answer of answers) {
    expect({ status: answer.status, size: answer.body.length < MAX_ERROR_BODY }).toEqual({
      status: expect.any(Number),
      size: true,
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    const body = JSON.parse(answer.body) as { statusCode: number; code: string; message: string };
    expect(body).toEqual(
      expect.objectContaining({
        statusCode: answer.status,
        code: expect.any(String),
        message: expect.any(String),
      }),
    );
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    if (codes) expect(codes).toContain(body.code);
  }
  return answers.map((a) => a.status);
}

/** The attack was refused while health stayed under a second and memory did not grow. */
function expectWithstood(figures: AttackFigures): void {
  expect(allClientErrors(figures)).toBe(true);
  expectResponsive(figures);
  expect(figures.rssAfterMb - figures.rssBeforeMb).toBeLessThan(200);
}

describe('hostile bodies: bounded before parsing and validation', () => {
  let app: HostileApp;
  let token: string;
  let organisationId: string;
  let agreementId: string;
  beforeAll(async () => {
    app = await hostileApp();
    token = await app.tokenOf('mediator.yang');
    organisationId = await orgId(app, '老杨调解中心');
    agreementId = await draftAgreement(app, await caseInMediation(app));
  });
  afterAll(() => app.close());

  describe('JSON', () => {
    it.each([100_000, 150_000])('refuses %i unknown keys to the sign-in before reading them', async (n) => {
      const body = unknownKeys(n, { username: 'mediator.yang', password: 'x' });
      let answer!: Answer;
      const figures = await underAttack(app, `login ${n} unknown keys`, async () => {
        answer = await send(app, '/api/auth/login', json(), body);
        return refused([answer], ['PAYLOAD_TOO_LARGE']);
      });
      expect(answer.status).toBe(413);
      expectWithstood(figures);
    });

    it.each([100_000, 150_000])('refuses %i unknown keys to POST /api/cases cheaply', async (n) => {
      const body = unknownKeys(n, caseBody(organisationId));
      expect(body.length).toBeLessThan(2 * MB);
      let answer!: Answer;
      const figures = await underAttack(app, `cases ${n} unknown keys`, async () => {
        answer = await send(app, '/api/cases', json(token), body);
        return refused([answer]);
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '提交的数据有误,请检查标出的字段',
        details: [{ code: 'tooManyKeys', message: '对象的字段超过 200 个' }],
      });
      expectWithstood(figures);
    });

    it('refuses unknown keys under the cap with the first 20 details and a note of the rest', async () => {
      const res = await app
        .http()
        .post('/api/cases')
        .auth(token, { type: 'bearer' })
        .send(JSON.parse(unknownKeys(150, caseBody(organisationId))) as object);
      expect(res.status).toBe(400);
      const details = (res.body as { details: { field?: string; code: string; message: string }[] }).details;
      expect(details).toHaveLength(21);
      expect(details[0]).toEqual({ field: 'k0', code: 'whitelistValidation', message: '不允许的字段' });
      expect(details[20]).toEqual({ code: 'truncated', message: '另有 130 处错误' });
    });

    it('refuses a 2 MB array, 10,000 tiny objects and deep arrays with a small 400', async () => {
      const big = `[${'0,'.repeat(1_000_000)}0]`;
      const tiny = JSON.stringify({
        ...caseBody(organisationId),
        parties: Array.from({ length: 10_000 }, () => ({ a: 1 })),
      });
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const deepField = `{"title":"漏水","parties":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
      let answers: Answer[] = [];
      const figures = await underAttack(app, 'cases 2 MB array, 10,000 objects, deep arrays', async () => {
        answers = [];
        for (const body of [big, tiny, deep, deepField])
          answers.push(await send(app, '/api/cases', json(token), body));
        return refused(answers, ['VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE']);
      });
      expect(answers.map((a) => JSON.parse(a.body).details)).toEqual([
        [{ code: 'tooManyItems', message: '列表超过 1000 项' }],
        [{ field: 'parties', code: 'tooManyItems', message: '列表超过 1000 项' }],
        [{ field: '0', code: 'tooDeep', message: '数据嵌套超过 20 层' }],
        [{ field: 'parties', code: 'tooDeep', message: '数据嵌套超过 20 层' }],
      ]);
      expectWithstood(figures);
    });

    it('refuses more values in all than any form holds (413) even when each object and list is small', async () => {
      const parties = Array.from({ length: 200 }, () =>
        Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, 0])),
      );
      const res = await app
        .http()
        .post('/api/cases')
        .auth(token, { type: 'bearer' })
        .send({ title: '漏水', parties });
      expect({ status: res.status, body: res.body }).toEqual({
        status: 413,
        body: {
          statusCode: 413,
          code: 'PAYLOAD_TOO_LARGE',
          message: '提交的内容过大',
          details: [{ field: 'parties', code: 'tooManyValues', message: '数据项超过 20000 个' }],
        },
      });
    });

    it('refuses a 1 MB sign-in and a 1 GB JSON body, with or without a length, before reading them', async () => {
      let answers: Answer[] = [];
      const figures = await underAttack(app, 'login 1 MB, JSON 1 GB (length and chunked)', async () => {
        answers = [
          await send(
            app,
            '/api/auth/login',
            json(),
            JSON.stringify({ username: 'x'.repeat(MB), password: 'x' }),
          ),
          await send(app, '/api/auth/login', json(), generated('{"username":"', MB, '","password":"x"}')),
          await send(
            app,
            '/api/cases',
            { ...json(token), 'Content-Length': 1024 * MB },
            generated('{"title":"', 1024 * MB, '"}'),
          ),
          ...(await Promise.all(
            Array.from({ length: 4 }, () =>
              send(app, '/api/cases', json(token), generated('{"title":"', 1024 * MB, '"}')),
            ),
          )),
        ];
        return refused(answers, ['PAYLOAD_TOO_LARGE']);
      });
      expect(answers.map((a) => a.status)).toEqual(Array(7).fill(413));
      for (const answer of answers) expect(answer.sent).toBeLessThan(64 * MB);
      expectWithstood(figures);
    });
  });

  describe('multipart', () => {
    const verify = '/api/documents/verify';
    const scans = () => `/api/agreements/${agreementId}/scans`;

    it('refuses 10,000 fields, 10,000 parts and a 10 MB field value on every upload route', async () => {
      const fields =
        Array.from({ length: 10_000 }, (_, i) => fieldPart(`f${i}`, 'x')).join('') + `--${BOUNDARY}--\r\n`;
      const parts =
        Array.from(
          { length: 10_000 },
          (_, i) => `${fileHead(`p${i}`, `${i}.pdf`, 'application/pdf')}%PDF-1.4\r\n`,
        ).join('') + `--${BOUNDARY}--\r\n`;
      const bigField = () =>
        generated(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="password"\r\n\r\n`, 10 * MB, END);
      let answers: Answer[] = [];
      const figures = await underAttack(
        app,
        'multipart 10,000 fields, 10,000 parts, 10 MB field',
        async () => {
          answers = [];
          for (const [path, auth] of [
            [verify, undefined],
            [scans(), token],
          ] as const)
            for (const body of [fields, parts, bigField()])
              answers.push(await send(app, path, multipart(auth), body));
          return refused(answers, ['VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE']);
        },
      );
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(413));
      expectWithstood(figures);
    });

    it.each([
      ['documents/verify', 'PAYLOAD_TOO_LARGE'],
      ['agreements/:id/scans', 'SCAN_TOO_LARGE'],
    ])(
      'answers four parallel 1 GB file parts to %s with 413 quickly, without buffering them',
      async (route, code) => {
        const path = route === 'documents/verify' ? verify : scans();
        const auth = route === 'documents/verify' ? undefined : token;
        let answers: Answer[] = [];
        const figures = await underAttack(app, `multipart 4 × 1 GB file to ${route}`, async () => {
          answers = await Promise.all(
            Array.from({ length: 4 }, () =>
              send(
                app,
                path,
                multipart(auth),
                generated(fileHead('file', 'a.pdf', 'application/pdf'), 1024 * MB, END),
              ),
            ),
          );
          return refused(answers, [code]);
        });
        expect(answers.map((a) => a.status)).toEqual([413, 413, 413, 413]);
        for (const answer of answers) expect(answer.sent).toBeLessThan(128 * MB);
        expectWithstood(figures);
      },
    );

    it('refuses a 1 GB raw PDF to documents/verify from its length and when chunked', async () => {
      let answers: Answer[] = [];
      const figures = await underAttack(app, 'raw PDF 1 GB (length and chunked)', async () => {
        answers = [
          await send(
            app,
            verify,
            { 'Content-Type': 'application/pdf', 'Content-Length': 1024 * MB },
            generated('%PDF-1.4\n', 1024 * MB),
          ),
          await send(app, verify, { 'Content-Type': 'application/pdf' }, generated('%PDF-1.4\n', 1024 * MB)),
        ];
        return refused(answers, ['PAYLOAD_TOO_LARGE']);
      });
      expect(answers.map((a) => a.status)).toEqual([413, 413]);
      for (const answer of answers) expect(answer.sent).toBeLessThan(64 * MB);
      expectWithstood(figures);
    });

    it('still takes a real upload after the attacks', async () => {
      const pdf = Buffer.from('%PDF-1.4\n% not issued by the system\n');
      const res = await app.http().post(verify).attach('file', pdf, 'copy.pdf');
      expect(res.status).toBe(200);
    });
  });
});
