import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import type { PrintPurpose } from '../../common/print-purpose.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService, caseScopeSql } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { CaseEntity } from '../cases/case.entity.js';
import { chinaDay } from '../deadlines/working-calendar.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type {
  AnalysisDto,
  OverviewDto,
  PreventionDto,
  ReportDto,
  ReportQueryDto,
  StatsQueryDto,
  TrendDto,
} from './dto/stats.dto.js';
import { PREVENTION_KINDS } from './dto/stats.dto.js';
import { PREVENTION_LABELS, REPORT_COLUMNS, SOURCE_GROUPS } from './report-columns.js';
import { type MonthlyFacts, monthlyFactsSql, successPercent, tenThousandYuan } from './monthly-report.js';
import { PeriodLockEntity } from './period-lock.entity.js';
import { StatsRollup } from './stats-rollup.js';
import { baseCte, TOTALS_SQL } from './stats-sql.js';

const START = (n: number) => `($${n}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
const END = (n: number) => `($${n}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;

interface Totals {
  received: number;
  accepted: number;
  succeeded: number;
  failed: number;
  amount: string;
  performed: number;
  confirmed: number;
  overdue: number;
  days: number | null;
}

/** A share to three decimals, or null when there is nothing to divide by. */
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);
const rate = (succeeded: number, failed: number) => share(succeeded, succeeded + failed);

/**
 * Statistics from case facts (stats-sql.ts defines every figure): the overview, report and trend read the
 * rollup of those figures per committee day, brought up to date first; the analysis reads the facts.
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly rollup: StatsRollup,
  ) {}

  /**
   * The period (default: this month so far) and the scope, as the base CTE over the facts, and `days`:
   * a CTE `d` of the up-to-date rollup rows in scope, with their organisations' kind.
   */
  private async scope(user: AuthUser, query: StatsQueryDto) {
    const today = chinaDay(new Date());
    const from = query.from ?? `${today.slice(0, 8)}01`;
    const to = query.to ?? today;
    if (from > to)
      throw CommonErrors.validation([{ field: 'from', code: 'range', message: '开始日期不能晚于结束日期' }]);
    const org = query.organisationId
      ? await this.organisations.findVisible(user, query.organisationId)
      : undefined;
    const params: unknown[] = [];
    const scopeSql = caseScopeSql(user, params, org?.path);
    params.push(from, to);
    const where = `${scopeSql} AND c.created_at >= ${START(params.length - 1)} AND c.created_at < ${END(params.length)}`;
    const cte = baseCte(where);
    // The rollup rows carry `organisation_id` as the cases do: the same scope condition on alias `c`.
    const inScope = `${scopeSql} AND c.day >= $${params.length - 1}::date AND c.day <= $${params.length}::date`;
    const days = `d AS MATERIALIZED (SELECT c.*, o.kind AS org_kind FROM stats_days c
                    JOIN organisations o ON o.id = c.organisation_id WHERE ${inScope}),
                  dp AS MATERIALIZED (SELECT c.* FROM stats_day_prevention c WHERE ${inScope})`;
    await this.rollup.refresh();
    return { cte, days, params, from, to, path: org?.path ?? user.organisationPath, orgName: org?.name };
  }

  async overview(user: AuthUser, query: StatsQueryDto): Promise<OverviewDto> {
    const { days, params, from, to, path } = await this.scope(user, query);
    const rateParams: unknown[] = [];
    const visible = caseScopeSql(user, rateParams, path);
    rateParams.push(from, to, `${path}%`);
    const n = rateParams.length;
    // 满意率 from the parties' evaluations (else the return visits) of the period; 回复率 from the
    // referrals whose first feedback fell due.
    const ratesSql = `SELECT
        (SELECT count(*) FILTER (WHERE rv.satisfaction >= 4) FROM return_visits rv JOIN cases c ON c.id = rv.case_id
          WHERE ${visible} AND rv.visited_at >= ${START(n - 2)} AND rv.visited_at < ${END(n - 1)})::int AS good,
        (SELECT count(*) FROM return_visits rv JOIN cases c ON c.id = rv.case_id
          WHERE ${visible} AND rv.visited_at >= ${START(n - 2)} AND rv.visited_at < ${END(n - 1)})::int AS visits,
        (SELECT count(*) FILTER (WHERE pe.satisfaction >= 4) FROM party_evaluations pe JOIN cases c ON c.id = pe.case_id
          WHERE ${visible} AND pe.created_at >= ${START(n - 2)} AND pe.created_at < ${END(n - 1)})::int AS party_good,
        (SELECT count(*) FROM party_evaluations pe JOIN cases c ON c.id = pe.case_id
          WHERE ${visible} AND pe.created_at >= ${START(n - 2)} AND pe.created_at < ${END(n - 1)})::int AS party_all,
        (SELECT count(*) FILTER (WHERE r.first_feedback_at <= r.feedback_due_at) FROM referrals r
           JOIN organisations o ON o.id = r.target_organisation_id
          WHERE o.path LIKE $${n} AND r.feedback_due_at >= ${START(n - 2)} AND r.feedback_due_at < ${END(n - 1)}
            AND (r.feedback_due_at <= now() OR r.first_feedback_at IS NOT NULL))::int AS on_time,
        (SELECT count(*) FROM referrals r JOIN organisations o ON o.id = r.target_organisation_id
          WHERE o.path LIKE $${n} AND r.feedback_due_at >= ${START(n - 2)} AND r.feedback_due_at < ${END(n - 1)}
            AND (r.feedback_due_at <= now() OR r.first_feedback_at IS NOT NULL))::int AS due`;
    const breakdown = (column: string, key: string) =>
      `(SELECT coalesce(json_agg(x ORDER BY x.received DESC, x."${key}"), '[]') FROM (
          SELECT ${column} AS "${key}", sum(received)::int AS received, sum(succeeded)::int AS succeeded
            FROM d GROUP BY 1) x)`;
    const [row] = await this.dataSource.query<
      {
        totals: Totals;
        by_type: OverviewDto['byType'];
        by_source: OverviewDto['bySource'];
        by_kind: OverviewDto['byOrganisationKind'];
        prevented: OverviewDto['prevented'];
        satisfaction: number | null;
      }[]
    >(
      `WITH ${days}
       SELECT (${TOTALS_SQL}) AS totals,
              ${breakdown('dispute_type', 'disputeType')} AS by_type,
              ${breakdown('source', 'source')} AS by_source,
              ${breakdown('org_kind', 'kind')} AS by_kind,
              (SELECT coalesce(json_agg(x), '[]') FROM (
                 SELECT kind, sum(cases)::int AS cases, sum(persons)::int AS persons FROM dp GROUP BY 1) x) AS prevented,
              (SELECT round((sum(satisfaction_sum)::numeric / nullif(sum(satisfaction_count), 0)), 2)::float
                 FROM d) AS satisfaction`,
      params,
    );
    const t = row!.totals;
    const [rates] = await this.dataSource.query<
      { good: number; visits: number; party_good: number; party_all: number; on_time: number; due: number }[]
    >(ratesSql, rateParams);
    return {
      from,
      to,
      received: t.received,
      accepted: t.accepted,
      succeeded: t.succeeded,
      failed: t.failed,
      successRate: rate(t.succeeded, t.failed),
      agreementAmount: t.amount,
      performed: t.performed,
      judicialConfirmations: t.confirmed,
      overdue: t.overdue,
      averageDaysToClose: t.days,
      satisfaction: row!.satisfaction,
      // The parties' own answers when the period has any; the staff's return visits otherwise.
      satisfactionRate: rates!.party_all
        ? share(rates!.party_good, rates!.party_all)
        : share(rates!.good, rates!.visits),
      satisfactionSource: rates!.party_all ? 'party_evaluations' : 'return_visits',
      replyRate: share(rates!.on_time, rates!.due),
      closedRate: share(t.succeeded + t.failed, t.accepted),
      byType: row!.by_type,
      bySource: row!.by_source,
      byOrganisationKind: row!.by_kind,
      prevented: PREVENTION_KINDS.map(
        (kind) => row!.prevented.find((p) => p.kind === kind) ?? { kind, cases: 0, persons: 0 },
      ),
    };
  }

  async trend(user: AuthUser, query: StatsQueryDto): Promise<TrendDto> {
    const { days, params } = await this.scope(user, query);
    const months = await this.dataSource.query<TrendDto['months']>(
      `WITH ${days}
       SELECT to_char(day, 'YYYY-MM') AS month, sum(received)::int AS received, sum(succeeded)::int AS succeeded
         FROM d GROUP BY 1 ORDER BY 1`,
      params,
    );
    return { months };
  }

  async analysis(user: AuthUser, query: StatsQueryDto): Promise<AnalysisDto> {
    const { cte, days, params, path } = await this.scope(user, query);
    // A place is the location up to its first digit or space: "枫源村 12 号" → "枫源村".
    const place = `nullif(substring(b.location from '^[^0-9 ,，]+'), '')`;
    const [row] = await this.dataSource.query<
      {
        places: AnalysisDto['places'];
        repeat_places: AnalysisDto['repeatPlaces'];
        repeat_parties: AnalysisDto['repeatParties'];
        mediators: AnalysisDto['mediators'];
      }[]
    >(
      `WITH ${cte}, placed AS (SELECT b.*, ${place} AS place FROM base b)
       SELECT
         (SELECT coalesce(json_agg(x ORDER BY x.total DESC, x.place), '[]') FROM (
            SELECT p.place, count(*)::int AS total,
                   (SELECT json_agg(y ORDER BY y.count DESC, y."disputeType") FROM (
                      SELECT dispute_type AS "disputeType", count(*)::int AS count FROM placed q
                       WHERE q.place = p.place GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3) y) AS "topTypes"
              FROM placed p WHERE p.place IS NOT NULL GROUP BY p.place ORDER BY 2 DESC, 1 LIMIT 20) x) AS places,
         (SELECT coalesce(json_agg(x ORDER BY x.cases DESC, x.place), '[]') FROM (
            SELECT place, count(*)::int AS cases FROM placed WHERE place IS NOT NULL
             GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC, 1 LIMIT 20) x) AS repeat_places,
         (SELECT coalesce(json_agg(x ORDER BY x.cases DESC, x.name), '[]') FROM (
            SELECT min(pa.name) AS name, count(DISTINCT pa.case_id)::int AS cases
              FROM parties pa JOIN base b ON b.id = pa.case_id
             GROUP BY coalesce(pa.id_number_hash, pa.kind || ':' || pa.name)
            HAVING count(DISTINCT pa.case_id) > 1 ORDER BY 2 DESC, 1 LIMIT 20) x) AS repeat_parties,
         (SELECT coalesce(json_agg(x ORDER BY x.cases DESC, x.name), '[]') FROM (
            SELECT m.id AS "mediatorId", m.name, o.name AS "organisationName", count(*)::int AS cases,
                   count(*) FILTER (WHERE b.succeeded)::int AS succeeded
              FROM case_mediators cm JOIN base b ON b.id = cm.case_id
              JOIN mediators m ON m.id = cm.mediator_id JOIN organisations o ON o.id = m.organisation_id
             GROUP BY m.id, m.name, o.name ORDER BY 4 DESC, 2 LIMIT 50) x) AS mediators`,
      params,
    );
    const committees = await this.committeeRows(days, params, path);
    return {
      places: row!.places,
      repeatParties: user.role === 'county_bureau' ? [] : row!.repeat_parties,
      repeatPlaces: row!.repeat_places,
      mediators: row!.mediators,
      committees: committees.map((c) => ({
        organisationId: c.id,
        name: c.name,
        received: c.totals.received,
        succeeded: c.totals.succeeded,
      })),
    };
  }

  /** Every mediation body under `path`, with its totals (zero rows included), from the rollup `d`. */
  private committeeRows(days: string, params: unknown[], path: string) {
    return this.dataSource.query<{ id: string; name: string; totals: Totals }[]>(
      `WITH ${days}
       SELECT o.id, o.name,
              (${TOTALS_SQL.replace('FROM d', 'FROM d WHERE d.organisation_id = o.id')}) AS totals
         FROM organisations o
        WHERE o.kind IN ('committee', 'centre') AND o.path LIKE $${params.length + 1}
        ORDER BY o.path`,
      [...params, `${path}%`],
    );
  }

  /** An export of the monthly report, with why (docs/security.md "Prints and exports"). */
  async logExport(user: AuthUser, query: ReportQueryDto, purpose: PrintPurpose): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, user, {
        action: 'stats.export',
        entity: 'report',
        entityId: null,
        organisationId: query.organisationId ?? user.organisationId,
        after: { period: `${query.period}-01`, format: 'xlsx', purpose },
      }),
    );
  }

  /**
   * 人民调解工作月报表: one row per committee, the official columns, and the totals row; every figure
   * from the facts, dated by its own event (monthly-report.ts), never by the registration month.
   */
  async report(user: AuthUser, period: string, organisationId?: string): Promise<ReportDto> {
    const org = organisationId ? await this.organisations.findVisible(user, organisationId) : undefined;
    const lock = await this.dataSource
      .getRepository(PeriodLockEntity)
      .findOneBy({ organisationId: org?.id ?? user.organisationId, period });
    if (lock)
      return {
        ...(lock.report as unknown as ReportDto),
        locked: true,
        lockedAt: lock.lockedAt.toISOString(),
        lockedBy: lock.lockedByName,
      };
    return this.liveReport(user, period, org);
  }

  /**
   * 锁定月报: the report of a month that has ended, for the caller's organisation (or one in its
   * area), kept as it stands; from then on the report answers it and no later change alters it.
   * 409 when that month's report is already locked, 422 while the month is still running.
   */
  async lockPeriod(user: AuthUser, period: string, organisationId?: string): Promise<ReportDto> {
    if (period >= chinaDay(new Date()).slice(0, 7))
      throw new AppError(
        422,
        'PERIOD_NOT_ENDED',
        `${period.replace('-', '年')}月尚未结束,月末之后才能锁定月报`,
      );
    const org = organisationId ? await this.organisations.findVisible(user, organisationId) : undefined;
    const target = org?.id ?? user.organisationId;
    const report = await this.liveReport(user, period, org);
    return this.dataSource.transaction(async (manager) => {
      const [saved] = await manager.query<{ locked_at: Date }[]>(
        `INSERT INTO stats_period_locks (organisation_id, period, report, locked_by_id, locked_by_name)
         VALUES ($1, $2, $3::jsonb, $4, $5) ON CONFLICT DO NOTHING RETURNING locked_at`,
        [target, period, JSON.stringify(report), user.id, user.name],
      );
      const lockedAt = saved?.locked_at;
      if (!lockedAt)
        throw new AppError(409, 'PERIOD_LOCKED', `${period.replace('-', '年')}月的月报已锁定,不能再次锁定`);
      await this.audit.record(manager, user, {
        action: 'stats.period.lock',
        entity: 'report',
        entityId: null,
        organisationId: target,
        after: { period },
      });
      return { ...report, locked: true, lockedAt: new Date(lockedAt).toISOString(), lockedBy: user.name };
    });
  }

  /** The report from the facts, as it stands now. */
  private async liveReport(
    user: AuthUser,
    period: string,
    org: { id: string; path: string; name: string } | undefined,
  ): Promise<ReportDto> {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const path = org?.path ?? user.organisationPath;
    const params: unknown[] = [];
    const scope = caseScopeSql(user, params, org?.path);
    params.push(`${period}-01`, `${period}-${String(last).padStart(2, '0')}`, `${path}%`);
    const n = params.length;
    const committees = await this.dataSource.query<MonthlyFacts[]>(
      monthlyFactsSql(scope, n - 2, n - 1, n),
      params,
    );
    const cents = (amount: string) => Math.round(Number(amount) * 100);
    const rows = committees.map((c) => {
      const values: Record<string, number | string> = {};
      for (const col of REPORT_COLUMNS) values[col.key] = 0;
      values['accepted'] = c.accepted;
      values['succeeded'] = c.succeeded;
      values['successRate'] = successPercent(c.succeeded, c.accepted);
      values['amount'] = tenThousandYuan(cents(c.amount));
      values['performed'] = c.performed;
      values['confirmed'] = c.confirmed;
      for (const d of c.detail) {
        values[`type.${d.dispute_type}`] = (values[`type.${d.dispute_type}`] as number) + d.n;
        const group = Object.entries(SOURCE_GROUPS).find(([, g]) =>
          (g.sources as readonly string[]).includes(d.source),
        );
        if (group) values[`source.${group[0]}`] = (values[`source.${group[0]}`] as number) + d.n;
      }
      for (const p of c.prevention) {
        values[`prevented.${p.kind}.cases`] = p.cases;
        values[`prevented.${p.kind}.persons`] = p.persons;
      }
      return { organisationId: c.id, name: c.name, values, cents: cents(c.amount) };
    });
    const totals: Record<string, number | string> = {};
    for (const col of REPORT_COLUMNS)
      totals[col.key] = rows.reduce((sum, r) => sum + (Number(r.values[col.key]) || 0), 0);
    // Rates and amounts are not sums of the rows' rounded figures: from the counts and the cents.
    totals['successRate'] = successPercent(totals['succeeded'] as number, totals['accepted'] as number);
    totals['amount'] = tenThousandYuan(rows.reduce((sum, r) => sum + r.cents, 0));
    const [scopeOrg] = await this.dataSource.query<{ name: string }[]>(
      'SELECT name FROM organisations WHERE path = $1',
      [path],
    );
    return {
      period,
      organisationName: org?.name ?? scopeOrg?.name ?? '',
      columns: REPORT_COLUMNS,
      rows: rows.map(({ organisationId, name, values }) => ({ organisationId, name, values })),
      totals,
      locked: false,
      lockedAt: null,
      lockedBy: null,
    };
  }

  /** The mediator's judgement of what the case prevented (防止民转刑 …), with the persons involved. */
  async setPrevention(user: AuthUser, caseId: string, dto: PreventionDto): Promise<void> {
    const kinds = dto.items.map((i) => i.kind);
    if (new Set(kinds).size !== kinds.length)
      throw new AppError(422, 'PREVENTION_DUPLICATE', '每种防止情况只能填写一次');
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.load(manager, user, caseId, true);
      this.access.assertMayWrite(user, access, 'prevention');
      const prevention = dto.items.length
        ? Object.fromEntries(dto.items.map((i) => [i.kind, i.persons]))
        : null;
      await manager
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ prevention })
        .where('id = :id', { id: caseId })
        .execute();
      const summary = dto.items.length
        ? dto.items.map((i) => `${PREVENTION_LABELS[i.kind]}${i.persons}人`).join('、')
        : '无';
      await addCaseEvent(manager, caseId, user, 'prevention', `记录防止情况：${summary}`);
      await this.audit.record(manager, user, {
        action: 'case.prevention',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        before: { prevention: access.row.prevention },
        after: { prevention },
      });
    });
  }
}
