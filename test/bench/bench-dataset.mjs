// The benchmark's database of a given size: reused when it holds exactly that many cases, built otherwise.
import pg from 'pg';
import { startServer, stopServer } from './bench-cluster.mjs';
import { generateCases } from './generate-cases.mjs';

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Database `db` of the bench cluster with `cases` cases: reused, or created from scratch (schema and
 * demo data by starting the production server once, then generate-cases.mjs). Returns the generation's
 * figures when it generated.
 */
export async function prepareDatabase({ cluster, db, cases, log }) {
  const exists = await withClient(cluster.adminUrl, async (c) => {
    return (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount > 0;
  });
  const held = exists
    ? await withClient(cluster.urlOf(db), async (c) => {
        const t = await c.query(`SELECT to_regclass('cases') IS NOT NULL AS ok`);
        return t.rows[0].ok ? Number((await c.query('SELECT count(*) AS n FROM cases')).rows[0].n) : 0;
      })
    : 0;
  // Cases the benchmark itself created (the creation scenario) do not make it another data set.
  const generated = exists
    ? await withClient(cluster.urlOf(db), async (c) =>
        held
          ? Number(
              (await c.query(`SELECT count(*) AS n FROM cases WHERE title !~ '^相邻通行纠纷 [0-9]+$'`))
                .rows[0].n,
            )
          : 0,
      )
    : 0;
  if (generated === cases) {
    log(
      `reusing database ${db} (${cases.toLocaleString('en-US')} generated cases, ${held.toLocaleString('en-US')} in all)`,
    );
    return undefined;
  }
  log(
    `${db} holds ${generated.toLocaleString('en-US')} generated cases, not ${cases.toLocaleString('en-US')}: building it`,
  );
  await withClient(cluster.adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${db}`);
  });
  log('creating the schema and demo data: starting the production server once');
  const server = await startServer(cluster.urlOf(db), log);
  await stopServer(server.child);
  log(`generating ${cases.toLocaleString('en-US')} cases`);
  const generation = await generateCases({ url: cluster.urlOf(db), cases, deferIndexes: true, log });
  await withClient(cluster.urlOf(db), async (c) => {
    const t = Date.now();
    await c.query('VACUUM (ANALYZE)');
    log(`VACUUM ANALYZE in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  });
  return generation;
}
