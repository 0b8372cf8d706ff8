import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from './errors.js';

const KEY = /^[\x21-\x7e]{1,100}$/;

export const IdempotencyErrors = {
  badKey: () =>
    new AppError(400, 'BAD_IDEMPOTENCY_KEY', 'Idempotency-Key 须为 1 到 100 个可见 ASCII 字符', [
      { field: 'Idempotency-Key', code: 'format', message: '格式不正确' },
    ]),
  reused: () =>
    new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于其他操作,请换一个新的键'),
};

/**
 * Runs a creating operation at most once per (user, Idempotency-Key). The key
 * is claimed in the same transaction as the creation, so a retry after a
 * dropped connection, or a concurrent duplicate, gets the first result.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(
    userId: string,
    key: string | undefined,
    scope: string,
    create: (manager: EntityManager) => Promise<string>,
  ): Promise<{ id: string; replayed: boolean }> {
    if (key !== undefined && !KEY.test(key)) throw IdempotencyErrors.badKey();
    return this.dataSource.transaction(async (manager) => {
      if (key !== undefined) {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO idempotency_keys (user_id, key, scope) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING key`,
          [userId, key, scope],
        );
        if (claimed.length === 0) {
          const [first] = await manager.query<{ scope: string; response: { id: string } | null }[]>(
            'SELECT scope, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
            [userId, key],
          );
          if (!first?.response || first.scope !== scope) throw IdempotencyErrors.reused();
          return { id: first.response.id, replayed: true };
        }
      }
      const id = await create(manager);
      if (key !== undefined) {
        await manager.query('UPDATE idempotency_keys SET response = $3 WHERE user_id = $1 AND key = $2', [
          userId,
          key,
          JSON.stringify({ id }),
        ]);
      }
      return { id, replayed: false };
    });
  }
}
