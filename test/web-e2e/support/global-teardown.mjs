import { stopServer } from './server.mjs';

export default async function globalTeardown() {
  const server = globalThis.__TIAOJIE_SERVER__;
  if (server) await stopServer(server.child);
}
