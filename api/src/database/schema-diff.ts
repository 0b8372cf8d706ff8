import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

export interface SchemaQuery {
  query: string;
  parameters?: unknown[];
}

export interface SchemaDiff {
  up: SchemaQuery[];
  down: SchemaQuery[];
}

/**
 * Runs every migration on an empty database at `url`, then asks TypeORM what
 * it would still change to match the entities. Empty means they agree.
 */
export async function schemaDiffAfterMigrations(url: string): Promise<SchemaDiff> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const plain = (q: SchemaQuery): SchemaQuery =>
      q.parameters?.length ? { query: q.query, parameters: q.parameters } : { query: q.query };
    return { up: sql.upQueries.map(plain), down: sql.downQueries.map(plain) };
  } finally {
    await dataSource.destroy();
  }
}
