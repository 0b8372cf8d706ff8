// Loads N generated cases (parties, mediators, sessions, timeline) into a tiaojie database that has the
// schema and the demo data, with set-based SQL in batches of their own transactions.
//
//   node test/bench/generate-cases.mjs --url postgres://… [--cases 1000000] [--batch 50000] [--seed 1] [--workers 2]
//        [--defer-indexes]   drop the secondary indexes of the loaded tables and rebuild them at the end
//
// Needs the built API (npm run build): personal data is encrypted by its PersonalDataCipher with the demo key.
// No audit rows are written: the audit trail is hash-chained row by row and is not part of the data set.
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import * as S from './generate-sql.mjs';

const DIST = resolve(import.meta.dirname, '../../dist/api/api/src');
const LOADED_TABLES = ['cases', 'parties', 'mediation_sessions', 'case_events', 'case_mediators'];
/** One case in this many gets encrypted ID numbers and phones on its person parties (a few thousand parties per million cases). */
const ENCRYPTED_EVERY = 400;

/** Organisations, registrars and the presiding-mediator shares of the demo roster. */
const ORGS = ['老杨调解中心', '枫桥镇人民调解委员会', '枫源村人民调解委员会'];
const USERS = ['director.yang', 'mediator.yang', 'mediator.zhao', 'mediator.zhou', 'sfs.wang'];
const MEDIATORS = ['杨光照', '杨建国', '赵丽华', '陈心怡', '周志明', '何建军']; // the first four mediate at 老杨
// prettier-ignore
const ROSTER = {
  // 老杨: the director registers most cases (no intake clerk in the demo); 枫源村 has no account of its own.
  registrars: [[[1, 70], [2, 15], [3, 15]], [[4, 1]], [[5, 1]]],
  // mediator.yang (杨建国) presides over about 30 % of 老杨's cases.
  presiding: [[[1, 15], [2, 30], [3, 30], [4, 25]], [[5, 1]], [[6, 1]]],
  coPool: 4,
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentId(birth /* YYYYMMDD */, sex) {
  const body = `330681${birth}${String(randomInt(100)).padStart(2, '0')}${randomInt(5) * 2 + (sex === 'male' ? 1 : 0)}`;
  const sum = ID_WEIGHTS.reduce((total, w, i) => total + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
const mobile = () => `1${'35789'[randomInt(5)]}${String(randomInt(1e9)).padStart(9, '0')}`;

/** Ids of the demo organisations, accounts and mediators the generated cases refer to. */
async function resolveRoster(client) {
  const ids = async (sql, names) => {
    const { rows } = await client.query(sql, [names]);
    const byName = new Map(rows.map((row) => [row.key, row]));
    const missing = names.filter((name) => !byName.has(name));
    if (missing.length)
      throw new Error(
        `Demo data missing (${missing.join(', ')}): start the server once with TIAOJIE_DEMO=true`,
      );
    return names.map((name) => byName.get(name));
  };
  const orgs = await ids(
    'SELECT name AS key, id, case_number_prefix FROM organisations WHERE name = ANY($1)',
    ORGS,
  );
  const users = await ids('SELECT username AS key, id, name FROM users WHERE username = ANY($1)', USERS);
  const mediators = await ids(
    `SELECT m.name AS key, m.id, m.user_id, u.name AS user_name, m.organisation_id
       FROM mediators m LEFT JOIN users u ON u.id = m.user_id WHERE m.name = ANY($1)`,
    MEDIATORS,
  );
  return { orgs, users, mediators };
}

/** The roster as session-local tables of the worker's connection. */
async function rosterTables(client, { orgs, users, mediators }) {
  const orgIdx = (id) => orgs.findIndex((o) => o.id === id) + 1;
  const values = (rows) => rows.join(',\n');
  await client.query(`
    CREATE TEMP TABLE bench_orgs (idx int PRIMARY KEY, id uuid, prefix text);
    INSERT INTO bench_orgs VALUES ${values(orgs.map((o, i) => `(${i + 1}, ${S.lit(o.id)}, ${S.lit(o.case_number_prefix)})`))};
    CREATE TEMP TABLE bench_users (idx int PRIMARY KEY, id uuid, name text);
    INSERT INTO bench_users VALUES ${values(users.map((u, i) => `(${i + 1}, ${S.lit(u.id)}, ${S.lit(u.name)})`))};
    CREATE TEMP TABLE bench_mediators (idx int PRIMARY KEY, id uuid, name text, user_id uuid, user_name text, org int);
    INSERT INTO bench_mediators VALUES ${values(
      mediators.map(
        (m, i) =>
          `(${i + 1}, ${S.lit(m.id)}, ${S.lit(m.key)}, ${m.user_id ? `${S.lit(m.user_id)}::uuid` : 'NULL'},
            ${m.user_name ? S.lit(m.user_name) : 'NULL'}, ${orgIdx(m.organisation_id)})`,
      ),
    )};`);
}

/** ID numbers and phones of the person parties of every ENCRYPTED_EVERY-th case, stored as the API stores them. */
async function encryptSome(client, cipher, { maskIdNumber, maskPhone }) {
  const { rows } = await client.query(
    `SELECT p.id, to_char(p.birth_date, 'YYYYMMDD') AS birth, p.sex, p.agent_name
       FROM parties p JOIN b ON b.id = p.case_id WHERE b.n % ${ENCRYPTED_EVERY} = 0 AND p.kind = 'person'`,
  );
  if (!rows.length) return 0;
  const cols = Array.from({ length: 9 }, () => []);
  for (const row of rows) {
    const idNumber = residentId(row.birth, row.sex);
    const phone = mobile();
    const agentPhone = row.agent_name ? mobile() : null;
    [
      row.id,
      cipher.encrypt(idNumber),
      cipher.lookupHash(idNumber),
      maskIdNumber(idNumber),
      cipher.encrypt(phone),
      cipher.lookupHash(phone),
      maskPhone(phone),
      agentPhone && cipher.encrypt(agentPhone),
      agentPhone && maskPhone(agentPhone),
    ].forEach((value, i) => cols[i].push(value));
  }
  await client.query(
    `UPDATE parties p SET id_type = 'resident_id', id_number_enc = u.ie, id_number_hash = u.ih, id_number_masked = u.im,
            phone_enc = u.pe, phone_hash = u.ph, phone_masked = u.pm, agent_phone_enc = u.ae, agent_phone_masked = u.am
       FROM unnest($1::uuid[], $2::bytea[], $3::text[], $4::text[], $5::bytea[], $6::text[], $7::text[], $8::bytea[], $9::text[])
            AS u(id, ie, ih, im, pe, ph, pm, ae, am)
      WHERE p.id = u.id`,
    cols,
  );
  return rows.length;
}

/** Secondary indexes (not backing a constraint) of the loaded tables, dropped now and returned for rebuilding. */
async function dropIndexes(client) {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [LOADED_TABLES],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  return rows;
}

const count = (n) => n.toLocaleString('en-US');

async function connect(url, log) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'`,
  );
  if (process.env.BENCH_TRACE) {
    const query = client.query.bind(client);
    client.query = async (...args) => {
      const t = Date.now();
      const result = await query(...args);
      log(`    ${Date.now() - t} ms  ${String(args[0]).trim().slice(0, 60).replace(/\s+/g, ' ')}`);
      return result;
    };
  }
  return client;
}

/** One loading connection: its own plan of all cases (identical in every worker), then its share of the batches. */
async function runWorker({
  url,
  roster,
  used,
  seed,
  from,
  to,
  batch,
  worker,
  workers,
  cipher,
  masks,
  totals,
  progress,
  log,
}) {
  const client = await connect(url, log);
  try {
    await rosterTables(client, roster);
    await client.query(S.FUNCTIONS_SQL(seed) + S.lookupTablesSql());
    await client.query(
      S.PLAN_SQL(
        roster.orgs.map((o) => o.id),
        used,
      ),
      [from, to],
    );
    await client.query('CREATE INDEX ON bench_plan (n); ANALYZE bench_plan');
    for (let lo = from + worker * batch; lo <= to; lo += workers * batch) {
      const hi = Math.min(to, lo + batch - 1);
      await client.query('BEGIN');
      await client.query(S.BATCH_SQL(ROSTER), [lo, hi]);
      await client.query('ANALYZE b');
      const done = {
        cases: (await client.query(S.CASES_INSERT)).rowCount,
        parties: (await client.query(S.PARTIES_INSERT)).rowCount,
        mediators: (await client.query(S.CASE_MEDIATORS_INSERT)).rowCount,
        sessions: (await client.query(`SELECT coalesce(sum(n_sessions), 0)::int AS n FROM b`)).rows[0].n,
        events:
          (await client.query(S.EVENTS_INSERT)).rowCount + (await client.query(S.SESSIONS_INSERT)).rowCount,
        encrypted: await encryptSome(client, cipher, masks),
      };
      await client.query('DROP TABLE b');
      await client.query('COMMIT');
      for (const [key, value] of Object.entries(done)) totals[key] += value;
      progress();
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Appends `cases` generated cases to the database at `url` with `workers` parallel connections;
 * returns what was loaded and how long it took. `log` receives progress lines.
 */
export async function generateCases({
  url,
  cases = 1_000_000,
  batch = 50_000,
  seed = 1,
  workers = 2,
  deferIndexes = false,
  log = console.log,
}) {
  const { PersonalDataCipher, maskIdNumber, maskPhone } = await import(`${DIST}/common/personal-data.js`);
  const { DEMO_DATA_KEY } = await import(`${DIST}/config/config.js`);
  const cipher = new PersonalDataCipher(Buffer.from(DEMO_DATA_KEY, 'base64'));
  const client = await connect(url, log);
  const started = Date.now();
  let dropped = [];
  try {
    const roster = await resolveRoster(client);
    const used = (await client.query(S.USED_NUMBERS_SQL)).rows;
    const from = Number((await client.query('SELECT count(*) + 1 AS first FROM cases')).rows[0].first);
    const to = from + cases - 1;
    if (deferIndexes) {
      dropped = await dropIndexes(client);
      log(
        `dropped ${dropped.length} secondary indexes of ${LOADED_TABLES.join(', ')}: rebuilt after loading`,
      );
    }
    const totals = { cases: 0, parties: 0, sessions: 0, events: 0, mediators: 0, encrypted: 0 };
    const progress = () => {
      const seconds = (Date.now() - started) / 1000;
      log(
        `  ${count(totals.cases)} / ${count(cases)} cases  (${Math.round(totals.cases / seconds)} cases/s, ${seconds.toFixed(0)} s)`,
      );
    };
    const shared = { url, roster, used, seed, from, to, batch, workers, cipher, totals, progress, log };
    const masks = { maskIdNumber, maskPhone };
    await Promise.all(
      Array.from({ length: workers }, (_, worker) => runWorker({ ...shared, worker, masks })),
    );
    const loadedAt = Date.now();
    for (const { name, def } of dropped) {
      const t = Date.now();
      await client.query(def);
      log(`  rebuilt ${name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    dropped = [];
    await client.query(`
      INSERT INTO case_number_counters (organisation_id, year, last_value)
      SELECT organisation_id, year, max(seq) FROM cases GROUP BY 1, 2
      ON CONFLICT (organisation_id, year) DO UPDATE
        SET last_value = greatest(case_number_counters.last_value, EXCLUDED.last_value)`);
    const seconds = (Date.now() - started) / 1000;
    const rows = totals.cases + totals.parties + totals.sessions + totals.events + totals.mediators;
    const { size } = (
      await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')
    ).rows[0];
    log(
      `loaded ${count(totals.cases)} cases, ${count(totals.parties)} parties (${count(totals.encrypted)} with encrypted ` +
        `ID numbers and phones), ${count(totals.sessions)} sessions, ${count(totals.events)} timeline events, ` +
        `${count(totals.mediators)} case mediators in ${seconds.toFixed(1)} s with ${workers} connections ` +
        `(load ${((loadedAt - started) / 1000).toFixed(1)} s, indexes ${((Date.now() - loadedAt) / 1000).toFixed(1)} s): ` +
        `${Math.round(totals.cases / seconds)} cases/s, ${Math.round(rows / seconds)} rows/s; database size ${size}`,
    );
    return { ...totals, seconds, loadSeconds: (loadedAt - started) / 1000, size };
  } catch (error) {
    for (const { def } of dropped) await client.query(def).catch(() => undefined); // leave the schema whole
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env.DATABASE_URL },
      cases: { type: 'string', default: '1000000' },
      batch: { type: 'string', default: '50000' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: '2' },
      'defer-indexes': { type: 'boolean', default: false },
    },
  });
  if (!values.url) {
    console.error(
      'Usage: node test/bench/generate-cases.mjs --url postgres://… [--cases N] (or DATABASE_URL)',
    );
    process.exit(2);
  }
  await generateCases({
    url: values.url,
    cases: Number(values.cases),
    batch: Number(values.batch),
    seed: Number(values.seed),
    workers: Number(values.workers),
    deferIndexes: values['defer-indexes'],
  });
}
