import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { amountInCapitals } from '../../../../libs/contracts/src/chinese-money.js';
import { DocumentErrors } from './documents.errors.js';

/** Templates live in the repository's templates/ folder (one .hbs per document). */
export const TEMPLATE_DIR = resolve(process.env['TIAOJIE_TEMPLATE_DIR'] ?? 'templates');

/** The blank date a party fills in by hand under a signature line. */
export const DATE_LINE = '      年    月    日';

/**
 * What one render may cost. A template is a program an organisation's director writes:
 * nested {{#each}} multiply (7 nested loops over 7 parties are 823,543 passes), and a value
 * printed many times multiplies the output. Every pass of a block and every helper's output
 * is counted, and the render stops with {@link TemplateBudgetExceeded} past any limit. The
 * largest real document (10 parties, 20 terms, 10,000-character facts) stays far below.
 */
export const RENDER_LIMITS = {
  /** Passes through block bodies ({{#each}} items, {{#if}}/{{#with}} bodies) in one render. */
  iterations: 20_000,
  /** Characters produced (block bodies are counted at each level they pass through). */
  characters: 2_000_000,
  /**
   * Wall time of one render, checked at every pass: a backstop only. The two limits above keep
   * any render to tens of milliseconds; on a loaded machine the largest real one took 250 ms.
   */
  milliseconds: 1_000,
};
/**
 * The largest override accepted, at validation and at render: compiling costs the main thread
 * about 0.25 ms per {{…}} on a loaded machine (1,000 of them: 0.25–1.8 s), so both the source
 * and its expressions are capped, at five and ten times the largest built-in template (2,005
 * characters, 31 expressions).
 */
export const MAX_TEMPLATE_SOURCE = 10_000;
/** Counted as `{{` (a block's opening and closing are two; the built-in templates have at most 31). */
export const MAX_TEMPLATE_EXPRESSIONS = 300;

/** A template refused for what it is (not for the data): its message is shown to the author. */
export class TemplateRefusal extends Error {}

/** A render stopped by {@link RENDER_LIMITS}. */
export class TemplateBudgetExceeded extends TemplateRefusal {}

interface Budget {
  iterations: number;
  characters: number;
  deadline: number;
}
/** The budget of the render under way (renders are synchronous, so one at a time). */
let budget: Budget | undefined;

function spend(characters: number, iterations = 0): void {
  if (!budget) return;
  budget.iterations -= iterations;
  budget.characters -= characters;
  if (budget.iterations < 0) throw new TemplateBudgetExceeded(`循环次数超过 ${RENDER_LIMITS.iterations} 次`);
  if (budget.characters < 0)
    throw new TemplateBudgetExceeded(`生成的内容超过 ${RENDER_LIMITS.characters} 个字符`);
  if (iterations && performance.now() > budget.deadline)
    throw new TemplateBudgetExceeded(`生成时间超过 ${RENDER_LIMITS.milliseconds} 毫秒`);
}

/** Runs a compiled template within {@link RENDER_LIMITS}; throws TemplateBudgetExceeded past them. */
export function renderWithinBudget(
  template: Handlebars.TemplateDelegate,
  data: Record<string, unknown>,
): string {
  const outer = budget;
  budget = {
    iterations: RENDER_LIMITS.iterations,
    characters: RENDER_LIMITS.characters,
    deadline: performance.now() + RENDER_LIMITS.milliseconds,
  };
  try {
    const output = template(data, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    spend(output.length);
    return output;
  } finally {
    budget = outer;
  }
}

/** What a template may call: the helpers above and the four block helpers. */
const HELPERS = ['blocks', 'line', 'capitals', 'inc'];
const BLOCK_HELPERS = ['each', 'if', 'unless', 'with'];
/** Names that are not data: Object.prototype's members (constructor, __proto__, toString…). */
const NOT_DATA = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const handlebars = Handlebars.create();
// Helpers that reach outside the data: `log` writes whatever it is given (a party's phone) to
// the server log, `lookup` reads a property named at render time. Neither is used by templates/.
handlebars.unregisterHelper('log');
handlebars.unregisterHelper('lookup');

/** A block's body that counts each pass through it and what the pass produces. */
const metered = (body: Handlebars.TemplateDelegate | undefined): Handlebars.TemplateDelegate | undefined =>
  body &&
  ((...args) => {
    spend(0, 1);
    const output = body(...args);
    spend(output.length);
    return output;
  });

/** Every block helper runs its body metered ({{#parties}} reaches each through blockHelperMissing). */
for (const name of BLOCK_HELPERS) {
  const helper = handlebars.helpers[name] as Handlebars.HelperDelegate;
  handlebars.registerHelper(
    name,
    function (this: unknown, context: unknown, options: Handlebars.HelperOptions): string {
      return helper.call(this, context, {
        ...options,
        fn: metered(options.fn),
        inverse: metered(options.inverse),
      }) as string;
    },
  );
}

/** Multi-line text as consecutive layout lines of one kind: {{blocks "para" facts}}. */
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);
const counted = (text: string) => {
  spend(text.length);
  return text;
};

handlebars.registerHelper('blocks', (kind: string, text: unknown) =>
  counted(
    asText(text)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `${kind} ${line}`)
      .join('\n'),
  ),
);
/** One line of text: line breaks become spaces so a value cannot start a new block. */
handlebars.registerHelper('line', (text: unknown) => counted(asText(text).replace(/\s*\r?\n\s*/g, ' ')));
handlebars.registerHelper('capitals', (amount: string) => amountInCapitals(amount));
handlebars.registerHelper('inc', (n: number) => n + 1);

type Node = hbs.AST.Node & { type: string };

/**
 * Top-level variables a template reads, including those only used as block
 * parameters ({{#each parties}}, {{#if draft}}), which strict mode misses.
 * Throws a {@link TemplateRefusal} for what the sandbox does not allow: partials,
 * decorators, helpers other than those above, and paths through Object.prototype.
 */
export function topLevelVariables(source: string): string[] {
  const names = new Set<string>();
  const visit = (node: Node | undefined | null, depth: number): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach((child) => visit(child, depth));
        break;
      case 'MustacheStatement':
      case 'SubExpression':
      case 'BlockStatement': {
        const statement = node as hbs.AST.BlockStatement;
        const name = statement.path.type === 'PathExpression' ? statement.path.original : '';
        const isHelper = statement.params.length > 0 || (statement.hash?.pairs.length ?? 0) > 0;
        if (node.type === 'BlockStatement') {
          if (!BLOCK_HELPERS.includes(name))
            throw new TemplateRefusal(`模板不能使用 {{#${name}}};可用的块:${BLOCK_HELPERS.join('、')}`);
        } else if (isHelper && !HELPERS.includes(name)) {
          throw new TemplateRefusal(`模板不能使用辅助函数 {{${name}}};可用:${HELPERS.join('、')}`);
        }
        if (!isHelper) visit(statement.path, depth);
        else visitPath(statement.path);
        statement.params.forEach((param) => visit(param, depth));
        statement.hash?.pairs.forEach((pair) => visit(pair.value, depth));
        const changesContext = ['each', 'with'].includes(name);
        visit(statement.program, changesContext ? depth + 1 : depth);
        visit(statement.inverse, depth);
        break;
      }
      case 'PathExpression': {
        const path = visitPath(node);
        if (
          depth === 0 &&
          !path.data &&
          path.parts.length > 0 &&
          !Object.hasOwn(handlebars.helpers, path.original)
        )
          names.add(path.parts[0]!);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        throw new TemplateRefusal('模板不能使用局部模板({{> …}})');
      case 'Decorator':
      case 'DecoratorBlock':
        throw new TemplateRefusal('模板不能使用装饰器({{* …}})');
      default:
        break;
    }
  };
  const visitPath = (node: Node): hbs.AST.PathExpression => {
    const path = node as hbs.AST.PathExpression;
    const forbidden =
      path.type === 'PathExpression' ? path.parts.find((part) => NOT_DATA.has(part)) : undefined;
    if (forbidden !== undefined)
      throw new TemplateRefusal(`模板不能读取 {{${path.original}}}:“${forbidden}”不是文书数据`);
    return path;
  };
  visit(Handlebars.parse(source), 0);
  return [...names];
}

/** Organisation-specific template sources by template name (see template-overrides.ts). */
export type TemplateOverrides = Readonly<Record<string, string>>;

interface Compiled {
  template: Handlebars.TemplateDelegate;
  variables: string[];
}

const defaults = new Map<string, Compiled>();
/** Overrides compiled by their source; cleared when it grows, as sources change rarely. */
const overrides = new Map<string, Compiled>();

/**
 * Compiles with the rules of every template: strict mode, no HTML escaping (the output is
 * layout, not HTML), the sandbox of {@link topLevelVariables}, and no source longer than
 * {@link MAX_TEMPLATE_SOURCE}.
 */
export function compileTemplate(source: string): Compiled {
  if (source.length > MAX_TEMPLATE_SOURCE)
    throw new TemplateRefusal(`模板不能超过 ${MAX_TEMPLATE_SOURCE} 个字符(当前 ${source.length} 个)`);
  // Counted before parsing: parsing is itself ~0.1 ms per expression on a loaded machine.
  if ((source.match(/\{\{/g)?.length ?? 0) > MAX_TEMPLATE_EXPRESSIONS)
    throw new TemplateRefusal(`模板中的 {{…}} 表达式不能超过 ${MAX_TEMPLATE_EXPRESSIONS} 个`);
  const variables = topLevelVariables(source);
  return {
    template: handlebars.compile(source, {
      noEscape: true,
      strict: true,
      knownHelpers: { log: false, lookup: false },
    }),
    variables,
  };
}

/** The built-in source of a template. */
export function defaultTemplateSource(name: string): string {
  return readFileSync(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
}

function compiled(name: string, override: string | undefined): Compiled {
  if (override !== undefined) {
    let found = overrides.get(override);
    if (!found) {
      if (overrides.size > 100) overrides.clear();
      found = compileTemplate(override);
      overrides.set(override, found);
    }
    return found;
  }
  let found = defaults.get(name);
  if (!found) {
    found = compileTemplate(defaultTemplateSource(name));
    defaults.set(name, found);
  }
  return found;
}

/**
 * Renders a template to layout source: the organisation's override when given,
 * else the built-in one. A variable missing from the data is an error, never a
 * blank on a legal document (strict mode checks nested values, topLevelVariables
 * the rest). Compiled once per process. A render past {@link RENDER_LIMITS} is a 422
 * (the document is too large to produce), as is an override that cannot render (one
 * stored before it was checked as it is now): the organisation's template is at fault,
 * not the server.
 */
export function renderTemplate(
  name: string,
  data: Record<string, unknown>,
  templateOverrides: TemplateOverrides = {},
): string {
  const override = Object.hasOwn(templateOverrides, name) ? templateOverrides[name] : undefined;
  try {
    const { template, variables } = compiled(name, override);
    const missing = variables.filter((variable) => data[variable] === undefined);
    if (missing.length)
      throw new Error(`template ${name}: missing ${missing.map((m) => `"${m}"`).join(', ')}`);
    return renderWithinBudget(template, data);
  } catch (error) {
    if (error instanceof TemplateBudgetExceeded) throw DocumentErrors.templateTooLarge(name);
    if (override !== undefined) throw DocumentErrors.templateUnrenderable(name);
    throw error;
  }
}
