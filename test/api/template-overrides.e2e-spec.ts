import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATE_NAMES } from '../../api/src/modules/documents/template-samples.js';
import { caseInMediation, orgId, type CaseRef } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-tpl-'));
const text = (pdf: Buffer) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

describe('per-organisation template overrides', () => {
  let t: TestApp;
  let c: CaseRef;
  let admin: string;
  let director: string;
  let laoyang: string;
  let sfs: string;

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    admin = await t.tokenOf('admin');
    director = await t.tokenOf('director.yang');
    laoyang = await orgId(t, '老杨调解中心');
    sfs = await orgId(t, '枫桥镇司法所');
  });
  afterAll(() => t.close());

  const api = (token: string) => ({
    get: (path: string) => t.http().get(path).auth(token, { type: 'bearer' }),
    put: (path: string, source: string) =>
      t.http().put(path).auth(token, { type: 'bearer' }).send({ source }),
    del: (path: string) => t.http().delete(path).auth(token, { type: 'bearer' }),
  });
  const pdfText = async (path: string) => {
    const res = await t
      .http()
      .get(path)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return text(res.body as Buffer);
  };
  const withNote = (source: string, note: string) =>
    source.replace(/^title .*$/m, (line) => `${line}\nnote ${note}`);

  it('lists every template with where its effective version comes from', async () => {
    const res = await api(director).get(`/api/organisations/${laoyang}/templates`).expect(200);
    // Every template the system renders, each with a sample to check overrides against.
    expect(res.body.map((x: { name: string }) => x.name).sort()).toEqual([...TEMPLATE_NAMES].sort());
    expect(TEMPLATE_NAMES).toEqual(expect.arrayContaining(['agreement', 'rights-notice', 'volume-cover']));
    expect(res.body.find((x: { name: string }) => x.name === 'agreement')).toEqual({
      name: 'agreement',
      title: '人民调解协议书',
      overridden: false,
      origin: 'default',
    });
    await api(await t.tokenOf('mediator.yang'))
      .get(`/api/organisations/${laoyang}/templates`)
      .expect(403);
    await api(director).get(`/api/organisations/${sfs}/templates`).expect(404);
    await api(director).get(`/api/organisations/${laoyang}/templates/nonexistent`).expect(404);
  });

  it('refuses a template that would not render, naming the problem, and saves nothing', async () => {
    const path = `/api/organisations/${laoyang}/templates/agreement`;
    const { body: original } = await api(director).get(path).expect(200);
    const refusals: [string, RegExp][] = [
      [`${original.source}\npara {{foo}}`, /未知变量 \{\{foo\}\}/],
      [`${original.source}\n{{#each parties}}\npara {{bar}}\n{{/each}}`, /未知变量 \{\{bar\}\}/],
      [`${original.source}\n{{#if notice}}\npara x`, /模板语法错误/],
      [`${original.source}\nbanner 横幅`, /未知的版式指令“banner”/],
    ];
    for (const [source, message] of refusals) {
      const res = await api(director).put(path, source).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'TEMPLATE_INVALID' });
      expect(res.body.message).toMatch(message);
      expect(res.body.details[0]).toMatchObject({ field: 'source' });
    }
    const count = await t.dataSource.query('SELECT count(*)::int AS n FROM template_overrides');
    expect(count[0].n).toBe(0);
  });

  it('renders a case’s documents with its organisation’s override, else the nearest ancestor’s', async () => {
    const rightsPath = (org: string) => `/api/organisations/${org}/templates/rights-notice`;
    const { body: base } = await api(admin).get(rightsPath(sfs)).expect(200);
    const inherited = await api(admin)
      .put(rightsPath(sfs), withNote(base.source, '枫桥镇司法所统一版本'))
      .expect(200);
    expect(inherited.body).toMatchObject({ overridden: true, origin: 'own' });
    const seen = await api(director).get(rightsPath(laoyang)).expect(200);
    expect(seen.body).toMatchObject({ overridden: false, origin: 'inherited' });
    expect(seen.body.source).toContain('枫桥镇司法所统一版本');
    const document = `/api/cases/${c.id}/documents/rights-notice.pdf`;
    expect(await pdfText(document)).toContain('枫桥镇司法所统一版本');

    await api(director).put(rightsPath(laoyang), withNote(base.source, '老杨调解中心自定版本')).expect(200);
    const own = await pdfText(document);
    expect(own).toContain('老杨调解中心自定版本');
    expect(own).not.toContain('枫桥镇司法所统一版本');

    const reverted = await api(director).del(rightsPath(laoyang)).expect(200);
    expect(reverted.body).toMatchObject({ origin: 'inherited' });
    expect(await pdfText(document)).toContain('枫桥镇司法所统一版本');

    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE action LIKE 'template.%' ORDER BY seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['template.update', 'template.update', 'template.revert']);
  });

  it('prints agreements with the committee’s own agreement template', async () => {
    const path = `/api/organisations/${laoyang}/templates/agreement`;
    const { body } = await api(director).get(path).expect(200);
    await api(director).put(path, withNote(body.source, '本协议书格式经老杨调解中心审定')).expect(200);
    const [applicant, respondent] = c.parties;
    const created = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
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
            text: '赔礼道歉',
          },
        ],
      })
      .expect(201);
    expect(await pdfText(`/api/agreements/${created.body.id}/pdf`)).toContain(
      '本协议书格式经老杨调解中心审定',
    );
  });

  it('previews a source on the realistic sample as a PDF, saving nothing (issue 19)', async () => {
    const path = `/api/organisations/${laoyang}/templates/agreement`;
    const source = (await api(director).get(path)).body.source as string;
    const edited = source.replace('协议内容', '协议内容(预览样稿)');
    const preview = await t
      .http()
      .post(`${path}/preview`)
      .auth(director, { type: 'bearer' })
      .send({ source: edited })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(text(preview.body as Buffer)).toContain('协议内容(预览样稿)');
    expect((await api(director).get(path)).body.source).toBe(source);

    const broken = await t
      .http()
      .post(`${path}/preview`)
      .auth(director, { type: 'bearer' })
      .send({ source: '{{#each parties}}{{name}}' });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('TEMPLATE_INVALID');
    expect(broken.body.message).toContain('模板语法错误');
  });
});
