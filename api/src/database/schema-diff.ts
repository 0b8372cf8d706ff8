import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

export interface SchemaDiff {
  up: string[];
  down: string[];
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
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query),
    };
  } finally {
    await dataSource.destroy();
  }
}
