import { AppError } from '../../common/errors.js';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  SessionExpired = 'SESSION_EXPIRED',
  CrossSite = 'CROSS_SITE_REQUEST',
  PasswordChangeRequired = 'PASSWORD_CHANGE_REQUIRED',
  CurrentPasswordWrong = 'CURRENT_PASSWORD_WRONG',
  PasswordRejected = 'PASSWORD_REJECTED',
  UsernameTaken = 'USERNAME_TAKEN',
  OwnAccount = 'OWN_ACCOUNT',
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
  passwordChangeRequired: () =>
    new AppError(403, AuthErrorCode.PasswordChangeRequired, '当前使用的是临时密码,请先修改密码'),
  currentPasswordWrong: () => new AppError(422, AuthErrorCode.CurrentPasswordWrong, '当前密码不正确'),
  passwordRejected: (problems: string[]) =>
    new AppError(422, AuthErrorCode.PasswordRejected, `新密码不符合要求:${problems.join(';')}`),
  usernameTaken: (username: string) =>
    new AppError(409, AuthErrorCode.UsernameTaken, `用户名“${username}”已被使用,请换一个`),
  ownAccount: () =>
    new AppError(
      422,
      AuthErrorCode.OwnAccount,
      '不能停用自己的账号或更改自己的角色,请由另一位安全管理员操作',
    ),
  crossSite: () =>
    new AppError(403, AuthErrorCode.CrossSite, '请求来自其他网站,已拒绝;请在本系统的页面中操作'),
};
