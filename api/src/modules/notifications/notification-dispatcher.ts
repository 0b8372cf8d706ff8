import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type OutboundMessage,
} from './notification-channel.js';

const BATCH = 500;

/**
 * The outbox: inbox rows not yet handed to the outbound channels. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several instances dispatching at once never send one twice; a
 * channel failure rolls the batch back and it is offered again next time.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger('NotificationDispatcher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  /** Hands every waiting notification to every channel; returns how many were dispatched. */
  async dispatch(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.dispatchBatch().catch((error: unknown) => {
        this.logger.warn(
          `dispatch failed, will retry: ${error instanceof Error ? error.message : 'unknown'}`,
        );
        return 0;
      });
      total += sent;
      if (sent < BATCH) return total;
    }
  }

  private dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; user_id: string; kind: string; title: string; case_id: string | null }[] =
        await manager.query(
          `SELECT id, user_id, kind, title, case_id FROM notifications
            WHERE dispatched_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH],
        );
      if (rows.length === 0) return 0;
      const batch: OutboundMessage[] = rows.map((r) => ({
        notificationId: r.id,
        userId: r.user_id,
        kind: r.kind,
        title: r.title,
        caseId: r.case_id,
      }));
      for (const channel of this.channels) await channel.deliver(batch);
      await manager.query(`UPDATE notifications SET dispatched_at = now() WHERE id = ANY($1)`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }
}
