/**
 * Developer commands for the schema, against a throw-away embedded database:
 *   node dist/api/api/src/database/cli.js check          exits 1 when entities and migrations differ
 *   node dist/api/api/src/database/cli.js generate Name  writes migrations/<time>-<name>.ts
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded.js';
import { type SchemaQuery, schemaDiffAfterMigrations } from './schema-diff.js';

const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
const SCRATCH_DB = 'schema_check';
/** TypeORM records generated columns under the database's name: use the real one at run time. */
const params = (values: unknown[]) =>
  JSON.stringify(values.map((v) => (v === SCRATCH_DB ? '__DB__' : v))).replace(
    '"__DB__"',
    'await queryRunner.getCurrentDatabase()',
  );
const call = (q: SchemaQuery) =>
  `    await queryRunner.query(${quote(q.query)}${q.parameters ? `, ${params(q.parameters)}` : ''});`;

async function main(command: string | undefined, name: string | undefined): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'tiaojie-schema-'));
  await chmod(dir, 0o755); // the postgres user must be able to enter it
  const db = await startEmbeddedPostgres(dir, SCRATCH_DB);
  try {
    const diff = await schemaDiffAfterMigrations(db.url);
    if (command === 'check') {
      if (diff.up.length === 0) {
        process.stdout.write('Entities and migrations agree.\n');
        return 0;
      }
      process.stdout.write(
        `Entities and migrations differ; pending SQL:\n${diff.up.map((q) => q.query).join(';\n')};\n`,
      );
      return 1;
    }
    if (command === 'generate' && name && /^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
      if (diff.up.length === 0) {
        process.stdout.write('Nothing to generate: entities and migrations agree.\n');
        return 0;
      }
      const time = Date.now();
      const className = `${name[0]!.toUpperCase()}${name.slice(1)}${time}`;
      const file = resolve(
        'migrations',
        `${time}-${name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}.ts`,
      );
      const body = [
        `import type { MigrationInterface, QueryRunner } from 'typeorm';`,
        ``,
        `export class ${className} implements MigrationInterface {`,
        `  name = '${className}';`,
        ``,
        `  async up(queryRunner: QueryRunner): Promise<void> {`,
        ...diff.up.map(call),
        `  }`,
        ``,
        `  async down(queryRunner: QueryRunner): Promise<void> {`,
        ...diff.down.reverse().map(call),
        `  }`,
        `}`,
        ``,
      ].join('\n');
      await writeFile(file, body);
      const index = resolve('migrations/index.ts');
      const source = await readFile(index, 'utf8');
      const importLine = `import { ${className} } from './${file.split('/').pop()!.replace(/\.ts$/, '.js')}';\n`;
      await writeFile(
        index,
        source
          .replace(/(import type \{ MigrationInterface \} from 'typeorm';\n)/, `$1${importLine}`)
          .replace(/= \[(.*)\];/s, (_m, list: string) => {
            const kept = list.trim().replace(/,$/, '');
            return `= [${kept ? `${kept}, ` : ''}${className}];`;
          }),
      );
      process.stdout.write(`Wrote ${file}; review it, then commit it.\n`);
      return 0;
    }
    process.stderr.write('usage: cli.js check | generate <CamelCaseName>\n');
    return 2;
  } finally {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv[2], process.argv[3]);
