import { schemaDiffAfterMigrations } from '../../api/src/database/schema-diff.js';
import { createApp } from '../../api/src/bootstrap.js';
import { DemoDataService } from '../../api/src/database/demo-data.service.js';
import { newTestDatabase, serverUrl, testConfig } from './support/test-app.js';
import pg from 'pg';

describe('schema', () => {
  it('is exactly what the migrations build: entities and migrations agree', async () => {
    const admin = new pg.Client({ connectionString: serverUrl('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE schema_drift');
    await admin.end();
    const diff = await schemaDiffAfterMigrations(serverUrl('schema_drift'));
    expect(diff.up.map((q) => q.query)).toEqual([]);
  });

  it('refuses to start in production while a demo account keeps the published password', async () => {
    const app = await createApp(testConfig(), await newTestDatabase());
    try {
      await expect(app.get(DemoDataService).refuseDemoPasswords()).rejects.toThrow(
        /published demo password: .*director\.yang/,
      );
    } finally {
      await app.close();
    }
  });
});
