import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from './errors.js';

const KEY = /^[\x21-\x7e]{1,100}$/;

export const IdempotencyErrors = {
  badKey: () =>
    new AppError(400, 'BAD_IDEMPOTENCY_KEY', 'Idempotency-Key 须为 1 到 100 个可见 ASCII 字符', [
      { field: 'Idempotency-Key', code: 'format', message: '格式不正确' },
    ]),
  reused: () =>
    new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      '该 Idempotency-Key 已用于其他请求(接口或内容不同),请换一个新的键',
    ),
};

/** JSON with the keys of every object sorted: the same request body, however its keys are ordered. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** A digest of the request body: a key sent again with a different body is refused, not replayed. */
export function requestFingerprint(request: unknown): string {
  const plain: unknown = JSON.parse(JSON.stringify(request ?? null));
  return createHash('sha256')
    .update(JSON.stringify(canonical(plain)))
    .digest('base64url');
}

/**
 * Runs a creating operation at most once per (user, Idempotency-Key). The key
 * is claimed in the same transaction as the creation, so a retry after a
 * dropped connection, or a concurrent duplicate, gets the first result. The
 * same key with another route or another body is refused (422).
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(
    userId: string,
    key: string | undefined,
    scope: string,
    create: (manager: EntityManager) => Promise<string>,
    request?: unknown,
  ): Promise<{ id: string; replayed: boolean }> {
    if (key !== undefined && !KEY.test(key)) throw IdempotencyErrors.badKey();
    const fingerprint = request === undefined ? undefined : requestFingerprint(request);
    return this.dataSource.transaction(async (manager) => {
      if (key !== undefined) {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO idempotency_keys (user_id, key, scope) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING key`,
          [userId, key, scope],
        );
        if (claimed.length === 0) {
          const [first] = await manager.query<
            { scope: string; response: { id: string; fingerprint?: string } | null }[]
          >('SELECT scope, response FROM idempotency_keys WHERE user_id = $1 AND key = $2', [userId, key]);
          if (!first?.response || first.scope !== scope) throw IdempotencyErrors.reused();
          // Keys stored before fingerprints were kept (or by callers without one) replay as before.
          const stored = first.response.fingerprint;
          if (stored !== undefined && stored !== fingerprint) throw IdempotencyErrors.reused();
          return { id: first.response.id, replayed: true };
        }
      }
      const id = await create(manager);
      if (key !== undefined) {
        await manager.query('UPDATE idempotency_keys SET response = $3 WHERE user_id = $1 AND key = $2', [
          userId,
          key,
          JSON.stringify({ id, fingerprint }),
        ]);
      }
      return { id, replayed: false };
    });
  }
}
