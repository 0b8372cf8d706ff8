/**
 * The rule for a password being set (docs/security.md "Sign-in and sessions"; 等保 2.0 三级 asks for
 * complexity): shared by the API, which enforces it, and the web form, which explains it before the
 * user submits. Not repeating one of the last passwords is checked by the API only (it holds the hashes).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** The demo accounts' published password, never acceptable as a real one. */
export const DEMO_PASSWORD = 'tiaojie-demo';

/** Every rule `password` breaks for `username`, in Chinese; empty when it is acceptable. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) problems.push('密码须同时包含字母和数字');
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) problems.push('密码不能包含用户名');
  if (/^(.)\1*$/u.test(password)) problems.push('密码不能由同一个字符重复组成');
  if (password.toLowerCase().includes(DEMO_PASSWORD)) problems.push('不能使用演示密码');
  return problems;
}
