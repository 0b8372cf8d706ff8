import { AppError } from '../../common/errors.js';
import { validateTemplate } from './template-overrides.js';
import { largestShapes, TEMPLATE_NAMES, TEMPLATE_SAMPLES } from './template-samples.js';
import {
  defaultTemplateSource,
  MAX_TEMPLATE_EXPRESSIONS,
  MAX_TEMPLATE_SOURCE,
  RENDER_LIMITS,
  renderTemplate,
} from './templates.js';

/** `depth` nested {{#each}} over the parties: parties^depth passes. */
const nestedEach = (depth: number, body: string) =>
  `title 申请书\n${'{{#each @root.parties}}'.repeat(depth)}${body}${'{{/each}}'.repeat(depth)}\n`;

/** What Handlebars or a helper wrote to the console while `run` ran. */
async function consoleDuring(run: () => Promise<unknown>): Promise<string> {
  const written: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  // Put back exactly as they were, unbound, as console's own methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originals = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void written.push(args.map(String).join(' '));
  try {
    await run().catch(() => undefined);
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]!));
  }
  return written.join('\n');
}

const refusal = async (name: string, source: string) => {
  const started = performance.now();
  const error = await validateTemplate(name, source).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error: error as AppError | undefined, ms: performance.now() - started };
};

describe('template samples', () => {
  it.each(TEMPLATE_NAMES)('accept the built-in %s template as an override', async (name) => {
    expect((await validateTemplate(name, defaultTemplateSource(name))).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
  });

  it.each(TEMPLATE_NAMES)('render the built-in %s template at its largest shape within budget', (name) => {
    for (const data of largestShapes(TEMPLATE_SAMPLES[name]!)) {
      expect(renderTemplate(name, data).length).toBeLessThan(RENDER_LIMITS.characters / 10);
    }
  });

  it('names an unknown variable used inside a branch only the oral register takes', async () => {
    const source = defaultTemplateSource('agreement').replace(
      'kv 记录人|{{line recorder}}',
      'kv 记录人|{{recorder.name}}',
    );
    await expect(validateTemplate('agreement', source)).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
  });
});

describe('the template sandbox', () => {
  it('refuses loops nested seven deep over the parties, quickly', async () => {
    // 7 parties: 823,543 lines. The one-party sample alone would have let it through.
    const { error, ms } = await refusal('application', nestedEach(7, 'para {{name}}\n'));
    expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
    expect(error!.message).toMatch(/内容过大.*循环次数超过 20000 次/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a template that only explodes on many parties and long facts', async () => {
    const source = nestedEach(3, '{{blocks "para" @root.facts}}\n');
    // Two parties and one line of facts: 8 paragraphs, fine; ten parties and 10,000 characters: 10 MB.
    expect(
      renderTemplate('application', TEMPLATE_SAMPLES['application']!.data, { application: source }),
    ).toMatch(/^para /m);
    const { error } = await refusal('application', source);
    expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
    expect(error!.message).toMatch(/生成的内容超过 2000000 个字符/);
  });

  it('refuses a template producing one line of 10 MB', async () => {
    const source = `title 申请书\npara ${nestedEach(3, '{{line @root.facts}}').split('\n')[1]}\n`;
    const { error, ms } = await refusal('application', source);
    expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
    expect(error!.message).toMatch(/内容过大/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a template of a thousand expressions before compiling it', async () => {
    // 9 KB, but compiling 1,000 {{facts}} held the main thread 0.3–1.8 s (and printed 10 MB).
    const { error, ms } = await refusal('application', `title 申请书\npara ${'{{facts}}'.repeat(1_000)}\n`);
    expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
    expect(error!.message).toBe(`模板中的 {{…}} 表达式不能超过 ${MAX_TEMPLATE_EXPRESSIONS} 个`);
    expect(ms).toBeLessThan(100);
  });

  it('refuses {{log}} and writes nothing to the log', async () => {
    for (const source of [
      '{{#each parties}}{{log description}}{{/each}}title x\n',
      '{{log @root level="error"}}title x\n',
      '{{#each parties}}para {{line (log description)}}\n{{/each}}',
    ]) {
      let error: unknown;
      const written = await consoleDuring(async () => {
        error = (await refusal('application', source)).error;
      });
      expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
      expect((error as AppError).message).toMatch(/不能使用辅助函数 \{\{log\}\}/);
      expect(written).toBe('');
    }
  });

  it('refuses {{lookup}} and any path through Object.prototype', async () => {
    const attempts: [string, RegExp][] = [
      ['para {{lookup parties "constructor"}}', /不能使用辅助函数 \{\{lookup\}\}/],
      ['para {{lookup this "__proto__"}}', /不能使用辅助函数 \{\{lookup\}\}/],
      ['para {{#each parties}}{{lookup . "constructor"}}{{/each}}', /不能使用辅助函数 \{\{lookup\}\}/],
      ['para {{parties.constructor}}', /“constructor”不是文书数据/],
      ['para {{@root.__proto__}}', /“__proto__”不是文书数据/],
      ['para {{constructor.name}}', /“constructor”不是文书数据/],
      ['{{#with __proto__}}para x{{/with}}', /“__proto__”不是文书数据/],
      ['para {{toString}}', /“toString”不是文书数据/],
      ['{{#*inline "a"}}{{facts}}{{/inline}}para {{> a}}', /不能使用装饰器/],
      ['para {{> a}}', /不能使用局部模板/],
      ['{{#parties}}para {{name}}{{/parties}}', /不能使用 \{\{#parties\}\}/],
    ];
    for (const [body, message] of attempts) {
      const { error } = await refusal('application', `title 申请书\n${body}\n`);
      expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
      expect(error!.message).toMatch(message);
    }
  });

  it('refuses a source longer than the cap without compiling it', async () => {
    const { error, ms } = await refusal('application', `title x\npara ${'字'.repeat(1024 * 1024)}`);
    expect(error).toMatchObject({ status: 422, code: 'TEMPLATE_INVALID' });
    expect(error!.message).toBe(`模板不能超过 ${MAX_TEMPLATE_SOURCE} 个字符(当前 ${1024 * 1024 + 13} 个)`);
    expect(ms).toBeLessThan(100);
  });

  it('stops an override stored before these checks at render time with a 422', () => {
    const sevenParties = {
      ...TEMPLATE_SAMPLES['application']!.data,
      parties: Array.from({ length: 7 }, (_, i) => ({
        roleLabel: '申请人',
        name: `当事人${i}`,
        description: '',
      })),
    };
    const started = performance.now();
    expect(() =>
      renderTemplate('application', sevenParties, { application: nestedEach(7, 'para {{name}}\n') }),
    ).toThrow(expect.objectContaining({ status: 422, code: 'TEMPLATE_OUTPUT_TOO_LARGE' }) as Error);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() =>
      renderTemplate('application', sevenParties, { application: 'title x\n{{log @root}}' }),
    ).toThrow(expect.objectContaining({ status: 422, code: 'TEMPLATE_UNRENDERABLE' }) as Error);
    // A built-in template is not the organisation's fault: a failure there stays a server error.
    expect(() => renderTemplate('application', {})).toThrow(/missing/);
  });
});
