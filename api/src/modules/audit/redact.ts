/** Keys whose values never enter the audit trail or the logs in clear. */
const SECRET_KEYS =
  /^(idNumber|idNumberHash|phone|phones|password|passwordHash|privateNotes|sealImage|image|token|accessToken)$/i;

export const REDACTED = '[已脱敏]';

/** A deep copy of `value` with personal data and secrets replaced by a marker. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return REDACTED;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        SECRET_KEYS.test(key) && inner !== null && inner !== undefined ? REDACTED : redact(inner),
      ]),
    );
  }
  return value;
}
