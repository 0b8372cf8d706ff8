// What the case benchmark asks for: two-character given names as they occur among the parties in each
// user's scope, case ids of the largest scope, and the size of the data set.
import pg from 'pg';

/** What the scenarios ask for: given names (two characters), case ids, the users' scopes. */
export async function workload(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const users = (
      await c.query(`SELECT u.username, u.id, u.role, u.organisation_id AS "organisationId", o.path AS "organisationPath"
                       FROM users u JOIN organisations o ON o.id = u.organisation_id
                      WHERE u.username IN ('director.yang', 'mediator.yang')`)
    ).rows;
    const director = users.find((u) => u.username === 'director.yang');
    const mediator = users.find((u) => u.username === 'mediator.yang');
    // Names as they occur: popular names come up more often, as in real searches.
    const names = async (visible) =>
      (
        await c.query(
          `SELECT substr(p.name, 2, 2) AS q FROM parties p TABLESAMPLE SYSTEM (5) REPEATABLE (7)
             JOIN cases c ON c.id = p.case_id
            WHERE p.kind = 'person' AND char_length(p.name) = 3 AND ${visible}
            ORDER BY md5(p.id::text) LIMIT 2000`,
        )
      ).rows.map((row) => row.q);
    const inScope = (user) =>
      `c.organisation_id IN (SELECT id FROM organisations WHERE path LIKE '${user.organisationPath}%')`;
    const onTeam = `(c.registered_by_id = '${mediator.id}' OR EXISTS (SELECT 1 FROM case_mediators cm
                     JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id = c.id AND m.user_id = '${mediator.id}'))`;
    const ids = (
      await c.query(
        `SELECT c.id FROM cases c TABLESAMPLE SYSTEM (5) REPEATABLE (7) WHERE ${inScope(director)}
          ORDER BY md5(c.id::text) LIMIT 5000`,
      )
    ).rows.map((row) => row.id);
    const dataset = (
      await c.query(`SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM parties) AS parties,
        (SELECT count(*) FROM mediation_sessions) AS sessions, (SELECT count(*) FROM case_events) AS events,
        (SELECT count(*) FROM cases c WHERE ${inScope(director)}) AS director_scope,
        (SELECT count(*) FROM cases c WHERE ${inScope(mediator)} AND ${onTeam}) AS mediator_scope,
        pg_size_pretty(pg_database_size(current_database())) AS size, version() AS version`)
    ).rows[0];
    return {
      director,
      mediator,
      directorNames: await names(inScope(director)),
      mediatorNames: await names(`${inScope(mediator)} AND ${onTeam}`),
      ids,
      dataset,
    };
  } finally {
    await c.end();
  }
}
