import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { AppError, CommonErrorCode, CommonErrors, firstDetails, UNBOUNDED_BODY } from './errors.js';

/** PostgreSQL error codes that only bad input can cause (a safety net behind validation). */
const PG_BAD_INPUT = new Set(['22P02', '22003', '22007', '22008', '22001', '22021', '22023']);

/**
 * SQLSTATE classes and socket errors of a database that is shutting down, restarting or out of
 * reach: 08 connection exception, 57P01-57P03 shutdown / cannot connect now, 53300 too many
 * connections. pg's own "Connection terminated" errors carry no code.
 */
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
const SOCKET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
const PG_GONE =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * SQLSTATE 57014: the statement ran past `statement_timeout` (TIAOJIE_STATEMENT_TIMEOUT_MS) and
 * PostgreSQL cancelled it. The request is not at fault as such and a retry may succeed: 503.
 */
export const queryTimedOut = () =>
  new AppError(503, 'QUERY_TIMEOUT', '数据库查询超时,已停止执行,请稍后重试或缩小查询范围', undefined, {
    'Retry-After': '5',
  });

/** Whether the database, not the request, is the cause: the answer is then 503 and a retry is safe. */
export function isDatabaseUnavailable(exception: unknown): boolean {
  // TypeORM releases a query runner whose connection broke; the transaction's next statement throws one of these.
  if (
    exception instanceof QueryRunnerAlreadyReleasedError ||
    exception instanceof QueryRunnerProviderAlreadyReleasedError
  )
    return true;
  for (let e = exception, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || SOCKET_UNAVAILABLE.has(code))) return true;
    if (typeof message === 'string' && PG_GONE.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}

/** Turns anything thrown into the error body of docs/api.md. */
export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isDatabaseUnavailable(exception)) return CommonErrors.databaseUnavailable();
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
    if (code === '57014') return queryTimedOut();
    if (code === '23505') return CommonErrors.conflict();
    if (code === '40001' || code === '40P01') return CommonErrors.conflict('操作冲突,请重试');
    if (PG_BAD_INPUT.has(code)) return CommonErrors.validation([]);
  }
  return fromBodyParser(exception) ?? CommonErrors.internal();
}

function fromHttpException(exception: HttpException): AppError {
  switch (exception.getStatus()) {
    case 400:
      return CommonErrors.validation([]);
    case 401:
      return CommonErrors.unauthenticated();
    case 403:
      return CommonErrors.forbidden();
    case 404:
      return CommonErrors.routeNotFound();
    case 413:
      return CommonErrors.payloadTooLarge();
    case 415:
      return CommonErrors.unsupportedMediaType();
    default: {
      const status = exception.getStatus();
      return status < 500 ? new AppError(status, 'HTTP_ERROR', '请求无法处理') : CommonErrors.internal();
    }
  }
}

/** Errors raised by express' body parsers carry a `type`. */
function fromBodyParser(exception: unknown): AppError | undefined {
  const type = (exception as { type?: string } | null)?.type;
  switch (type) {
    case UNBOUNDED_BODY: {
      const { appError } = exception as { appError?: unknown };
      return appError instanceof AppError ? appError : CommonErrors.payloadTooLarge();
    }
    case 'entity.parse.failed':
      return CommonErrors.badJson();
    case 'entity.too.large':
      return CommonErrors.payloadTooLarge();
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return CommonErrors.unsupportedMediaType();
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return CommonErrors.validation([]);
    case undefined:
    default:
      return undefined;
  }
}

const logger = new Logger('Errors');

/** How long a client still sending a refused body has to read the answer before the connection closes. */
export const LINGER_MS = 2000;

/**
 * The answer to a request whose body was not read to its end (too large, not signed in…): the rest
 * is not waited for, nor buffered, and the connection closes after the answer. Half-closed first:
 * closing a socket that still has unread data resets it, and the reset can discard the answer
 * before the client has read it (Node closes so at once when either side asked for
 * `Connection: close`). The socket is destroyed LINGER_MS later.
 */
function closeAfterAnswer(request: Request, response: Response): void {
  const socket = request.socket;
  response.setHeader('Connection', 'close');
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

export function sendError(exception: unknown, request: Request, response: Response): void {
  const error = toAppError(exception);
  const body = error.toBody();
  if (body.details) body.details = firstDetails(body.details);
  if (error.code === String(CommonErrorCode.DatabaseUnavailable)) {
    // Expected while PostgreSQL restarts: one line, no stack.
    logger.warn(`${request.method} ${request.path}: database unavailable (${(exception as Error)?.message})`);
  } else if (error.code === 'QUERY_TIMEOUT') {
    logger.warn(`${request.method} ${request.path}: statement timeout, cancelled by PostgreSQL`);
  } else if (error.status >= 500) {
    body.correlationId = randomUUID();
    // Method and path only: bodies and queries may carry personal data.
    logger.error(
      `${body.correlationId} ${request.method} ${request.path}: ${(exception as Error)?.stack ?? String(exception)}`,
    );
  }
  if (response.headersSent) return;
  if (!request.complete) closeAfterAnswer(request, response);
  for (const [name, value] of Object.entries(error.headers ?? {})) response.setHeader(name, value);
  response.status(error.status).json(body);
}

@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }
}
