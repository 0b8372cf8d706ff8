import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { acknowledgeBy, type ReportedLevel } from '../../../../libs/contracts/src/escalations.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { EscalationDto } from './dto/escalation.dto.js';
import { EscalationErrors } from './escalations.errors.js';
import { EscalationReportEntity } from './escalation-report.entity.js';

const LEVEL_LABELS: Record<ReportedLevel, string> = { orange: '橙色', red: '红色' };

interface Row {
  id: string;
  case_id: string;
  case_number: string;
  committee_name: string;
  level: ReportedLevel;
  note: string;
  recipient_organisation_id: string;
  recipient_name: string;
  reported_by_name: string;
  reported_at: Date;
  acknowledge_by: Date;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
  response: string | null;
}

/**
 * 风险报告 (Art 25): the one writer of `escalation_reports`. A report goes to the police station linked
 * to the committee, else to the judicial office above it; its acknowledgement clock (red one hour,
 * orange the same day) is on the case's board until the recipient acknowledges it. Readers: the
 * recipient body, and the committee and offices whose subtree holds the case.
 */
@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Reports a risk of the case inside the caller's transaction; null when the committee reports to no one. */
  async report(
    manager: EntityManager,
    user: AuthUser,
    c: { id: string; organisationId: string },
    level: ReportedLevel,
    note: string,
  ): Promise<EscalationReportEntity | null> {
    const [recipient] = await manager.query<{ id: string; name: string }[]>(
      `SELECT r.id, r.name FROM organisations c
         JOIN organisations r ON r.id = c.police_station_id
           OR (c.police_station_id IS NULL AND r.kind = 'judicial_office' AND c.path LIKE r.path || '%')
        WHERE c.id = $1 ORDER BY length(r.path) DESC LIMIT 1`,
      [c.organisationId],
    );
    if (!recipient) return null;
    const now = new Date();
    const repo = manager.getRepository(EscalationReportEntity);
    const report = repo.create({
      caseId: c.id,
      level,
      note,
      recipientOrganisationId: recipient.id,
      reportedById: user.id,
      reportedByName: user.name,
      reportedAt: now,
      acknowledgeBy: acknowledgeBy(level, now),
    });
    await repo.insert(report);
    await this.deadlines.start(manager, {
      caseId: c.id,
      kind: 'escalation',
      label: `${LEVEL_LABELS[level]}风险报告签收(${recipient.name})`,
      start: now,
      dueAt: report.acknowledgeBy,
    });
    // A disclosure outside the committee (docs/domain.md §9.2): who got it, on what ground; no note.
    await this.audit.record(manager, user, {
      action: 'escalation.report',
      entity: 'case',
      entityId: c.id,
      organisationId: c.organisationId,
      after: {
        reportId: report.id,
        level,
        recipientOrganisationId: recipient.id,
        basis: '人民调解法第二十五条',
      },
    });
    return report;
  }

  async list(user: AuthUser, status: 'open' | 'all' = 'open'): Promise<EscalationDto[]> {
    const rows = await this.dataSource.query<Row[]>(
      `${SELECT} WHERE (r.recipient_organisation_id = $1 OR co.path LIKE $2 || '%')
          AND ($3 OR r.acknowledged_at IS NULL)
        ORDER BY r.acknowledged_at IS NOT NULL, r.acknowledge_by, r.id LIMIT 200`,
      [user.organisationId, user.organisationPath, status === 'all'],
    );
    return rows.map((row) => toDto(row, user));
  }

  async acknowledge(user: AuthUser, id: string, response?: string): Promise<EscalationDto> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<Row[]>(
        `${SELECT} WHERE r.id = $1 AND (r.recipient_organisation_id = $2 OR co.path LIKE $3 || '%')
          FOR UPDATE OF r`,
        [id, user.organisationId, user.organisationPath],
      );
      if (!row) throw EscalationErrors.notFound();
      if (row.recipient_organisation_id !== user.organisationId) throw EscalationErrors.notRecipient();
      if (row.acknowledged_at) throw EscalationErrors.acknowledged();
      const now = new Date();
      const text = response?.trim() || null;
      await manager
        .getRepository(EscalationReportEntity)
        .update({ id }, { acknowledgedAt: now, acknowledgedByName: user.name, response: text });
      const stillOpen = await manager
        .getRepository(EscalationReportEntity)
        .existsBy({ caseId: row.case_id, acknowledgedAt: IsNull() });
      if (!stillOpen) await this.deadlines.finish(manager, row.case_id, ['escalation']);
      const said = text ? `:${text}` : '';
      await addCaseEvent(
        manager,
        row.case_id,
        user,
        'escalation',
        `${row.recipient_name}已签收${LEVEL_LABELS[row.level]}风险报告${said}`,
        { reportId: id },
      );
      await this.audit.record(manager, user, {
        action: 'escalation.acknowledge',
        entity: 'case',
        entityId: row.case_id,
        after: { reportId: id },
      });
      const recipients = await manager.query<{ id: string }[]>(
        `SELECT m.user_id AS id FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id
          WHERE cm.case_id = $1 AND m.user_id IS NOT NULL
         UNION
         SELECT u.id FROM users u JOIN cases c ON c.organisation_id = u.organisation_id
          WHERE c.id = $1 AND u.active AND u.role = 'director'`,
        [row.case_id],
      );
      await this.notifications.notify(
        manager,
        recipients.map((r) => r.id),
        {
          kind: 'risk',
          title: `风险报告已签收:${row.case_number}`,
          body: `${row.recipient_name}已签收${row.case_number}的${LEVEL_LABELS[row.level]}风险报告${said}`,
          caseId: row.case_id,
        },
      );
      return toDto({ ...row, acknowledged_at: now, acknowledged_by_name: user.name, response: text }, user);
    });
  }
}

const SELECT = `
  SELECT r.id, r.case_id, c.case_number, co.name AS committee_name, r.level, r.note,
         r.recipient_organisation_id, ro.name AS recipient_name, r.reported_by_name, r.reported_at,
         r.acknowledge_by, r.acknowledged_at, r.acknowledged_by_name, r.response
    FROM escalation_reports r
    JOIN cases c ON c.id = r.case_id
    JOIN organisations co ON co.id = c.organisation_id
    JOIN organisations ro ON ro.id = r.recipient_organisation_id`;

function toDto(row: Row, user: AuthUser): EscalationDto {
  const done = row.acknowledged_at !== null;
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    committeeName: row.committee_name,
    level: row.level,
    note: row.note,
    recipientName: row.recipient_name,
    reportedByName: row.reported_by_name,
    reportedAt: row.reported_at.toISOString(),
    acknowledgeBy: row.acknowledge_by.toISOString(),
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    acknowledgedByName: row.acknowledged_by_name,
    response: row.response,
    light: done ? 'done' : row.acknowledge_by.getTime() < Date.now() ? 'red' : 'green',
    mayAcknowledge: !done && row.recipient_organisation_id === user.organisationId,
  };
}
