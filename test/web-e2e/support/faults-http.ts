import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';

/** What a request got: an HTTP answer, or `status: 0` with the transport error (refused, reset, timed out). */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers | undefined;
  error?: string;
}

/** A signed-in client of one API process that never throws on an error answer (the faults tests count them). */
export interface FaultClient {
  base: string;
  token: string;
  user: { id: string; organisationId: string; name: string };
  send<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  /** As `send`, but throws unless the answer is 2xx. */
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
}

/** Far above any answer time on a loaded machine: a request still open after this has hung. */
export const HANG_MS = 30_000;

export async function send<T = Record<string, unknown>>(
  url: string,
  init: { method: string; body?: unknown; headers?: Record<string, string> },
): Promise<Answer<T>> {
  try {
    const res = await fetch(url, {
      method: init.method,
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, body: body as T, headers: res.headers };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, body: undefined as T, headers: undefined, error: cause ?? String(error) };
  }
}

export async function clientOf(base: string, username: string): Promise<FaultClient> {
  const login = await send<{ accessToken: string; user: FaultClient['user'] }>(`${base}/api/auth/login`, {
    method: 'POST',
    body: { username, password: 'tiaojie-demo' },
  });
  if (login.status !== 200)
    throw new Error(`login ${username}: ${login.status} ${JSON.stringify(login.body)}`);
  const auth = { authorization: `Bearer ${login.body.accessToken}` };
  const client: FaultClient = {
    base,
    token: login.body.accessToken,
    user: login.body.user,
    send: (method, path, body, headers = {}) =>
      send(`${base}${path}`, { method, body, headers: { ...auth, ...headers } }),
    async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const answer = await client.send<T>(method, path, body, headers);
      if (answer.status < 200 || answer.status > 299)
        throw new Error(`${method} ${path}: ${answer.status || answer.error} ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
  };
  return client;
}

/** The error body of docs/api.md: `{ statusCode, code, message, details? }` with the status it came with. */
export function isErrorShape(answer: Answer<unknown>): boolean {
  const body = answer.body as { statusCode?: unknown; code?: unknown; message?: unknown } | undefined;
  return (
    typeof body === 'object' &&
    body !== null &&
    body.statusCode === answer.status &&
    typeof body.code === 'string' &&
    /^[A-Z_]+$/.test(body.code) &&
    typeof body.message === 'string' &&
    body.message.length > 0
  );
}

/**
 * Writes a JSON POST and destroys the socket as soon as the body is flushed, before any answer
 * can be read: a client whose connection dropped mid-request. Resolves when the socket is gone.
 */
export function postAndDrop(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  dropAfterMs = 0,
): Promise<void> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const req = httpRequest(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
    });
    req.on('error', () => undefined); // the abort we cause
    req.on('response', (res) => res.resume()); // too late: the server answered within dropAfterMs
    req.on('close', () => resolve());
    req.end(payload, () => setTimeout(() => req.destroy(), dropAfterMs));
  });
}

/** The figures of the faults suite, printed as they come and written to tmp/test-results/faults.json. */
export const figures = {
  faultsInjected: {
    postgresRestart: 0,
    postgresSilent: 0,
    sigkillDuringFinalise: 0,
    droppedConnection: 0,
    concurrentSave: 0,
  },
  writesAcknowledged: 0,
  writesLost: 0,
  writesFailedCleanly: 0,
  requestsHung: 0,
  recoveryAfterPostgresRestartMs: null as number | null,
  /** How long a request waited for a PostgreSQL that accepts connections but never answers. */
  answerWhilePostgresSilentMs: null as number | null,
  agreementsFinalisedAfterKill: 0,
  agreementsPendingAfterKill: 0,
  halfFinalisedAgreements: 0,
  duplicateCreations: 0,
  conflictsSeen: 0,
  lostUpdates: 0,
};

export function report(line: string): void {
  process.stdout.write(`[faults] ${line}\n`);
}

export async function writeFigures(): Promise<void> {
  await mkdir('tmp/test-results', { recursive: true });
  await writeFile('tmp/test-results/faults.json', `${JSON.stringify(figures, null, 2)}\n`);
  report(`figures: ${JSON.stringify(figures)}`);
}
