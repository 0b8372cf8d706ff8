import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, FieldError } from './api-types';
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

/** The API's error code (`VERSION_CONFLICT`, …), or null when the answer carried none. */
export function apiErrorCode(error: unknown): string | null {
  return error instanceof HttpErrorResponse && isApiErrorBody(error.error) ? error.error.code : null;
}

/** The entries of `details` that name a field, e.g. `{ field: 'parties.1.idNumber', message }`. */
export function apiFieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof HttpErrorResponse) || !isApiErrorBody(error.error)) return [];
  return (error.error.details ?? []).filter(isFieldError);
}

function isFieldError(detail: unknown): detail is FieldError {
  if (typeof detail !== 'object' || detail === null) return false;
  const candidate = detail as Partial<FieldError>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** True when the API answered that the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401;
}

/** Someone else changed the record since it was loaded (optimistic locking). */
export function isVersionConflict(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse && error.status === 409 && apiErrorCode(error) === 'VERSION_CONFLICT'
  );
}

/** 409: the record is not in the state the request assumed (stale version, status moved on). */
export function isConflict(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 409;
}
