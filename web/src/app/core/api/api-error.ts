import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from './api-types';
import { API_TEXTS } from './api.texts';

/** Narrows an unknown response body to the API's error shape. */
export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ApiErrorBody>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** The Chinese message to show for a failed request: the server's own words when it sent any. */
export function apiErrorMessage(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return API_TEXTS.unexpectedError;
  if (isApiErrorBody(error.error) && error.error.message.trim()) return error.error.message;
  // Status 0 means the request never reached the server (offline, server down, CORS).
  return error.status === 0 ? API_TEXTS.networkError : API_TEXTS.unexpectedError;
}

/** True when the API answered that the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401;
}
