// The SQL that GET /api/cases?q=…&pageSize=20 sends to PostgreSQL, built from the API's own
// visibility and search conditions (dist/), for the "SQL floor" scenario: the statements that
// CasesService.list runs for a search (the page of ids with its count(*) OVER (), then the list rows),
// without HTTP, Nest or the session check.
import 'reflect-metadata';
import { resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../dist/api/api/src');

/** `:name` parameters (TypeORM style) to `$n`, a repeated name keeping its number. */
function positional(sql, params) {
  const names = [];
  const text = sql.replace(/(?<!:):(\w+)/g, (_, name) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, values: names.map((name) => params[name]) };
}

/** Mirrors CaseDetailReader.listItems. */
const LIST_ITEMS_SQL = `SELECT c.id, c.case_number, c.title, c.status, c.source, c.dispute_type, c.risk_level,
              c.organisation_id, o.name AS organisation_name, m.name AS presiding_mediator_name,
              c.created_at, c.last_activity_at, c.version,
              (SELECT json_agg(json_build_object('id', p.id, 'role', p.role, 'kind', p.kind, 'name', p.name)
                               ORDER BY p.position)
                 FROM parties p WHERE p.case_id = c.id) AS parties
         FROM cases c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN mediators m ON m.id = c.presiding_mediator_id
        WHERE c.id = ANY($1::uuid[])`;

/** A function running the list's statements for `q` as `user` ({ id, role, organisationId, organisationPath }). */
export async function searchSql(user, dataKey) {
  const { caseVisibility } = await import(`${DIST}/modules/cases/case-access.service.js`);
  const { searchCondition } = await import(`${DIST}/modules/cases/case-search.js`);
  const { PersonalDataCipher } = await import(`${DIST}/common/personal-data.js`);
  const cipher = new PersonalDataCipher(dataKey);
  const visibility = caseVisibility(user);
  return {
    /** The paging statement of one search (the service counts in it since commit 1f045fe). */
    statement(q) {
      const search = searchCondition(q, cipher);
      const where = `${visibility.sql} AND ${search.sql}`;
      const params = { ...visibility.params, ...search.params };
      return positional(
        `SELECT "c"."id" AS "id", count(*) OVER () AS "total" FROM "cases" "c" WHERE ${where}
          ORDER BY "c"."last_activity_at" DESC, "c"."id" ASC LIMIT 20 OFFSET 0`,
        params,
      );
    },
    /** Runs them on `pool` one after another, as the service does; returns the number of matches. */
    async run(pool, q) {
      const page = await pool.query(this.statement(q));
      if (page.rows.length) await pool.query(LIST_ITEMS_SQL, [page.rows.map((row) => row.id)]);
      return Number(page.rows[0]?.total ?? 0);
    },
  };
}
