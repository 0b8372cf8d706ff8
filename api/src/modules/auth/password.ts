import argon2 from 'argon2';

/**
 * argon2id with OWASP's first recommended setting: 19 MiB, 2 passes, 1 lane. The library default
 * (64 MiB) made four concurrent sign-ins alone take 256 MB of the server's 300 MB budget
 * (docs/performance.md). Hashes keep their own parameters, so older ones still verify.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} satisfies argon2.HashOptions;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** The hash was made with other parameters than ARGON2_OPTIONS: hash the password again at sign-in. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verifying against this costs the same as a real check, so unknown names take as long. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password');
  return dummyHash;
}

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The minimum rules for a password that is being set (docs/security.md). No API sets passwords
 * yet: accounts are created by the administrator, who applies these rules; a future account
 * endpoint must call this and answer 400 with the messages.
 */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) problems.push('密码须同时包含字母和数字');
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) problems.push('密码不能包含用户名');
  if (/^(.)\1*$/u.test(password)) problems.push('密码不能由同一个字符重复组成');
  return problems;
}
