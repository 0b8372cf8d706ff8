import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { caseVisibility } from '../cases/case-access.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ClockEntity } from './clock.entity.js';
import type { DeadlineItemDto, DeadlinePageDto, DeadlineQueryDto } from './dto/deadline.dto.js';

/** The deadlines board: clocks of visible cases, most urgent first. */
@Injectable()
export class DeadlinesQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async list(user: AuthUser, query: DeadlineQueryDto): Promise<DeadlinePageDto> {
    const visibility = caseVisibility(user);
    const qb = this.dataSource
      .getRepository(ClockEntity)
      .createQueryBuilder('k')
      .innerJoin('cases', 'c', 'c.id = k.case_id')
      .where(visibility.sql, visibility.params);
    if (query.organisationId) {
      const org = await this.organisations.findVisible(user, query.organisationId);
      qb.andWhere('c.organisation_id IN (SELECT fo.id FROM organisations fo WHERE fo.path LIKE :orgPath)', {
        orgPath: `${org.path}%`,
      });
    }
    if (query.kind) qb.andWhere('k.kind = :kind', { kind: query.kind });
    const counts = await qb
      .clone()
      .select('k.light', 'light')
      .addSelect('count(*)::int', 'n')
      .andWhere(`k.light <> 'done'`)
      .groupBy('k.light')
      .getRawMany<{ light: string; n: number }>();
    qb.andWhere(query.light ? 'k.light = :light' : `k.light <> 'done'`, { light: query.light });
    const total = await qb.getCount();
    const rows = await qb
      .select([
        'k.id AS id',
        'k.case_id AS case_id',
        'k.kind AS kind',
        'k.label AS label',
        'k.started_at AS started_at',
      ])
      .addSelect([
        'k.due_at AS due_at',
        'k.light AS light',
        'c.case_number AS case_number',
        'c.title AS title',
      ])
      .orderBy(`CASE k.light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END`)
      .addOrderBy('k.due_at', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<Record<string, string & Date>>();
    const count = (light: string) => counts.find((c) => c.light === light)?.n ?? 0;
    return {
      items: rows.map((r): DeadlineItemDto => ({
        id: r['id']!,
        caseId: r['case_id']!,
        kind: r['kind'] as DeadlineItemDto['kind'],
        label: r['label']!,
        startedAt: new Date(r['started_at']!).toISOString(),
        dueAt: new Date(r['due_at']!).toISOString(),
        light: r['light'] as DeadlineItemDto['light'],
        caseNumber: r['case_number']!,
        caseTitle: r['title']!,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts: { green: count('green'), yellow: count('yellow'), red: count('red'), paused: count('paused') },
    };
  }
}
