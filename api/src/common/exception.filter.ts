import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { AppError, CommonErrors } from './errors.js';

/** PostgreSQL error codes that only bad input can cause (a safety net behind validation). */
const PG_BAD_INPUT = new Set(['22P02', '22003', '22007', '22008', '22001', '22021', '22023']);

/** Turns anything thrown into the error body of api.md. */
export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
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

export function sendError(exception: unknown, request: Request, response: Response): void {
  const error = toAppError(exception);
  const body = error.toBody();
  if (error.status >= 500) {
    body.correlationId = randomUUID();
    // Method and path only: bodies and queries may carry personal data.
    logger.error(
      `${body.correlationId} ${request.method} ${request.path}: ${(exception as Error)?.stack ?? String(exception)}`,
    );
  }
  if (response.headersSent) return;
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
