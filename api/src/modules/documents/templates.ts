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

const cache = new Map<string, { template: Handlebars.TemplateDelegate; variables: string[] }>();

/**
 * Renders a template to layout source. A variable missing from the data is an
 * error, never a blank on a legal document (strict mode checks nested values,
 * topLevelVariables the rest). Compiled once per process.
 */
export function renderTemplate(name: string, data: Record<string, unknown>): string {
  let compiled = cache.get(name);
  if (!compiled) {
    const source = readFileSync(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
    compiled = {
      template: handlebars.compile(source, { noEscape: true, strict: true }),
      variables: topLevelVariables(source),
    };
    cache.set(name, compiled);
  }
  const missing = compiled.variables.filter((variable) => data[variable] === undefined);
  if (missing.length) throw new Error(`template ${name}: missing ${missing.map((m) => `"${m}"`).join(', ')}`);
  return compiled.template(data);
}
