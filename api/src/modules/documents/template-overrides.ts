import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors.js';
import { DocumentErrors } from './documents.errors.js';
import { type Block, parseLayout } from './layout.js';
import { renderPdf } from './pdf-renderer.js';
import { largestShapes, TEMPLATE_SAMPLES } from './template-samples.js';
import {
  compileTemplate,
  renderWithinBudget,
  TemplateBudgetExceeded,
  TemplateRefusal,
  type TemplateOverrides,
} from './templates.js';

/**
 * The templates an organisation's documents use: for each name, the override
 * of the organisation itself or else of its nearest ancestor (by path length).
 */
export async function templateOverridesFor(
  manager: EntityManager,
  organisationId: string,
): Promise<TemplateOverrides> {
  const rows = await manager.query<{ name: string; source: string }[]>(
    `SELECT DISTINCT ON (t.name) t.name, t.source
       FROM template_overrides t
       JOIN organisations o ON o.id = t.organisation_id
       JOIN organisations me ON me.path LIKE o.path || '%'
      WHERE me.id = $1
      ORDER BY t.name, length(o.path) DESC`,
    [organisationId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.source]));
}

/**
 * Checks an override the way the built-in templates are held: it must compile in
 * strict mode within the sandbox (templates.ts), read only the variables its document
 * provides, render the sample of that document and every variant, render them again
 * at the largest realistic shape within the render budget, and lay out into a PDF.
 * Throws a 422 naming the problem.
 */
/**
 * Checks an override on every sample variant and the largest realistic shapes; returns the PDF of the
 * first sample (the preview a director sees before saving). 422 TEMPLATE_INVALID names the problem.
 */
export async function validateTemplate(name: string, source: string): Promise<Buffer> {
  if (!Object.hasOwn(TEMPLATE_SAMPLES, name)) throw DocumentErrors.templateNotFound();
  const sample = TEMPLATE_SAMPLES[name]!;
  let compiled: ReturnType<typeof compileTemplate>;
  try {
    compiled = compileTemplate(source);
  } catch (error) {
    if (error instanceof TemplateRefusal) throw DocumentErrors.templateInvalid(error.message);
    const line = /line (\d+)/.exec(firstLine(error))?.[1];
    throw DocumentErrors.templateInvalid(
      `模板语法错误${line ? `(第 ${line} 行附近)` : ''}:${firstLine(error)};请检查 {{#if}}、{{#each}} 等是否成对闭合`,
    );
  }
  const unknown = compiled.variables.filter(
    (variable) => !Object.hasOwn(sample.data, variable) || sample.data[variable] === undefined,
  );
  if (unknown.length) {
    throw DocumentErrors.templateInvalid(
      `模板使用了未知变量 ${unknown.map((v) => `{{${v}}}`).join('、')};可用变量:${Object.keys(sample.data).join('、')}`,
    );
  }
  const render = (data: Record<string, unknown>) => {
    try {
      return renderWithinBudget(compiled.template, data);
    } catch (error) {
      if (error instanceof TemplateBudgetExceeded)
        throw DocumentErrors.templateInvalid(
          `模板生成的内容过大:在最大规模的案件(10 位当事人、50 项协议条款、最长的案情和记录)上${error.message};请不要多层嵌套 {{#each}} 或重复输出长文本`,
        );
      const unknownNested = /"(.+)" not defined in .* - (\d+):\d+/.exec(firstLine(error));
      throw DocumentErrors.templateInvalid(
        unknownNested
          ? `模板第 ${unknownNested[2]} 行使用了未知变量 {{${unknownNested[1]}}}`
          : `模板无法用示例数据生成文书:${firstLine(error).slice(0, 200)}`,
      );
    }
  };
  const samples = [{}, ...(sample.variants ?? [])].map((variant) => render({ ...sample.data, ...variant }));
  const largest = largestShapes(sample).map(render);
  const layouts = samples.map((output) => layout(output, false));
  // The largest shapes are laid out, not drawn: 120 pages of PDF would take seconds per check.
  for (const output of largest) layout(output, true);
  try {
    const pdfs: Buffer[] = [];
    for (const blocks of layouts) pdfs.push((await renderPdf({ title: sample.title, blocks })).pdf);
    return pdfs[0]!;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw DocumentErrors.templateInvalid(`模板生成的版式无效:${firstLine(error).slice(0, 200)}`);
  }
}

function layout(output: string, largest: boolean): Block[] {
  try {
    return parseLayout(output);
  } catch (error) {
    const block = /unknown block "(.+)"/.exec(firstLine(error));
    if (largest)
      throw DocumentErrors.templateInvalid(
        '模板生成的版式无效:较长的多行文本(如案情、调解记录)会在正文中另起一行;请用 {{blocks "para" …}} 或 {{line …}} 输出这些文本',
      );
    throw DocumentErrors.templateInvalid(
      block
        ? `模板生成的版式无效:未知的版式指令“${block[1]!.slice(0, 50)}”(可用:title、subtitle、heading、para、plain、note、kv、term、sign、space、signatures、pagebreak)`
        : `模板生成的版式无效:${firstLine(error).slice(0, 200)}`,
    );
  }
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
