// Sends one hostile request from a process of its own, so that producing a gigabyte body does not
// share the event loop (or the heap) of the API under test, which runs in the test's process:
//
//   node sender.mjs <url> <json headers>   (the body's JSON on standard input)
//
// The body is `{ text }` (sent as is, with its length) or `{ head, total, tail, fill }`: `total`
// bytes of `fill` between `head` and `tail`, produced on the fly, never held whole (chunked unless
// the headers give a Content-Length). Prints one JSON line, `{ status, body, sent, ms }`, as soon as
// the answer has arrived, stopping the upload; status 0 when the connection failed before any answer
// or nothing came within 30 s.
import { request } from 'node:http';
import { Readable } from 'node:stream';

const MB = 1024 * 1024;
const [url, headersJson] = process.argv.slice(2);
const headers = JSON.parse(headersJson);
const input = [];
for await (const chunk of process.stdin) input.push(chunk);
const spec = JSON.parse(Buffer.concat(input).toString('utf8'));

function generated({ head, total, tail = '', fill = 'x' }) {
  const chunk = Buffer.alloc(64 * 1024, fill);
  let left = total;
  let stage = 0;
  return new Readable({
    read() {
      if (stage === 0) {
        stage = 1;
        this.push(head);
      } else if (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      } else if (stage === 1) {
        stage = 2;
        this.push(tail);
        this.push(null);
      }
    },
  });
}

const started = performance.now();
let sent = 0;
let settled = false;
const body = 'text' in spec ? null : generated(spec);
const req = request(url, { method: 'POST', headers, agent: false });
const timer = setTimeout(() => finish(0, 'no answer within 30 s'), 30_000);

function finish(status, text) {
  if (settled) return;
  settled = true;
  clearTimeout(timer);
  body?.destroy();
  req.destroy();
  process.stdout.write(
    `${JSON.stringify({ status, body: text, sent, ms: Math.round(performance.now() - started) })}\n`,
    () => process.exit(0),
  );
}

req.on('response', (res) => {
  const chunks = [];
  let size = 0;
  res.on('data', (chunk) => {
    size += chunk.length;
    if (size <= 4 * MB) chunks.push(chunk);
  });
  res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
  res.on('error', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
});
req.on('error', (error) => setTimeout(() => finish(0, `connection: ${error.message}`), 200));
if (body) {
  body.on('data', (chunk) => (sent += chunk.length));
  body.pipe(req);
} else {
  sent = Buffer.byteLength(spec.text);
  req.end(spec.text);
}
