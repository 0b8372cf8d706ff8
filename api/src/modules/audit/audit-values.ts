import { createHmac } from 'node:crypto';

/**
 * Keys whose values are personal data whatever they look like (a birth date is an ISO date, an age a
 * number, a pinyin name a lower-case word): always hashed in the audit trail.
 */
const PERSONAL_KEYS =
  /(name|birth|phone|mobile|idnumber|address|email|contact|account|age|signature|image|token|password|note|reason|text|summary|facts)/i;
/** Values that carry no content: what the audit trail keeps as they are. */
const CONTENT_FREE = [
  /^\d{4}-\d{2}-\d{2}$/, // ISO date
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/, // ISO date and time
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUID
  /^[a-z][a-z0-9_.-]{0,40}$/, // enum-like code
  /^[0-9a-f]{64}$/, // SHA-256 hex
];
/** An object key the code wrote (a field name), as opposed to one taken from the input. */
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;
export const AUDIT_HASH_PREFIX = 'hmac:';

/** Where a value sits, for its keyed hash: the same value in two records hashes differently. */
export interface AuditValueContext {
  entity: string;
  entityId: string | null;
  /** The top-level field the value belongs to. */
  field: string;
}

/**
 * `hmac:` + HMAC-SHA-256 (key derived from the personal-data key) of a value in its record and field.
 * A reader holding the record and the key proves what an event recorded; without the key a
 * dictionary of names or IDs gives nothing.
 */
export function auditDigest(key: Buffer, at: AuditValueContext, value: unknown): string {
  const data = Buffer.isBuffer(value) ? value.toString('base64') : JSON.stringify(value);
  return (
    AUDIT_HASH_PREFIX +
    createHmac('sha256', key)
      .update(`${at.entity}\u0000${at.entityId ?? ''}\u0000${at.field}\u0000${data}`, 'utf8')
      .digest('hex')
  );
}

function contentFree(value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && CONTENT_FREE.some((pattern) => pattern.test(value));
}

function hashed(key: Buffer, at: AuditValueContext, value: unknown, personal: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return hashed(key, at, value.toISOString(), personal);
  if (Buffer.isBuffer(value)) return auditDigest(key, at, value);
  if (Array.isArray(value)) return value.map((inner) => hashed(key, at, inner, personal));
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [
        FIELD_NAME.test(name) ? name : auditDigest(key, at, name),
        hashed(key, at, inner, personal || PERSONAL_KEYS.test(name)),
      ]),
    );
  }
  return !personal && contentFree(value) ? value : auditDigest(key, at, value);
}

/**
 * What the audit trail stores of a record's values: the same shape, with every value that is not
 * provably content-free (booleans, numbers, ISO dates and times, UUIDs, codes, SHA-256 hex) — and
 * every value under a personal-data key — replaced by its keyed hash (`auditDigest`).
 */
export function auditValues(
  key: Buffer,
  entity: string,
  entityId: string | null,
  values: object,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => {
        const at = { entity, entityId, field };
        return [
          FIELD_NAME.test(field) ? field : auditDigest(key, at, field),
          hashed(key, at, value, PERSONAL_KEYS.test(field)),
        ];
      }),
  );
}

/** Top-level fields an event set or changed: those whose stored (hashed) values differ. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] | null {
  if (!before && !after) return null;
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names]
    .filter((name) => !before || !after || JSON.stringify(before[name]) !== JSON.stringify(after[name]))
    .sort();
}
