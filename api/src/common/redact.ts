/** Keys whose values never enter the logs in clear (the audit trail hashes every value: `modules/audit/audit-values.ts`). */
const SECRET_KEYS =
  /^(idNumber|idNumberHash|phone|phones|password|passwordHash|privateNotes|sealImage|image|token|accessToken)$/i;

export const REDACTED = '[已脱敏]';

/** A deep copy of `value` with personal data and secrets replaced by a marker (for the logs). */
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
