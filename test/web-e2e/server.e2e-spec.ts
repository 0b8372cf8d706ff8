import { rm } from 'node:fs/promises';
import { freePort, newDataDir, startServer, stopServer } from './support/server.mjs';

describe('the production server (npm start)', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await newDataDir()));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts on an empty data folder, loads the demo data, and serves the API and the web app', async () => {
    const server = await startServer({ dataDir, port: await freePort() });
    try {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ status: 'ok', db: 'up' });
      const page = await fetch(`${server.url}/login`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<tj-root');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(server.output()).toContain('mediator.yang');
      console.log(`cold start to healthy (new cluster + migrations + demo data): ${server.startedInMs} ms`);
    } finally {
      await stopServer(server.child);
    }
  });

  it('comes back with the same data after being killed with SIGKILL (PostgreSQL left running)', async () => {
    const first = await startServer({ dataDir, port: await freePort() });
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'tiaojie-demo' }),
    });
    expect(login.status).toBe(200);
    await stopServer(first.child, 'SIGKILL');
    const second = await startServer({ dataDir, port: await freePort() });
    try {
      const again = await fetch(`${second.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'tiaojie-demo' }),
      });
      expect(again.status).toBe(200);
      // The demo data was not loaded twice: still four roots (bureau, court, police, petition office).
      const { accessToken } = (await again.json()) as { accessToken: string };
      const tree = await fetch(`${second.url}/api/organisations`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(((await tree.json()) as unknown[]).length).toBe(4);
      console.log(`restart after SIGKILL to healthy: ${second.startedInMs} ms`);
    } finally {
      await stopServer(second.child);
    }
  });

  it('refuses to start in production with the demo secrets, saying why', async () => {
    const port = await freePort();
    await expect(startServer({ dataDir, port, env: { NODE_ENV: 'production' } })).rejects.toThrow(
      /TIAOJIE_SECRET is required in production/,
    );
  });
});
