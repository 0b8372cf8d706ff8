import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'tj1';

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** `tj1.<sessionId>.<mac>`: the session id, signed so a forged token is refused before any query. */
export function signSessionToken(secret: string, sessionId: string): string {
  const payload = `${PREFIX}.${sessionId}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The session id of a well-signed token, or undefined. */
export function readSessionToken(secret: string, token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return undefined;
  const expected = Buffer.from(mac(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return /^[0-9a-f-]{36}$/.test(parts[1]!) ? parts[1] : undefined;
}
