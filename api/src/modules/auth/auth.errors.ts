import { AppError } from '../../common/errors.js';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  SessionExpired = 'SESSION_EXPIRED',
}

export const AuthErrors = {
  invalidCredentials: () => new AppError(401, AuthErrorCode.InvalidCredentials, '用户名或密码错误'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      AuthErrorCode.TooManyAttempts,
      `登录失败次数过多,请 ${retryAfterSeconds} 秒后再试`,
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
    ),
  sessionExpired: () => new AppError(401, AuthErrorCode.SessionExpired, '登录已过期,请重新登录'),
};
