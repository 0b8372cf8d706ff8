// A round-robin HTTP proxy in front of several API processes, counting the requests each one answered:
// the "simple local proxy" of docs/scaling.md, as the benchmark uses it (Node's global agent keeps
// the upstream connections alive).
import { request as forward, createServer } from 'node:http';
import { freePort } from './bench-cluster.mjs';

/** Starts the proxy over `backends` (base URLs); returns { url, counts, close() }. */
export async function startProxy(backends) {
  const targets = backends.map((b) => new URL(b));
  const counts = targets.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % targets.length;
    counts[i]++;
    const target = targets[i];
    const upstream = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"code":"BAD_GATEWAY","message":"上游服务不可用"}');
    });
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise((resolveClose) => server.close(resolveClose)),
  };
}
