import { APPLICANT, caseInMediation, type CaseRef, orgId, RESPONDENT } from '../support/factories.js';
import {
  allClientErrors,
  type AttackFigures,
  type HostileApp,
  hostileApp,
  underAttack,
  expectResponsive,
} from './harness.js';

/**
 * Templates as an attacker with a director's account writes them: loops that multiply (seven
 * nested {{#each}} over seven parties were 823,543 lines and a 10.5 s block), output that only
 * explodes on a large case, {{log}} (which wrote parties' phones to the log), {{lookup}} on
 * Object.prototype, a megabyte of source, a 10 MB line. Each is refused when it is saved; one
 * stored before these checks (inserted as legacy data) is refused when a document is printed.
 * Every answer is a 4xx of docs/api.md's shape, and health answers within a second throughout.
 */
const MB = 1024 * 1024;

/** `depth` nested {{#each}} over the parties: parties^depth passes. */
const nestedEach = (depth: number, body: string) =>
  `${'{{#each @root.parties}}'.repeat(depth)}${body}${'{{/each}}'.repeat(depth)}`;
/** The longest facts a case takes (10,000 characters), in paragraphs. */
const LONG_FACTS = '楼上住户卫生间漏水,致楼下天花板受损,双方多次协商未果。\n'.repeat(400).slice(0, 10_000);
const document = (body: string) => `title 人民调解申请书\n${body}\n`;

/** The error body of docs/api.md, and nothing else. */
function expectErrorBody(body: unknown, status: number, code: string | RegExp): void {
  expect(body).toEqual({
    statusCode: status,
    code: expect.stringMatching(code),
    message: expect.stringMatching(/[\u4e00-\u9fff]/),
    ...(body && typeof body === 'object' && 'details' in body ? { details: expect.any(Array) } : {}),
  });
}

function expectCalm(figures: AttackFigures): void {
  expect(allClientErrors(figures)).toBe(true);
  expectResponsive(figures);
}

/** What was written to the console (where Handlebars' {{log}} writes) while `run` ran. */
async function consoleDuring<T>(run: () => Promise<T>): Promise<{ result: T; written: string }> {
  const written: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  // Put back exactly as they were, unbound, as console's own methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originals = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void written.push(args.map(String).join(' '));
  try {
    return { result: await run(), written: written.join('\n') };
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]!));
  }
}

describe('hostile templates', () => {
  let app: HostileApp;
  let director: string;
  let mediator: string;
  let laoyang: string;
  /** A case of seven parties, the shape that met the exploding template first. */
  let seven: CaseRef;

  beforeAll(async () => {
    app = await hostileApp();
    director = await app.tokenOf('director.yang');
    mediator = await app.tokenOf('mediator.yang');
    laoyang = await orgId(app, '老杨调解中心');
    seven = await caseInMediation(app, {
      facts: LONG_FACTS,
      parties: [
        APPLICANT,
        RESPONDENT,
        ...Array.from({ length: 5 }, (_, i) => ({
          role: 'third_party',
          kind: 'person',
          name: `第三人${i + 1}`,
          phone: `1370000001${i}`,
        })),
      ],
    });
  });
  afterAll(() => app.close());

  const put = async (name: string, source: string) => {
    const res = await app
      .http()
      .put(`/api/organisations/${laoyang}/templates/${name}`)
      .auth(director, { type: 'bearer' })
      .send({ source });
    return { status: res.status, body: res.body as { message: string } };
  };
  const preview = async (name: string, source: string) => {
    const res = await app
      .http()
      .post(`/api/organisations/${laoyang}/templates/${name}/preview`)
      .auth(director, { type: 'bearer' })
      .send({ source });
    return { status: res.status, body: res.body as { message: string } };
  };
  const print = async (path: string) => {
    const res = await app.http().get(path).auth(mediator, { type: 'bearer' });
    return { status: res.status, body: res.body as unknown };
  };
  const storedOverrides = async () =>
    (await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM template_overrides'))[0]!.n;

  it('refuses exploding, logging and prototype-reaching overrides when they are saved', async () => {
    const attacks: [string, string, string, RegExp][] = [
      ['seven nested loops', 'application', document(nestedEach(7, 'para {{name}}\n')), /循环次数超过/],
      [
        'explodes only on many parties and long facts',
        'application',
        document(nestedEach(3, '{{blocks "para" @root.facts}}\n')),
        /内容超过 2000000 个字符/,
      ],
      ['a 10 MB line', 'application', document(`para ${nestedEach(3, '{{line @root.facts}}')}`), /内容过大/],
      [
        '{{log}} of every party',
        'application',
        document('{{#each parties}}{{log description}}{{/each}}'),
        /\{\{log\}\}/,
      ],
      ['{{log}} of all the data', 'judicial-confirmation', document('{{log @root}}'), /\{\{log\}\}/],
      ['{{lookup}} constructor', 'application', document('para {{lookup parties "constructor"}}'), /lookup/],
      ['{{lookup}} __proto__', 'application', document('para {{lookup this "__proto__"}}'), /lookup/],
      ['a path through constructor', 'application', document('para {{parties.constructor}}'), /constructor/],
      ['a path through __proto__', 'application', document('para {{@root.__proto__}}'), /__proto__/],
      [
        'a partial calling itself',
        'application',
        document('{{#*inline "a"}}{{> a}}{{/inline}}{{> a}}'),
        /装饰器/,
      ],
      [
        'a thousand expressions',
        'application',
        document(`para ${'{{facts}}'.repeat(1000)}`),
        /表达式不能超过/,
      ],
    ];
    // Saved, or only previewed (issue 19): the preview runs the same checks before it renders anything.
    for (const [attack, name, source, message, send] of attacks.flatMap(([a, n, src, m]) => [
      [a, n, src, m, put] as const,
      [`${a} (preview)`, n, src, m, preview] as const,
    ])) {
      const { result: answer, written } = await consoleDuring(() =>
        underAttack(app, `template: ${attack}`, async () => {
          const started = performance.now();
          const res = await send(name, source);
          expect({ attack, status: res.status }).toEqual({ attack, status: 422 });
          expectErrorBody(res.body, 422, 'TEMPLATE_INVALID');
          expect(res.body.message).toMatch(message);
          expect(performance.now() - started).toBeLessThan(2000);
          return [res.status];
        }),
      );
      expectCalm(answer);
      expect(written).not.toMatch(/1[3-9]\d{9}/);
    }
    expect(await storedOverrides()).toBe(0);
  });

  it('refuses a 1 MB source before compiling it', async () => {
    const figures = await underAttack(app, 'template: 1 MB source', async () => {
      const res = await put('application', document(`para ${'x'.repeat(MB)}`));
      // The body limit or the DTO's length check answers first (docs/api.md: 413 too large, 400 a bad field).
      expect([400, 413]).toContain(res.status);
      expectErrorBody(res.body, res.status, res.status === 400 ? 'VALIDATION_FAILED' : 'PAYLOAD_TOO_LARGE');
      if (res.status === 400) expect(res.body).toMatchObject({ details: [{ field: 'source' }] });
      return [res.status];
    });
    expectCalm(figures);
    expect(await storedOverrides()).toBe(0);
  });

  it('answers 422 for a stored override that explodes or logs, and stays alive', async () => {
    // Legacy rows, written before overrides were checked as they are now.
    await app.dataSource.query(
      `INSERT INTO template_overrides (organisation_id, name, source, updated_by_id)
       SELECT $1, t.name, t.source, u.id FROM users u,
              (VALUES ('application', $2), ('rights-notice', $3), ('acceptance', $4)) AS t(name, source)
        WHERE u.username = 'admin'
       ON CONFLICT (organisation_id, name) DO UPDATE SET source = EXCLUDED.source`,
      [
        laoyang,
        document(nestedEach(7, 'para {{name}}\n')),
        document('{{#each parties}}{{log description}}{{/each}}para {{caseNumber}}'),
        document(`para ${nestedEach(3, '{{line @root.facts}}')}`),
      ],
    );
    const base = `/api/cases/${seven.id}/documents`;
    const { result: figures, written } = await consoleDuring(() =>
      underAttack(app, 'template: stored overrides rendered', async () => {
        const statuses: number[] = [];
        for (const [path, code] of [
          [`${base}/application.pdf`, 'TEMPLATE_OUTPUT_TOO_LARGE'],
          [`${base}/rights-notice.pdf`, 'TEMPLATE_UNRENDERABLE'],
          [`${base}/acceptance.pdf`, 'TEMPLATE_OUTPUT_TOO_LARGE'],
          [`${base}/application.pdf`, 'TEMPLATE_OUTPUT_TOO_LARGE'],
        ] as const) {
          const res = await print(path);
          expect({ path, status: res.status }).toEqual({ path, status: 422 });
          expectErrorBody(res.body, 422, code);
          statuses.push(res.status);
        }
        return statuses;
      }),
    );
    expectCalm(figures);
    expect(written).not.toContain(APPLICANT.phone);
    expect(written).not.toMatch(/1[3-9]\d{9}/);
    expect((await app.http().get('/api/health')).status).toBe(200);
    // The organisation reverts, and the same documents print again.
    for (const name of ['application', 'rights-notice', 'acceptance'])
      await app
        .http()
        .delete(`/api/organisations/${laoyang}/templates/${name}`)
        .auth(director, { type: 'bearer' })
        .expect(200);
    expect((await print(`${base}/application.pdf`)).status).toBe(200);
  });

  it('answers 404 for document and template names that are Object.prototype members', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
    const figures = await underAttack(app, 'document names from Object.prototype', async () => {
      const statuses: number[] = [];
      for (const name of names) {
        for (const res of [
          await print(`/api/cases/${seven.id}/documents/${name}`),
          await app
            .http()
            .get(`/api/organisations/${laoyang}/templates/${name}`)
            .auth(director, { type: 'bearer' })
            .then((r) => ({ status: r.status, body: r.body as unknown })),
          await put(name, document('para x')),
        ]) {
          expect({ name, status: res.status }).toEqual({ name, status: 404 });
          expectErrorBody(res.body, 404, /NOT_FOUND/);
          statuses.push(res.status);
        }
      }
      return statuses;
    });
    expectCalm(figures);
  });
});
