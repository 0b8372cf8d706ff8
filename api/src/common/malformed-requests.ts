import type { NextFunction, Request, Response } from 'express';
import type { Duplex } from 'node:stream';
import { AppError, CommonErrorCode, CommonErrors, UNBOUNDED_BODY } from './errors.js';
import { sendError } from './exception.filter.js';

/**
 * Bounds of a JSON body, checked before class-transformer and class-validator see it: both walk
 * every value (class-validator's whitelist makes one error per unknown key, in time that grows
 * faster than the keys: 100,000 of them blocked the server 16 s). Each is far above the largest
 * legitimate body: a case of 50 parties (about 20 fields each, an agent three levels down), an
 * agreement of 50 terms, a session of 50 parties and 20 participants.
 */
export const BODY_LIMITS = {
  /** Levels of nesting; class-transformer recurses once per level. */
  depth: 20,
  /** Keys of one object (a DTO has fewer than 40). */
  keys: 200,
  /** Elements of one array (a DTO's lists hold at most 50). */
  items: 1000,
  /** Objects, arrays and values in all (a case of 50 parties has about 1,500). */
  values: 20_000,
} as const;

export type BodyProblem = 'tooDeep' | 'tooManyKeys' | 'tooManyItems' | 'tooManyValues';

export const BODY_PROBLEM_MESSAGES: Record<BodyProblem, string> = {
  tooDeep: `数据嵌套超过 ${BODY_LIMITS.depth} 层`,
  tooManyKeys: `对象的字段超过 ${BODY_LIMITS.keys} 个`,
  tooManyItems: `列表超过 ${BODY_LIMITS.items} 项`,
  tooManyValues: `数据项超过 ${BODY_LIMITS.values} 个`,
};

/**
 * The first bound of `limits` that `body` exceeds and the top-level field holding it ('' for the
 * body itself), or undefined. One walk without recursion that stops at the first excess, so its cost
 * is bounded by the limits, not by the body.
 */
export function bodyProblem(
  body: unknown,
  limits: Record<keyof typeof BODY_LIMITS, number> = BODY_LIMITS,
): { problem: BodyProblem; field: string } | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const stack: [object, number, string][] = [[body, 0, '']];
  let values = 0;
  while (stack.length) {
    const [value, depth, field] = stack.pop()!;
    if (depth >= limits.depth) return { problem: 'tooDeep', field };
    const push = (key: string, child: unknown) => {
      if (child !== null && typeof child === 'object')
        stack.push([child, depth + 1, depth === 0 ? key : field]);
    };
    if (Array.isArray(value)) {
      if (value.length > limits.items) return { problem: 'tooManyItems', field };
      values += value.length;
      if (values > limits.values) return { problem: 'tooManyValues', field };
      for (let i = 0; i < value.length; i++) push(String(i), value[i]);
    } else {
      let keys = 0;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (++keys > limits.keys) return { problem: 'tooManyKeys', field };
        if (++values > limits.values) return { problem: 'tooManyValues', field };
        push(key, (value as Record<string, unknown>)[key]);
      }
    }
  }
  return undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * The same bounds as bodyProblem, read off the JSON text before it is parsed: one pass over the
 * bytes, no allocation but a stack of counters. Even counting the keys of a parsed object of 150,000
 * keys takes 70 ms of event loop (for…in twice that); this takes a few milliseconds per megabyte and
 * spares the parse. Text that is not JSON is left to the parser (its answer is BAD_JSON).
 */
export function jsonTextProblem(
  text: Buffer,
  limits: Record<keyof typeof BODY_LIMITS, number> = BODY_LIMITS,
): { problem: BodyProblem; field: string } | undefined {
  const counts: number[] = [];
  const isArray: boolean[] = [];
  let depth = 0;
  let values = 0;
  let expectFirst = false;
  let keyStart = -1;
  let field = '';
  /** The top-level key (or index) holding the container at `level`; '' for the body itself. */
  const top = (level: number) => (level <= 1 ? '' : isArray[0] ? String(counts[0]! - 1) : field);
  for (let i = 0; i < text.length; i++) {
    const byte = text[i]!;
    if (byte === QUOTE) {
      const start = i;
      for (i++; i < text.length && text[i] !== QUOTE; i++) if (text[i] === BACKSLASH) i++;
      if (depth === 1 && !isArray[0] && keyStart === -2) keyStart = start;
      if (keyStart >= 0 && depth === 1) {
        try {
          field = JSON.parse(text.toString('utf8', keyStart, i + 1)) as string;
        } catch {
          field = '';
        }
        keyStart = -1;
      }
    }
    if (isSpace(byte)) continue;
    if (expectFirst && byte !== CLOSE_ARRAY && byte !== CLOSE_OBJECT) {
      expectFirst = false;
      counts[depth - 1] = 1;
      if (++values > limits.values) return { problem: 'tooManyValues', field: top(depth) };
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (depth >= limits.depth) return { problem: 'tooDeep', field: top(depth + 1) };
      counts[depth] = 0;
      isArray[depth] = byte === OPEN_ARRAY;
      depth++;
      expectFirst = true;
      if (depth === 1 && byte === OPEN_OBJECT) keyStart = -2;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      expectFirst = false;
      depth = Math.max(0, depth - 1);
    } else if (byte === COMMA && depth > 0) {
      const count = ++counts[depth - 1]!;
      if (isArray[depth - 1] ? count > limits.items : count > limits.keys)
        return { problem: isArray[depth - 1] ? 'tooManyItems' : 'tooManyKeys', field: top(depth) };
      if (++values > limits.values) return { problem: 'tooManyValues', field: top(depth) };
      if (depth === 1 && !isArray[0]) keyStart = -2;
    } else if (byte === COLON && depth === 1) {
      keyStart = -1;
    }
  }
  return undefined;
}

/** The top-level field holding something nested deeper than `max` levels ('' for the body itself), if any. */
export function tooDeep(body: unknown, max: number = BODY_LIMITS.depth): string | undefined {
  const found = bodyProblem(body, { depth: max, keys: Infinity, items: Infinity, values: Infinity });
  return found?.field;
}

/** The answer to a body over BODY_LIMITS: 400 naming the field, 413 for too many values in all. */
function unboundedBody(found: { problem: BodyProblem; field: string }): AppError {
  const detail = {
    ...(found.field ? { field: found.field } : {}),
    code: found.problem,
    message: BODY_PROBLEM_MESSAGES[found.problem],
  };
  return found.problem === 'tooManyValues'
    ? new AppError(413, CommonErrorCode.PayloadTooLarge, CommonErrors.payloadTooLarge().message, [detail])
    : CommonErrors.validation([detail]);
}

/**
 * For express.json's `verify`: a JSON text over BODY_LIMITS is refused before it is parsed (the
 * parser's error is then answered with unboundedBody's 400 / 413).
 */
export function verifyJsonBounds(_req: unknown, _res: unknown, text: Buffer): void {
  const found = jsonTextProblem(text);
  if (found)
    throw Object.assign(new Error(`JSON body: ${found.problem}`), {
      type: UNBOUNDED_BODY,
      appError: unboundedBody(found),
    });
}

/** The parsed body checked again, before the validation pipe (a backstop: each step is bounded by the limits). */
export function refuseUnboundedBodies(req: Request, res: Response, next: NextFunction): void {
  const found = bodyProblem(req.body);
  if (!found) return next();
  sendError(unboundedBody(found), req, res);
}

/**
 * 413 for a body over `limitOf(req)` bytes before it is read: at once from its Content-Length, and
 * for a chunked body as soon as that many bytes have arrived (express' own parsers would read, and
 * discard, the whole rest before answering). The connection is closed after the answer, so nothing
 * more is read. Chunked bodies are counted only when `parsedNow(req)`: a parser reading in the same
 * tick (a 'data' listener makes the stream flow, and nobody else would be reading yet).
 */
export function refuseLargeBodies(
  limitOf: (req: Request) => number | undefined,
  parsedNow: (req: Request) => boolean,
) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const limit = limitOf(req);
    if (limit === undefined) return next();
    const refuse = () => sendError(CommonErrors.payloadTooLarge(), req, res);
    const length = req.headers['content-length'];
    if (length !== undefined && Number(length) > limit) return refuse();
    if (length === undefined && req.headers['transfer-encoding'] !== undefined && parsedNow(req)) {
      let received = 0;
      const count = (chunk: Buffer) => {
        received += chunk.length;
        if (received <= limit) return;
        req.off('data', count);
        req.pause();
        refuse();
      };
      req.on('data', count);
      req.once('end', () => req.off('data', count));
    }
    next();
  };
}

const CLIENT_ERRORS: Record<string, [number, string, AppError]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    new AppError(431, 'HEADERS_TOO_LARGE', '请求地址或请求头过长'),
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', new AppError(408, 'REQUEST_TIMEOUT', '请求超时,请重试')],
};
const BAD_REQUEST: [number, string, AppError] = [
  400,
  'Bad Request',
  new AppError(400, 'BAD_REQUEST', '请求格式有误,无法解析'),
];

/**
 * Node answers a request it cannot parse (an address or headers over 16 KB, broken HTTP) itself,
 * with a bare status line; this gives that answer docs/api.md's error body. For `clientError`.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, appError] = CLIENT_ERRORS[error.code ?? ''] ?? BAD_REQUEST;
  const body = JSON.stringify(appError.toBody());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
