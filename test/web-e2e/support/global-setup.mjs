import { existsSync } from 'node:fs';
import { freePort, MAIN, newDataDir, startServer } from './server.mjs';

export default async function globalSetup() {
  if (!existsSync(MAIN) || !existsSync('dist/web/browser/index.html')) {
    throw new Error('Build first: npm run build (npm run test:e2e does it for you)');
  }
  const dataDir = await newDataDir();
  const server = await startServer({ dataDir, port: await freePort() });
  globalThis.__TIAOJIE_SERVER__ = server;
  process.env.TIAOJIE_E2E_URL = server.url;
  // Specs that must set up a state the UI cannot reach in a test (an overdue clock) open the database.
  process.env.TIAOJIE_E2E_DATA_DIR = dataDir;
}
