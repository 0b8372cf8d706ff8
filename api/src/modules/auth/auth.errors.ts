import { AppError } from '../../common/errors.js';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  SessionExpired = 'SESSION_EXPIRED',
  CrossSite = 'CROSS_SITE_REQUEST',
}

/** `45 秒` below a minute, whole minutes (rounded up) above. */
const waitText = (seconds: number) => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);

export const AuthErrors = {
  invalidCredentials: () => new AppError(401, AuthErrorCode.InvalidCredentials, '用户名或密码错误'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      AuthErrorCode.TooManyAttempts,
      `登录失败次数过多,已暂时禁止登录,请 ${waitText(retryAfterSeconds)}后再试`,
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
    ),
  sessionExpired: () => new AppError(401, AuthErrorCode.SessionExpired, '登录已过期,请重新登录'),
  crossSite: () =>
    new AppError(403, AuthErrorCode.CrossSite, '请求来自其他网站,已拒绝;请在本系统的页面中操作'),
};
