import type { NextFunction, Request, Response } from 'express';
import type { Duplex } from 'node:stream';
import { AppError, CommonErrors } from './errors.js';
import { sendError } from './exception.filter.js';

/** Deeper than any DTO (a case's party's agent is three levels down); class-transformer recurses once per level. */
export const MAX_BODY_DEPTH = 20;

/** The top-level field holding something nested deeper than `max` levels ('' for the body itself), if any. */
export function tooDeep(body: unknown, max = MAX_BODY_DEPTH): string | undefined {
  const stack: [unknown, number, string][] = [[body, 0, '']];
  while (stack.length) {
    const [value, depth, field] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= max) return field;
    for (const [key, child] of Object.entries(value))
      stack.push([child, depth + 1, depth === 0 ? key : field]);
  }
  return undefined;
}

/** A JSON body nested thousands of levels deep would exhaust the stack in the validation pipe (500): 400. */
export function refuseDeepBodies(req: Request, res: Response, next: NextFunction): void {
  const field = tooDeep(req.body);
  if (field === undefined) return next();
  sendError(
    CommonErrors.validation([
      { ...(field ? { field } : {}), code: 'tooDeep', message: `数据嵌套超过 ${MAX_BODY_DEPTH} 层` },
    ]),
    req,
    res,
  );
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
