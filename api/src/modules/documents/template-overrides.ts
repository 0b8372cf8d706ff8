import type { EntityManager } from 'typeorm';
import { DocumentErrors } from './documents.errors.js';
import { parseLayout } from './layout.js';
import { renderPdf } from './pdf-renderer.js';
import { TEMPLATE_SAMPLES } from './template-samples.js';
import { compileTemplate, type TemplateOverrides } from './templates.js';

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
 * strict mode, read only the variables its document provides, render the sample
 * of that document, and lay out into a PDF. Throws a 422 naming the problem.
 */
export async function validateTemplate(name: string, source: string): Promise<void> {
  const sample = TEMPLATE_SAMPLES[name]!;
  let compiled: ReturnType<typeof compileTemplate>;
  try {
    compiled = compileTemplate(source);
  } catch (error) {
    const line = /line (\d+)/.exec(firstLine(error))?.[1];
    throw DocumentErrors.templateInvalid(
      `模板语法错误${line ? `(第 ${line} 行附近)` : ''}:${firstLine(error)};请检查 {{#if}}、{{#each}} 等是否成对闭合`,
    );
  }
  const unknown = compiled.variables.filter((variable) => sample.data[variable] === undefined);
  if (unknown.length) {
    throw DocumentErrors.templateInvalid(
      `模板使用了未知变量 ${unknown.map((v) => `{{${v}}}`).join('、')};可用变量:${Object.keys(sample.data).join('、')}`,
    );
  }
  const outputs: string[] = [];
  try {
    for (const variant of [{}, ...(sample.variants ?? [])])
      outputs.push(compiled.template({ ...sample.data, ...variant }));
  } catch (error) {
    const unknownNested = /"(.+)" not defined in .* - (\d+):\d+/.exec(firstLine(error));
    throw DocumentErrors.templateInvalid(
      unknownNested
        ? `模板第 ${unknownNested[2]} 行使用了未知变量 {{${unknownNested[1]}}}`
        : `模板无法用示例数据生成文书:${firstLine(error)}`,
    );
  }
  try {
    for (const output of outputs) await renderPdf({ title: sample.title, blocks: parseLayout(output) });
  } catch (error) {
    const block = /unknown block "(.+)"/.exec(firstLine(error));
    throw DocumentErrors.templateInvalid(
      block
        ? `模板生成的版式无效:未知的版式指令“${block[1]}”(可用:title、subtitle、heading、para、plain、note、kv、term、sign、space、signatures、pagebreak)`
        : `模板生成的版式无效:${firstLine(error)}`,
    );
  }
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
