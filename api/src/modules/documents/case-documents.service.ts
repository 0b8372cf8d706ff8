import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type CaseAccess, CaseAccessService } from '../cases/case-access.service.js';
import { PartyEntity } from '../parties/party.entity.js';
import { MediationSessionEntity } from '../sessions/mediation-session.entity.js';
import { chineseDate, describeParty, ROLE_LABELS } from './document-text.js';
import { parseLayout } from './layout.js';
import { renderPdf } from './pdf-renderer.js';
import { renderTemplate } from './templates.js';

/** Printable forms of a case, for paper signatures (domain.md §3, §10.5). */
export const CASE_DOCUMENTS = {
  'application.pdf': { template: 'application', title: '人民调解申请书' },
  'acceptance.pdf': { template: 'acceptance', title: '人民调解受理登记表' },
  'rights-notice.pdf': { template: 'rights-notice', title: '人民调解当事人权利义务告知书' },
  'termination.pdf': { template: 'termination', title: '终止调解告知书' },
} as const;
export type CaseDocument = keyof typeof CASE_DOCUMENTS;

const SOURCE_LABELS: Record<string, string> = {
  walk_in: '当事人申请(来访)',
  phone: '当事人申请(来电)',
  online: '当事人申请(网上)',
  self_initiated: '主动调解(排查)',
  grid: '网格上报',
  hotline_12345: '12345 热线转办',
  court_dispatch: '法院委派',
  court_entrust: '法院委托',
  police: '公安机关移交',
  petition: '信访部门转交',
  government: '政府部门指定',
};
const TYPE_LABELS: Record<string, string> = {
  marriage_family: '婚姻家庭',
  neighbour: '邻里',
  housing_homestead: '房屋宅基地',
  contract: '合同',
  production_business: '生产经营',
  damage_compensation: '损害赔偿',
  land_forest: '山林土地',
  land_acquisition: '征地拆迁',
  environment: '环境污染',
  labour: '劳动争议',
  consumer: '消费',
  medical: '医疗',
  traffic_accident: '道路交通事故',
  property_management: '物业',
  other: '其他',
};
const MODE_LABELS = {
  back_to_back: '背靠背(分别调解)',
  face_to_face: '面对面(共同调解)',
  site_visit: '现场查看',
} as const;
const DATE_LINE = '      年    月    日';

@Injectable()
export class CaseDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async caseDocument(
    user: AuthUser,
    caseId: string,
    document: CaseDocument,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.printable(manager, user, caseId);
      const c = access.row;
      if (document === 'termination.pdf' && !c.routesInformed) {
        throw new AppError(409, 'CASE_NOT_TERMINATED', '案件尚未终止调解,没有终止调解告知书');
      }
      const parties = await manager
        .getRepository(PartyEntity)
        .find({ where: { caseId }, order: { position: 'ASC' } });
      const [org] = await manager.query<{ name: string }[]>('SELECT name FROM organisations WHERE id = $1', [
        c.organisationId,
      ]);
      const now = new Date();
      const { template, title } = CASE_DOCUMENTS[document];
      const source = renderTemplate(template, {
        caseNumber: c.caseNumber,
        committee: org!.name,
        title: c.title,
        facts: c.facts,
        requests: c.requests,
        source: SOURCE_LABELS[c.source] ?? c.source,
        disputeType: TYPE_LABELS[c.disputeType] ?? c.disputeType,
        registeredOn: chineseDate(c.createdAt),
        reason: c.statusReason ?? '',
        routesInformed: c.routesInformed ?? '',
        terminatedOn: chineseDate(c.updatedAt),
        dateLine: DATE_LINE,
        partyNames: parties.map((p) => p.name).join('、'),
        applicants: parties.filter((p) => p.role === 'applicant').map((p) => p.name),
        parties: parties.map((p) => ({
          roleLabel: ROLE_LABELS[p.role],
          name: p.name,
          description: describeParty(p, this.cipher, now),
        })),
      });
      await this.logPrint(manager, user, access, document);
      return {
        pdf: await renderPdf({ title, blocks: parseLayout(source) }),
        filename: `${c.caseNumber}-${title}.pdf`,
      };
    });
  }

  /** 人民调解记录 of one session. */
  async sessionRecord(user: AuthUser, sessionId: string): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(MediationSessionEntity).findOneBy({ id: sessionId });
      if (!session) throw CommonErrors.notFound('调解记录');
      const access = await this.printable(manager, user, session.caseId);
      const parties = await manager
        .getRepository(PartyEntity)
        .find({ where: { caseId: session.caseId }, order: { position: 'ASC' } });
      const present = parties.filter((p) => session.partyIds.includes(p.id));
      const names = access.mediators.filter((m) => session.mediatorIds.includes(m.id)).map((m) => m.name);
      const time = (d: Date) =>
        d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });
      const source = renderTemplate('session-record', {
        caseNumber: access.row.caseNumber,
        time: session.endedAt
          ? `${time(session.startedAt)} 至 ${time(session.endedAt)}`
          : time(session.startedAt),
        place: session.place,
        title: access.row.title,
        mode: MODE_LABELS[session.mode],
        parties: present.map((p) => `${ROLE_LABELS[p.role]}${p.name}`).join('、') || '无',
        participants: session.participants.map((p) => `${p.name}(${p.relation})`).join('、') || '无',
        mediators: names.join('、'),
        summary: session.summary,
        partyNames: present.map((p) => p.name),
        dateLine: DATE_LINE,
      });
      await this.logPrint(manager, user, access, `session:${sessionId}`);
      return {
        pdf: await renderPdf({ title: '人民调解记录', blocks: parseLayout(source) }),
        filename: `${access.row.caseNumber}-调解记录.pdf`,
      };
    });
  }

  /** Forms carry the parties' contact details: the case team and the director print them. */
  private async printable(manager: EntityManager, user: AuthUser, caseId: string): Promise<CaseAccess> {
    const access = await this.cases.load(manager, user, caseId);
    if (!access.onTeam && user.role !== 'director') throw CommonErrors.forbidden();
    return access;
  }

  private logPrint(manager: EntityManager, user: AuthUser, access: CaseAccess, document: string) {
    return this.audit.record(manager, user, {
      action: 'document.print',
      entity: 'case',
      entityId: access.row.id,
      organisationId: access.row.organisationId,
      after: { document },
    });
  }
}
