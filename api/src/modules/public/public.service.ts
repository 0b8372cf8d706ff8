import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors.js';
import { SlidingWindowLimiter } from '../../common/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { CASE_STATUS_LABELS, type CaseStatus } from '../cases/case.enums.js';
import { CasesService } from '../cases/cases.service.js';
import { SmsSender } from '../notifications/sms.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DISPUTE_TYPE_LABELS } from '../../../../libs/contracts/src/dispute-types.js';
import type { ApplicationReceiptDto, PublicApplicationDto, TrackDto } from './dto/public.dto.js';

/** Applications one client address may file per hour. */
export const APPLICATIONS_PER_HOUR = 5;
/** Tracking look-ups one client address may make per minute. */
export const TRACKS_PER_MINUTE = 20;

/** What the public timeline says of each event kind; anything else on the timeline stays inside. */
const MILESTONES: Record<string, string> = {
  registered: '已登记',
  accept: '已受理',
  reject: '不予受理',
  assign: '已指派调解员',
  session: '进行调解',
  pause: '中止调解',
  resume: '恢复调解',
  extend: '延长调解期限',
  agreement_effective: '达成调解协议',
  terminate: '终止调解',
  transfer: '移送其他调解组织',
  performance: '登记协议履行',
  breached: '协议未按期履行',
  return_visit: '回访',
  judicial_confirmation: '司法确认',
  close: '已结案',
  archive: '已归档',
};

const notFound = () => new AppError(404, 'TRACK_NOT_FOUND', '查询码不存在,请核对后重新输入');

/**
 * The parties' door without an account (docs/api.md "The parties' own channel"): an online
 * application registered at the committee chosen, answered with its 一案一码 code (also sent by SMS to
 * the applicant's phone), and the tracking of a case by that code: status and milestones, never a
 * name, a fact or a phone. Both are rate-limited per client address.
 */
@Injectable()
export class PublicService {
  private readonly applications = new SlidingWindowLimiter(
    APPLICATIONS_PER_HOUR,
    3600_000,
    (s) => `提交次数过多,请 ${Math.ceil(s / 60)} 分钟后再试;急事请直接致电或前往调解组织`,
  );
  private readonly tracks = new SlidingWindowLimiter(
    TRACKS_PER_MINUTE,
    60_000,
    (s) => `查询过于频繁,请 ${s} 秒后再试`,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cases: CasesService,
    private readonly sms: SmsSender,
  ) {}

  async apply(dto: PublicApplicationDto, client: string): Promise<ApplicationReceiptDto> {
    this.applications.take(client);
    const code = await this.dataSource.transaction(async (manager) => {
      const org = await manager.getRepository(OrganisationEntity).findOneBy({ id: dto.organisationId });
      if (!org) throw new AppError(404, 'ORGANISATION_NOT_FOUND', '所选调解组织不存在,请重新选择');
      const { trackCode } = await this.cases.registerOnline(manager, org, {
        organisationId: org.id,
        source: 'online',
        disputeType: dto.disputeType,
        title: `${dto.applicant.name.trim()}与${dto.respondent.name.trim()}${DISPUTE_TYPE_LABELS[dto.disputeType]}纠纷`,
        facts: dto.facts,
        requests: dto.requests,
        parties: [
          { ...dto.applicant, role: 'applicant' },
          { role: 'respondent', kind: 'person', name: dto.respondent.name, phone: dto.respondent.phone },
        ],
      });
      return trackCode;
    });
    const trackUrl = `${this.config.publicUrl}/track/${code}`;
    if (dto.applicant.phone)
      await this.sms.send(
        dto.applicant.phone,
        `【人民调解】您的调解申请已提交,查询码 ${code},可在 ${trackUrl} 查看办理进度。`,
      );
    return { code, trackUrl };
  }

  async track(code: string, client: string): Promise<TrackDto> {
    this.tracks.take(client);
    if (!/^[0-9A-F]{12}$/.test(code.toUpperCase())) throw notFound();
    const [row] = await this.dataSource.query<
      { id: string; case_number: string; status: CaseStatus; accepted: boolean; organisation: string }[]
    >(
      `SELECT c.id, c.case_number, c.status, c.accepted_at IS NOT NULL AS accepted, o.name AS organisation
         FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE c.track_code = $1`,
      [code.toUpperCase()],
    );
    if (!row) throw notFound();
    const events = await this.dataSource.query<{ at: Date; kind: string }[]>(
      `SELECT at, kind FROM case_events WHERE case_id = $1 AND kind = ANY($2) ORDER BY at, id`,
      [row.id, Object.keys(MILESTONES)],
    );
    return {
      caseNumber: row.accepted ? row.case_number : null,
      status: row.status,
      statusLabel: CASE_STATUS_LABELS[row.status],
      organisationName: row.organisation,
      timeline: events.map((e) => ({ at: e.at.toISOString(), label: MILESTONES[e.kind]! })),
    };
  }
}
