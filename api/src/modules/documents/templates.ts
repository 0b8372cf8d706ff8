import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { amountInCapitals } from './chinese-money.js';

/** Templates live in the repository's templates/ folder (one .hbs per document). */
export const TEMPLATE_DIR = resolve(process.env['TIAOJIE_TEMPLATE_DIR'] ?? 'templates');

const handlebars = Handlebars.create();

/** Multi-line text as consecutive layout lines of one kind: {{blocks "para" facts}}. */
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);

handlebars.registerHelper('blocks', (kind: string, text: unknown) =>
  asText(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `${kind} ${line}`)
    .join('\n'),
);
/** One line of text: line breaks become spaces so a value cannot start a new block. */
handlebars.registerHelper('line', (text: unknown) => asText(text).replace(/\s*\r?\n\s*/g, ' '));
handlebars.registerHelper('capitals', (amount: string) => amountInCapitals(amount));
handlebars.registerHelper('inc', (n: number) => n + 1);

type Node = hbs.AST.Node & { type: string };

/**
 * Top-level variables a template reads, including those only used as block
 * parameters ({{#each parties}}, {{#if draft}}), which strict mode misses.
 */
export function topLevelVariables(source: string): string[] {
  const names = new Set<string>();
  const visit = (node: Node | undefined, depth: number): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach((child) => visit(child, depth));
        break;
      case 'MustacheStatement':
      case 'BlockStatement': {
        const statement = node as hbs.AST.BlockStatement;
        const isHelper = statement.params.length > 0;
        if (!isHelper) visit(statement.path, depth);
        statement.params.forEach((param) => visit(param, depth));
        const changesContext = ['each', 'with'].includes(statement.path.original);
        visit(statement.program, changesContext ? depth + 1 : depth);
        visit(statement.inverse, depth);
        break;
      }
      case 'PathExpression': {
        const path = node as hbs.AST.PathExpression;
        if (depth === 0 && !path.data && path.parts.length > 0 && !handlebars.helpers[path.original])
          names.add(path.parts[0]!);
        break;
      }
      default:
        break;
    }
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

/** Compiles with the rules of every template: strict mode, no HTML escaping (the output is layout, not HTML). */
export function compileTemplate(source: string): Compiled {
  return {
    template: handlebars.compile(source, { noEscape: true, strict: true }),
    variables: topLevelVariables(source),
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
 * the rest). Compiled once per process.
 */
export function renderTemplate(
  name: string,
  data: Record<string, unknown>,
  templateOverrides: TemplateOverrides = {},
): string {
  const { template, variables } = compiled(name, templateOverrides[name]);
  const missing = variables.filter((variable) => data[variable] === undefined);
  if (missing.length) throw new Error(`template ${name}: missing ${missing.map((m) => `"${m}"`).join(', ')}`);
  return template(data);
}
