import { connect, type AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('malformed requests (found by test/api/fuzz.e2e-spec.ts)', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** The raw answer of the server to `request` written as is. */
  const raw = (request: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(request));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });

  it('refuses a body nested thousands of levels deep with 400 naming the field, not a stack overflow', async () => {
    let nested: unknown = '漏水';
    for (let i = 0; i < 2000; i++) nested = { a: nested };
    const res = await t
      .http()
      .post('/api/cases')
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({ title: '楼上漏水', disputeSubtype: nested });
    expect({ status: res.status, body: res.body }).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '提交的数据有误,请检查标出的字段',
        details: [{ field: 'disputeSubtype', code: 'tooDeep', message: '数据嵌套超过 20 层' }],
      },
    });
  });

  it('answers an address over 16 KB and broken HTTP with the error body of docs/api.md', async () => {
    const long = await raw(`GET /api/cases?q=${'%E8%B0%83'.repeat(2000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(long).toMatch(/^HTTP\/1\.1 431 /);
    expect(long.split('\r\n\r\n')[1]).toBe(
      JSON.stringify({ statusCode: 431, code: 'HEADERS_TOO_LARGE', message: '请求地址或请求头过长' }),
    );
    const garbage = await raw('GARBAGE /api/me HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.split('\r\n\r\n')[1]!)).toEqual({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: '请求格式有误,无法解析',
    });
  });
});
