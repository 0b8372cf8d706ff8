/** Error codes shared by every module; each domain adds its own in `<domain>.errors.ts`. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  BadJson = 'BAD_JSON',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  VersionConflict = 'VERSION_CONFLICT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  Internal = 'INTERNAL_ERROR',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
}

export interface ErrorDetail {
  field?: string;
  code: string;
  message: string;
}

/** Body of every error answer (docs/api.md, Conventions). */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown[];
  correlationId?: string;
}

/** A refusal that the API answers with its own status, code and Chinese message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return {
      statusCode: this.status,
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export const CommonErrors = {
  notFound: (what = '记录') => new AppError(404, CommonErrorCode.NotFound, `${what}不存在或无权查看`),
  routeNotFound: () => new AppError(404, CommonErrorCode.NotFound, '请求的接口不存在'),
  unauthenticated: () => new AppError(401, CommonErrorCode.Unauthenticated, '请先登录'),
  forbidden: () => new AppError(403, CommonErrorCode.Forbidden, '当前角色无权执行此操作'),
  validation: (details: ErrorDetail[]) =>
    new AppError(400, CommonErrorCode.ValidationFailed, '提交的数据有误,请检查标出的字段', details),
  badJson: () => new AppError(400, CommonErrorCode.BadJson, '请求体不是有效的 JSON'),
  payloadTooLarge: () => new AppError(413, CommonErrorCode.PayloadTooLarge, '提交的内容过大'),
  unsupportedMediaType: () =>
    new AppError(415, CommonErrorCode.UnsupportedMediaType, '不支持的内容类型,请以 JSON 提交'),
  conflict: (message = '数据与现有记录冲突') => new AppError(409, CommonErrorCode.Conflict, message),
  versionConflict: () =>
    new AppError(409, CommonErrorCode.VersionConflict, '该记录已被他人修改,请刷新后重试'),
  internal: () => new AppError(500, CommonErrorCode.Internal, '服务器内部错误,请稍后重试'),
  /** PostgreSQL is restarting or unreachable: nothing was saved, the same request may be sent again. */
  databaseUnavailable: () =>
    new AppError(503, CommonErrorCode.DatabaseUnavailable, '数据库暂时不可用,请稍后重试', undefined, {
      'Retry-After': '2',
    }),
};

/** An error answer names at most this many problems; the rest are counted in one closing note. */
export const MAX_DETAILS = 20;

/** The first MAX_DETAILS of `details`, and a note of how many more there were: an error body stays small. */
export function firstDetails<T>(details: T[], total = details.length): (T | ErrorDetail)[] {
  const noted =
    details.length === MAX_DETAILS + 1 && (details[MAX_DETAILS] as ErrorDetail)?.code === 'truncated';
  if (total <= MAX_DETAILS || noted) return details;
  return [
    ...details.slice(0, MAX_DETAILS),
    { code: 'truncated', message: `另有 ${total - MAX_DETAILS} 处错误` },
  ];
}

/** Body parsers' errors of this type carry their answer as `appError` (malformed-requests.ts). */
export const UNBOUNDED_BODY = 'entity.unbounded';
