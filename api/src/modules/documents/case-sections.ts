import type { EntityManager } from 'typeorm';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import type { CaseAccess } from '../cases/case-access.service.js';
import { REMOTE_CONSENT_METHOD_LABELS, SESSION_MEDIUM_LABELS } from '../cases/case.enums.js';
import { DISPUTE_TYPE_LABELS } from '../../../../libs/contracts/src/dispute-types.js';
import { PartyEntity } from '../parties/party.entity.js';
import type { ReturnVisitEntity } from '../performance/performance.entities.js';
import type { MediationSessionEntity } from '../sessions/mediation-session.entity.js';
import type { InvestigationRecordEntity } from '../investigations/investigation-record.entity.js';
import { chineseDate, describeParty, ROLE_LABELS } from './document-text.js';
import { templateOverridesFor } from './template-overrides.js';
import { DATE_LINE, renderTemplate, type TemplateOverrides } from './templates.js';

export { DATE_LINE } from './templates.js';

/** What an effective agreement did not settle (its `unresolvedMatters`), terminated with the routes told. */
export interface PartialTermination {
  unresolvedMatters: string;
  routesInformed: string;
  effectiveAt: Date;
}

/** The partial termination an effective agreement carries, if it left matters unresolved. */
export function partialTermination(
  agreement: {
    unresolvedMatters: string | null;
    routesInformed: string | null;
    effectiveAt: Date | null;
  } | null,
): PartialTermination | undefined {
  if (!agreement?.unresolvedMatters || !agreement.routesInformed || !agreement.effectiveAt) return undefined;
  const { unresolvedMatters, routesInformed, effectiveAt } = agreement;
  return { unresolvedMatters, routesInformed, effectiveAt };
}

/** One document of a case, as layout source ready for the renderer. */
export interface Section {
  title: string;
  source: string;
}

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
const MODE_LABELS = {
  back_to_back: '背靠背(分别调解)',
  face_to_face: '面对面(共同调解)',
  site_visit: '现场查看',
} as const;
const PERFORMANCE_LABELS = { performed: '已履行', partly: '部分履行', not_performed: '未履行' } as const;
const RISK_LABELS = { none: '无', low: '较低', high: '较高' } as const;

/** The label of a stored code, else the code itself (never a member of Object.prototype). */
const labelOf = (labels: Readonly<Record<string, string>>, code: string) =>
  Object.hasOwn(labels, code) ? labels[code]! : code;

export const time = (d: Date) =>
  d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });

/** The case's printable documents, from templates/ (one template each). */
export class CaseSections {
  private constructor(
    private readonly access: CaseAccess,
    private readonly committee: string,
    private readonly parties: PartyEntity[],
    private readonly cipher: PersonalDataCipher,
    /** The organisation's own templates (or its nearest ancestor's). */
    readonly templates: TemplateOverrides,
  ) {}

  static async load(
    manager: EntityManager,
    access: CaseAccess,
    cipher: PersonalDataCipher,
  ): Promise<CaseSections> {
    const parties = await manager
      .getRepository(PartyEntity)
      .find({ where: { caseId: access.row.id }, order: { position: 'ASC' } });
    const [org] = await manager.query<{ name: string }[]>('SELECT name FROM organisations WHERE id = $1', [
      access.row.organisationId,
    ]);
    const templates = await templateOverridesFor(manager, access.row.organisationId);
    return new CaseSections(access, org!.name, parties, cipher, templates);
  }

  private common() {
    const c = this.access.row;
    const now = new Date();
    return {
      caseNumber: c.caseNumber,
      committee: this.committee,
      title: c.title,
      facts: c.facts,
      requests: c.requests,
      dateLine: DATE_LINE,
      partyNames: this.parties.map((p) => p.name).join('、'),
      parties: this.parties.map((p) => ({
        roleLabel: ROLE_LABELS[p.role],
        name: p.name,
        description: describeParty(p, this.cipher, now, this.access.personalData),
      })),
    };
  }

  application(): Section {
    const data = {
      ...this.common(),
      applicants: this.parties.filter((p) => p.role === 'applicant').map((p) => p.name),
    };
    return { title: '人民调解申请书', source: renderTemplate('application', data, this.templates) };
  }

  acceptance(): Section {
    const c = this.access.row;
    const data = {
      ...this.common(),
      registeredOn: chineseDate(c.createdAt),
      source: labelOf(SOURCE_LABELS, c.source),
      disputeType: labelOf(DISPUTE_TYPE_LABELS, c.disputeType),
    };
    return { title: '人民调解受理登记表', source: renderTemplate('acceptance', data, this.templates) };
  }

  rightsNotice(): Section {
    return {
      title: '人民调解当事人权利义务告知书',
      source: renderTemplate('rights-notice', this.common(), this.templates),
    };
  }

  /**
   * 终止调解告知书: of the whole case (terminated), or of the matters an effective agreement left
   * unresolved (`partial`, the agreement's own texts, dated the day it took effect).
   */
  termination(partial?: PartialTermination): Section {
    const c = this.access.row;
    const data = {
      ...this.common(),
      reason: c.statusReason ?? '',
      unresolvedMatters: partial?.unresolvedMatters ?? '',
      routesInformed: partial?.routesInformed ?? c.routesInformed ?? '',
      terminatedOn: chineseDate(partial?.effectiveAt ?? c.updatedAt),
    };
    return { title: '终止调解告知书', source: renderTemplate('termination', data, this.templates) };
  }

  /** Who consented to a phone or video session, how and when; empty for one in the room. */
  private remoteConsent(session: MediationSessionEntity): string {
    const consent = session.remoteConsent;
    if (session.medium === 'in_person' || !consent) return '';
    const names = this.parties.filter((p) => consent.partyIds.includes(p.id)).map((p) => p.name);
    return `${names.join('、')}于${time(new Date(consent.at))}${REMOTE_CONSENT_METHOD_LABELS[consent.method]}以${SESSION_MEDIUM_LABELS[session.medium]}方式进行调解`;
  }

  /** LDMAL Art 14 ¶2: 15 days from receipt without an agreement; `dueAt` is the labour clock's end. */
  arbitrationNotice(dueAt: Date): Section {
    const data = {
      ...this.common(),
      receivedOn: chineseDate(this.access.row.createdAt),
      dueOn: chineseDate(dueAt),
    };
    return {
      title: '告知可申请劳动争议仲裁',
      source: renderTemplate('arbitration-notice', data, this.templates),
    };
  }

  sessionRecord(session: MediationSessionEntity): Section {
    const present = this.parties.filter((p) => session.partyIds.includes(p.id));
    const names = this.access.mediators.filter((m) => session.mediatorIds.includes(m.id)).map((m) => m.name);
    const source = renderTemplate(
      'session-record',
      {
        caseNumber: this.access.row.caseNumber,
        time: session.endedAt
          ? `${time(session.startedAt)} 至 ${time(session.endedAt)}`
          : time(session.startedAt),
        place: session.place,
        title: this.access.row.title,
        mode: MODE_LABELS[session.mode],
        medium: SESSION_MEDIUM_LABELS[session.medium],
        remoteConsent: this.remoteConsent(session),
        parties: present.map((p) => `${ROLE_LABELS[p.role]}${p.name}`).join('、') || '无',
        participants: session.participants.map((p) => `${p.name}(${p.relation})`).join('、') || '无',
        mediators: names.join('、'),
        summary: session.summary,
        partyNames: present.map((p) => p.name),
        dateLine: DATE_LINE,
      },
      this.templates,
    );
    return { title: '人民调解记录', source };
  }

  investigationRecord(record: InvestigationRecordEntity): Section {
    const investigators = this.access.mediators
      .filter((m) => record.investigatorIds.includes(m.id))
      .map((m) => m.name);
    const source = renderTemplate(
      'investigation-record',
      {
        caseNumber: this.access.row.caseNumber,
        time: time(record.investigatedAt),
        place: record.place,
        investigators: investigators.join('、'),
        recorder: record.recorderName ?? '',
        interviewee: `${record.intervieweeName}(${record.intervieweeRelation})`,
        subject: record.subject,
        content: record.content,
        intervieweeName: record.intervieweeName,
        dateLine: DATE_LINE,
      },
      this.templates,
    );
    return { title: '人民调解调查记录', source };
  }

  returnVisit(visit: ReturnVisitEntity, agreementNumber: string): Section {
    const source = renderTemplate(
      'return-visit',
      {
        caseNumber: this.access.row.caseNumber,
        time: time(visit.visitedAt),
        party: this.parties.find((p) => p.id === visit.partyId)?.name ?? '',
        agreementNumber,
        title: this.access.row.title,
        performance: PERFORMANCE_LABELS[visit.performance],
        satisfaction: `${visit.satisfaction} 分(满分 5 分)`,
        residualRisk: RISK_LABELS[visit.residualRisk],
        note: visit.note,
        dateLine: DATE_LINE,
      },
      this.templates,
    );
    return { title: '人民调解回访记录', source };
  }
}
