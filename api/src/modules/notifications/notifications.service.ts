import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import type { Page } from '../../common/pagination.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Role } from '../auth/role.js';
import { NotificationEntity } from './notification.entity.js';

export interface NewNotification {
  kind: string;
  title: string;
  body: string;
  caseId?: string | null;
}

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one inbox entry per recipient inside the caller's transaction. */
  async notify(manager: EntityManager, userIds: string[], message: NewNotification): Promise<void> {
    const recipients = [...new Set(userIds)];
    if (recipients.length === 0) return;
    await manager
      .getRepository(NotificationEntity)
      .insert(recipients.map((userId) => ({ userId, ...message, caseId: message.caseId ?? null })));
    // Outbound channels take it from the outbox (NotificationDispatcher); only the kind and count here.
    this.logger.log(`${message.kind}: ${recipients.length} recipient(s)`);
  }

  /** Active users of the given roles in one organisation. */
  async usersWithRole(
    manager: EntityManager,
    organisationId: string | null,
    roles: Role[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE active AND role = ANY($1) AND ($2::uuid IS NULL OR organisation_id = $2)`,
      [roles, organisationId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Who hears of a risk raised on a case of `organisationId` (docs/api.md, `POST /api/cases/:id/risk`):
   * its directors and the officers of the 司法所 above it, and for orange and red the liaisons of the
   * police station linked to it (`policeStationId`), never those of another station.
   */
  async riskRecipients(
    manager: EntityManager,
    organisationId: string,
    level: 'yellow' | 'orange' | 'red',
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM organisations c
         JOIN users u ON u.active AND (
              (u.role = 'director' AND u.organisation_id = c.id)
           OR (u.role = 'judicial_officer' AND u.organisation_id IN (
                 SELECT o.id FROM organisations o WHERE o.kind = 'judicial_office' AND c.path LIKE o.path || '%'))
           OR (u.role = 'police_liaison' AND $2 AND u.organisation_id = c.police_station_id))
        WHERE c.id = $1
        ORDER BY u.id`,
      [organisationId, level !== 'yellow'],
    );
    return rows.map((r) => r.id);
  }

  async list(
    user: AuthUser,
    page: number,
    pageSize: number,
  ): Promise<Page<NotificationEntity> & { unread: number }> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [items, total] = await repo.findAndCount({
      where: { userId: user.id },
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const unread = await repo.count({ where: { userId: user.id, readAt: IsNull() } });
    return { items, total, page, pageSize, unread };
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ id, userId: user.id, readAt: IsNull() }, { readAt: new Date() });
    if (!result.affected) {
      const exists = await this.dataSource
        .getRepository(NotificationEntity)
        .existsBy({ id, userId: user.id });
      if (!exists) throw CommonErrors.notFound('通知');
    }
  }
}
