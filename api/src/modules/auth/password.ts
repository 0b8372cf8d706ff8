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

/** The rule for a password being set, shared with the web app (libs/contracts/src/password-policy.ts). */
export { passwordProblems, PASSWORD_MIN_LENGTH } from '../../../../libs/contracts/src/password-policy.js';
