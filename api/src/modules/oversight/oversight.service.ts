import { Injectable } from '@nestjs/common';
import { DEIDENTIFIED_MARKER } from '../cases/case-sensitivity.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors.js';
import { positional } from '../../common/named-sql.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService, caseScopeSql } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { referralVisibility } from '../referrals/referral-visibility.js';
import type {
  FileReviewDto,
  FileReviewResultDto,
  OversightCasePageDto,
  OversightCasesQueryDto,
  OversightSummaryDto,
} from './dto/oversight.dto.js';
import { FileReviewEntity } from './file-review.entity.js';
import { REVIEW_CHECKLIST } from './review-checklist.js';

const OPEN = `c.status NOT IN ('closed', 'archived', 'terminated', 'not_accepted', 'transferred_out')`;
const REVIEWABLE = ['closed', 'archived', 'terminated'];

/** The judicial office's view across its committees: lights, load, referrals; 督办 and 评查. */
@Injectable()
export class OversightService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly access: CaseAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Visible cases, narrowed to one organisation's subtree when asked; appends its parameters. */
  private async caseScope(user: AuthUser, organisationId: string | undefined, params: unknown[]) {
    const org = organisationId ? await this.organisations.findVisible(user, organisationId) : undefined;
    return caseScopeSql(user, params, org?.path);
  }

  async summary(user: AuthUser, organisationId?: string): Promise<OversightSummaryDto> {
    const params: unknown[] = [];
    const scope = await this.caseScope(user, organisationId, params);
    const lights = await this.dataSource.query<{ light: string; n: number }[]>(
      `SELECT k.light, count(*)::int AS n FROM clocks k JOIN cases c ON c.id = k.case_id
        WHERE ${scope} AND k.light <> 'done' GROUP BY k.light`,
      params,
    );
    const count = (light: string) => lights.find((l) => l.light === light)?.n ?? 0;
    const overdue = await this.dataSource.query<
      { case_id: string; case_number: string; title: string; org: string; label: string; due_at: Date }[]
    >(
      `SELECT c.id AS case_id, c.case_number, c.title, o.name AS org, k.label, k.due_at
         FROM clocks k JOIN cases c ON c.id = k.case_id JOIN organisations o ON o.id = c.organisation_id
        WHERE ${scope} AND k.light = 'red' ORDER BY k.due_at LIMIT 50`,
      params,
    );
    const committeeParams = [...params, `${user.organisationPath}%`];
    const committees = await this.dataSource.query<
      { id: string; name: string; open: number; red: number; yellow: number }[]
    >(
      `SELECT o.id, o.name,
              count(DISTINCT c.id) FILTER (WHERE ${OPEN})::int AS open,
              count(k.id) FILTER (WHERE k.light = 'red')::int AS red,
              count(k.id) FILTER (WHERE k.light = 'yellow')::int AS yellow
         FROM organisations o
         LEFT JOIN cases c ON c.organisation_id = o.id AND ${scope}
         LEFT JOIN clocks k ON k.case_id = c.id AND k.light IN ('red', 'yellow')
        WHERE o.kind IN ('committee', 'centre') AND o.path LIKE $${committeeParams.length}
        GROUP BY o.id, o.name ORDER BY red DESC, open DESC, o.name`,
      committeeParams,
    );
    const mediators = await this.dataSource.query<{ id: string; name: string; org: string; open: number }[]>(
      `SELECT m.id, m.name, o.name AS org, count(DISTINCT c.id)::int AS open
         FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id
         JOIN cases c ON c.id = cm.case_id JOIN organisations o ON o.id = c.organisation_id
        WHERE ${scope} AND ${OPEN}
        GROUP BY m.id, m.name, o.name ORDER BY open DESC, m.name LIMIT 100`,
      params,
    );
    const [escalations] = await this.dataSource.query<{ open: number; late: number }[]>(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE r.acknowledge_by < now())::int AS late
         FROM escalation_reports r JOIN cases c ON c.id = r.case_id
        WHERE ${scope} AND r.acknowledged_at IS NULL`,
      params,
    );
    const referralParams: unknown[] = [];
    const referralScope = positional(referralVisibility(user), referralParams);
    const [referrals] = await this.dataSource.query<{ open: number; unassigned: number }[]>(
      `SELECT count(*) FILTER (WHERE r.status <> 'closed')::int AS open,
              count(*) FILTER (WHERE r.status IN ('received', 'declined'))::int AS unassigned
         FROM referrals r WHERE ${referralScope}`,
      referralParams,
    );
    return {
      lights: { green: count('green'), yellow: count('yellow'), red: count('red'), paused: count('paused') },
      openReferrals: referrals!.open,
      unassignedReferrals: referrals!.unassigned,
      openEscalations: escalations!.open,
      lateEscalations: escalations!.late,
      overdue: overdue.map((r) => ({
        caseId: r.case_id,
        caseNumber: r.case_number,
        // The county bureau's view is de-identified: a free-text title names parties and places.
        title: user.role === 'county_bureau' ? DEIDENTIFIED_MARKER : r.title,
        organisationName: r.org,
        label: r.label,
        dueAt: r.due_at.toISOString(),
      })),
      committees: committees.map((r) => ({
        organisationId: r.id,
        name: r.name,
        open: r.open,
        red: r.red,
        yellow: r.yellow,
      })),
      mediators: mediators.map((r) => ({
        mediatorId: r.id,
        name: r.name,
        organisationName: r.org,
        open: r.open,
      })),
    };
  }

  /** Open clocks of the area's cases, most urgent first (one row per clock). */
  async cases(user: AuthUser, query: OversightCasesQueryDto): Promise<OversightCasePageDto> {
    const params: unknown[] = [];
    let where = `${await this.caseScope(user, query.organisationId, params)} AND k.light <> 'done'`;
    if (query.light) where += ` AND k.light = $${params.push(query.light)}`;
    const [counted] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM clocks k JOIN cases c ON c.id = k.case_id WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query<
      {
        case_id: string;
        case_number: string;
        title: string;
        org: string;
        status: string;
        light: string;
        due_at: Date;
        label: string;
      }[]
    >(
      `SELECT c.id AS case_id, c.case_number, c.title, o.name AS org, c.status, k.light, k.due_at, k.label
         FROM clocks k JOIN cases c ON c.id = k.case_id JOIN organisations o ON o.id = c.organisation_id
        WHERE ${where}
        ORDER BY CASE k.light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END, k.due_at, k.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        caseId: r.case_id,
        caseNumber: r.case_number,
        // The county bureau's view is de-identified: a free-text title names parties and places.
        title: user.role === 'county_bureau' ? DEIDENTIFIED_MARKER : r.title,
        organisationName: r.org,
        status: r.status,
        light: r.light as OversightCasePageDto['items'][number]['light'],
        dueAt: r.due_at.toISOString(),
        label: r.label,
      })),
      total: counted!.total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** 督办: a note on the case's timeline, sent to its committee's director and mediators. */
  async supervise(user: AuthUser, caseId: string, note: string): Promise<{ notified: number }> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, caseId, true);
      const c = access.row;
      await addCaseEvent(manager, caseId, user, 'supervision', `司法所督办：${note}`);
      const directors = await this.notifications.usersWithRole(manager, c.organisationId, ['director']);
      const recipients = [
        ...new Set([...directors, ...access.mediators.flatMap((m) => (m.userId ? [m.userId] : []))]),
      ];
      await this.notifications.notify(manager, recipients, {
        kind: 'supervision',
        title: `司法所督办：${c.caseNumber}`,
        body: note,
        caseId,
      });
      await this.audit.record(manager, user, {
        action: 'case.supervise',
        entity: 'case',
        entityId: caseId,
        organisationId: c.organisationId,
        after: { note },
      });
      return { notified: recipients.length };
    });
  }

  /** 评查 of a finished case file: each checklist item passed or not; the score is the points passed. */
  async review(user: AuthUser, caseId: string, dto: FileReviewDto): Promise<FileReviewResultDto> {
    const codes = dto.items.map((i) => i.code);
    const missing = REVIEW_CHECKLIST.filter((i) => !codes.includes(i.code)).map((i) => i.label);
    if (missing.length || new Set(codes).size !== codes.length) {
      throw new AppError(
        422,
        'REVIEW_INCOMPLETE',
        missing.length ? `评查项目不全：${missing.join('；')}` : '评查项目重复',
        missing.map((message) => ({ field: 'items', message })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, caseId, true);
      if (!REVIEWABLE.includes(access.row.status))
        throw new AppError(409, 'CASE_NOT_FINISHED', '只能评查已结案、已归档或已终止调解的案件');
      const score = REVIEW_CHECKLIST.reduce(
        (sum, item) => sum + (dto.items.find((i) => i.code === item.code)!.passed ? item.points : 0),
        0,
      );
      const saved = await manager.getRepository(FileReviewEntity).save({
        caseId,
        items: dto.items.map((i) => ({
          code: i.code,
          passed: i.passed,
          ...(i.note ? { note: i.note } : {}),
        })),
        score,
        note: dto.note ?? null,
        reviewerId: user.id,
      });
      await addCaseEvent(
        manager,
        caseId,
        user,
        'review',
        `卷宗评查：${score} 分${dto.note ? `。${dto.note}` : ''}`,
      );
      await this.audit.record(manager, user, {
        action: 'case.review',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        after: { score },
      });
      return { id: saved.id, score };
    });
  }
}
