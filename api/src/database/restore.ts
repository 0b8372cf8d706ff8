import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AUDIT_CHAIN_CHECK_SQL } from '../modules/audit/audit.service.js';
import {
  BACKUP_FORMAT,
  type BackupManifest,
  listTables,
  pgToolMajor,
  readTable,
  STABLE_TEXT_SETTINGS,
  type TableInfo,
} from './backup.js';
import { dataSourceOptions } from './data-source.js';

export interface RestoreOptions {
  url: string;
  file: string;
  /** Drop everything in the target's `public` schema first. */
  force?: boolean;
  /** Fingerprint of this installation's personal-data key, compared with the backup's. */
  dataKeyId?: string;
  log?: (line: string) => void;
}

export interface RestoreResult {
  kind: BackupManifest['kind'];
  manifest?: BackupManifest;
  tables: { name: string; rows: number }[];
  audit: { intact: boolean; checked: number; firstBrokenSeq?: number };
  warnings: string[];
}

export class RestoreRefused extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const BATCH_ROWS = 500;
const BATCH_CHARS = 16 * 1024 * 1024;

async function userTableCount(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`
    SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  return Number(rows[0]!.n);
}

async function fileKind(file: string): Promise<'builtin' | 'pg_dump'> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'builtin';
    if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  } finally {
    await handle.close();
  }
  throw new RestoreRefused(`${file} is neither a tiaojie backup nor a pg_dump custom-format archive`);
}

/** Restores a backup made by backupDatabase into the database at `url`. */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const kind = await fileKind(options.file);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    if ((await userTableCount(client)) > 0) {
      if (!options.force) {
        throw new RestoreRefused(
          'The target database is not empty. Restore into a new, empty database, or pass --force to drop ' +
            'everything in its public schema first.',
        );
      }
      log('--force: dropping everything in the target public schema');
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    }
    const warnings: string[] = [];
    let manifest: BackupManifest | undefined;
    if (kind === 'pg_dump') {
      manifest = existsSync(`${options.file}.manifest.json`)
        ? (JSON.parse(await readFile(`${options.file}.manifest.json`, 'utf8')) as BackupManifest)
        : undefined;
      const pgRestore = await pgToolMajor('pg_restore');
      if (!pgRestore)
        throw new RestoreRefused('This is a pg_dump archive but no pg_restore was found (set PG_BIN)');
      await promisify(execFile)(
        pgRestore.path,
        ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${options.url}`, options.file],
        { maxBuffer: 16 * 1024 * 1024 },
      );
    } else {
      manifest = await loadBuiltin(client, options, log);
    }
    if (manifest?.dataKeyId && options.dataKeyId && manifest.dataKeyId !== options.dataKeyId) {
      warnings.push(
        'The backup was made with a different TIAOJIE_DATA_KEY: ID numbers, phones and private notes will not ' +
          'decrypt until the original key is configured.',
      );
    }
    const tables = await verifyTables(client, manifest);
    const audit = (
      await client.query<{ checked: string; first_broken: string | null }>(AUDIT_CHAIN_CHECK_SQL)
    ).rows[0]!;
    const chain = {
      intact: audit.first_broken === null,
      checked: Number(audit.checked),
      ...(audit.first_broken === null ? {} : { firstBrokenSeq: Number(audit.first_broken) }),
    };
    if (!chain.intact) throw new Error(`The restored audit trail is broken at seq ${chain.firstBrokenSeq}`);
    return { kind, manifest, tables, audit: chain, warnings };
  } finally {
    await client.end();
  }
}

/** Builds the schema of the backup's migrations, then loads the rows in one transaction. */
async function loadBuiltin(
  client: pg.ClientBase,
  options: RestoreOptions,
  log: (line: string) => void,
): Promise<BackupManifest> {
  const input = createInterface({
    input: createReadStream(options.file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const lines = input[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    const item = await lines.next();
    return item.done ? undefined : item.value;
  };
  const first = await next();
  const header = first
    ? (JSON.parse(first) as { header?: Omit<BackupManifest, 'tables' | 'sequences'> }).header
    : undefined;
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused(`${options.file} is not a tiaojie backup`);
  await migrateTo(options.url, header.migrations, log);

  await client.query(STABLE_TEXT_SETTINGS);
  await client.query('BEGIN');
  try {
    const tables = new Map((await listTables(client)).map((t) => [t.name, t]));
    const fks = (
      await client.query<{ tbl: string; name: string; def: string }>(`
        SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
          FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = 'public' AND c.contype = 'f'`)
    ).rows;
    for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${ident(fk.name)}`);
    // Secondary indexes (trigram and full-text ones above all) are built once after the load.
    const indexes = (
      await client.query<{ name: string; def: string }>(`
        SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
          FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = 'public' AND t.relname <> 'migrations'
           -- a predicate or expression would come back rewritten (equivalent, but not the same text)
           AND i.indpred IS NULL AND i.indexprs IS NULL
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`)
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    const loaded = [...tables.keys()].filter((name) => name !== 'migrations');
    for (const name of loaded) await client.query(`ALTER TABLE ${ident(name)} DISABLE TRIGGER USER`);
    // Migrations may seed reference rows; the backup has them too.
    if (loaded.length) await client.query(`TRUNCATE ${loaded.map(ident).join(', ')}`);

    let manifest: BackupManifest | undefined;
    for (let line = await next(); line !== undefined; line = await next()) {
      const item = JSON.parse(line) as { table?: string; columns?: string[]; manifest?: BackupManifest };
      if (item.manifest) manifest = item.manifest;
      else if (item.table) {
        const target = tables.get(item.table);
        if (!target) throw new RestoreRefused(`The backup has a table ${item.table} that the schema lacks`);
        const rows = await loadTable(client, target, item.columns ?? [], next, item.table === 'migrations');
        if (rows) log(`  ${item.table}: ${rows} rows`);
      }
    }
    if (!manifest) throw new RestoreRefused(`${options.file} is truncated: it has no manifest`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await client.query(index.def);
    for (const fk of fks)
      await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`);
    for (const name of loaded) await client.query(`ALTER TABLE ${ident(name)} ENABLE TRIGGER USER`);
    for (const s of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        ident(s.name),
        s.lastValue,
        s.isCalled,
      ]);
    }
    await client.query('COMMIT');
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Applies the code's migrations up to the last one the backup had; refuses unknown ones. */
async function migrateTo(url: string, applied: string[], log: (line: string) => void): Promise<void> {
  const options = dataSourceOptions(url, 2);
  const known = (options.migrations as (new () => { name?: string })[]).map((M) => ({
    M,
    name: new M().name ?? M.name,
  }));
  const unknown = applied.filter((name) => !known.some((k) => k.name === name));
  if (unknown.length) {
    throw new RestoreRefused(
      `The backup was made by a newer version of tiaojie (migration ${unknown[0]} is unknown here): ` +
        'restore it with that version or a later one.',
    );
  }
  const upTo = known.slice(0, known.findIndex((k) => k.name === applied.at(-1)) + 1);
  if (upTo.length !== applied.length)
    throw new RestoreRefused('The backup lists its migrations out of order');
  const dataSource = new DataSource({ ...options, migrations: upTo.map((k) => k.M) });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  log(
    `Schema built with ${upTo.length} migrations (${known.length - upTo.length} newer ones run at the next start)`,
  );
}

async function loadTable(
  client: pg.ClientBase,
  target: TableInfo,
  columns: string[],
  next: () => Promise<string | undefined>,
  skip: boolean,
): Promise<number> {
  const missing = columns.filter((c) => !target.columns.includes(c));
  if (missing.length)
    throw new RestoreRefused(`Table ${target.name} has no column ${missing[0]} in this schema`);
  const types = columns.map((c) => target.types[target.columns.indexOf(c)]!);
  const insert =
    `INSERT INTO ${ident(target.name)} (${columns.map(ident).join(', ')}) OVERRIDING SYSTEM VALUE ` +
    `SELECT ${columns.map((_, i) => `u.c${i}::${types[i]}`).join(', ')} ` +
    `FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`;
  let batch: (string | null)[][] = columns.map(() => []);
  let size = 0;
  let count = 0;
  const flush = async () => {
    if (size && !skip) await client.query(insert, batch);
    batch = columns.map(() => []);
    size = 0;
  };
  for (let line = await next(); line !== undefined; line = await next()) {
    if (!line.startsWith('[')) {
      const end = JSON.parse(line) as { end?: string; rows?: number };
      if (end.end !== target.name) throw new RestoreRefused(`Table ${target.name} ends unexpectedly`);
      await flush();
      if (end.rows !== count)
        throw new RestoreRefused(`Table ${target.name}: ${count} rows read, ${end.rows} expected`);
      return count;
    }
    const row = JSON.parse(line) as (string | null)[];
    row.forEach((value, i) => batch[i]!.push(value));
    count++;
    size += line.length;
    if (count % BATCH_ROWS === 0 || size > BATCH_CHARS) await flush();
  }
  throw new RestoreRefused(`${target.name}: the backup ends in the middle of the table`);
}

/** Counts (and for the builtin format re-hashes) every table against the manifest. */
async function verifyTables(client: pg.ClientBase, manifest: BackupManifest | undefined) {
  await client.query(STABLE_TEXT_SETTINGS);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const result: { name: string; rows: number }[] = [];
    const tables = await listTables(client);
    for (const table of tables) {
      const expected = manifest?.tables.find((t) => t.name === table.name);
      const { rows, sha256 } = await readTable(client, table);
      result.push({ name: table.name, rows });
      if (!expected || table.name === 'migrations') continue;
      if (expected.rows !== rows)
        throw new Error(`${table.name}: ${rows} rows restored, ${expected.rows} in the backup`);
      if (expected.sha256 && expected.sha256 !== sha256)
        throw new Error(`${table.name}: restored content differs from the backup`);
    }
    return result;
  } finally {
    await client.query('COMMIT');
  }
}
