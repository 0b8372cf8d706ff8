import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { caseVisibility } from '../cases/case-access.service.js';
import { CaseEntity } from '../cases/case.entity.js';
import type {
  ExportAgreementDto,
  ExportCaseDto,
  ExportRecordDto,
  PersonalDataExportDto,
} from './dto/personal-data-export.dto.js';
import { toPartyResponse } from './party.mapper.js';
import { PartyEntity } from './party.entity.js';

export const DEFAULT_EXPORT_PURPOSE = '当事人申请查阅、复制个人信息';

const WITHHELD = [
  '背靠背调解的私下记录(调解员工作笔记,依《人民调解法》保密)不予提供。',
  '其他当事人、代理人的身份证号和电话不予提供;代理人电话仅显示掩码。',
  '审计日志中的操作记录不在本导出范围内,如需可另行申请。',
];

/** A record as gathered; the organisation id only serves the audit row. */
type HeldRecord = ExportRecordDto & { case: ExportCaseDto & { organisationId: string } };

interface CaseRow {
  id: string;
  case_number: string;
  title: string;
  organisation: string;
  organisation_id: string;
  dispute_type: string;
  status: string;
  facts: string;
  requests: string;
  location: string | null;
  created_at: Date;
  closed_at: Date | null;
}
interface SessionRow {
  id: string;
  mode: string;
  started_at: Date;
  ended_at: Date | null;
  place: string;
  summary: string;
}
interface VisitRow {
  visited_at: Date;
  performance: string;
  satisfaction: number;
  note: string;
}
interface AgreementRow {
  id: string;
  agreement_number: string;
  status: string;
  form: string;
  facts: string;
  responsibility: string;
  terms: { obligorPartyId: string; obligeePartyId?: string }[];
  performance: string;
  effective_at: Date | null;
  has_pdf: boolean;
  pdf_sha256: string | null;
}

const iso = (value: Date | string | null | undefined) =>
  value ? (value instanceof Date ? value : new Date(value)).toISOString() : undefined;

/**
 * PIPL Arts 44–45 (查阅、复制): everything the committee holds about one person, decrypted, for
 * the director to hand over. The same person is found across the director's cases by the keyed
 * hash of the ID number (equal hashes ⇔ equal decrypted numbers); without an ID number only the
 * one party record is exported. Every export is audited.
 */
@Injectable()
export class PersonalDataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async export(
    user: AuthUser,
    partyId: string,
    purpose = DEFAULT_EXPORT_PURPOSE,
  ): Promise<PersonalDataExportDto> {
    return this.dataSource.transaction(async (manager) => {
      const visibility = caseVisibility(user);
      const parties = () =>
        manager
          .getRepository(PartyEntity)
          .createQueryBuilder('p')
          .innerJoin(CaseEntity, 'c', 'c.id = p.case_id')
          .where(visibility.sql, visibility.params);
      const subject = await parties().andWhere('p.id = :partyId', { partyId }).getOne();
      if (!subject) throw CommonErrors.notFound('当事人');
      const matches = subject.idNumberHash
        ? await parties()
            .andWhere('p.id_number_hash = :hash', { hash: subject.idNumberHash })
            .orderBy('p.created_at', 'ASC')
            .getMany()
        : [subject];
      const records: HeldRecord[] = [];
      for (const party of matches) records.push(await this.record(manager, party));
      const result: PersonalDataExportDto = {
        exportedAt: new Date().toISOString(),
        exportedBy: user.name,
        purpose,
        name: subject.name,
        matchedBy: subject.idNumberHash ? 'id_number' : 'party_record',
        records,
        withheld: WITHHELD,
      };
      await this.audit.record(manager, user, {
        action: 'party.personal_data_export',
        entity: 'party',
        entityId: subject.id,
        organisationId: records[0]?.case.organisationId ?? null,
        after: {
          purpose,
          matchedBy: result.matchedBy,
          caseNumbers: records.map((r) => r.case.caseNumber),
        },
      });
      return {
        ...result,
        records: records.map(({ case: { organisationId: _o, ...c }, ...r }) => ({ ...r, case: c })),
      };
    });
  }

  private async record(manager: EntityManager, party: PartyEntity): Promise<HeldRecord> {
    const [found] = await manager.query<CaseRow[]>(
      `SELECT c.id, c.case_number, c.title, o.name AS organisation, c.organisation_id, c.dispute_type, c.status,
              c.facts, c.requests, c.location, c.created_at, c.closed_at
         FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
      [party.caseId],
    );
    const c = found!;
    const sessions = await manager.query<SessionRow[]>(
      `SELECT id, mode, started_at, ended_at, place, summary FROM mediation_sessions
        WHERE case_id = $1 AND $2 = ANY (party_ids) ORDER BY started_at`,
      [party.caseId, party.id],
    );
    const visits = await manager.query<VisitRow[]>(
      `SELECT visited_at, performance, satisfaction, note FROM return_visits WHERE party_id = $1 ORDER BY visited_at`,
      [party.id],
    );
    return {
      case: {
        id: c.id,
        caseNumber: c.case_number,
        title: c.title,
        organisation: c.organisation,
        organisationId: c.organisation_id,
        disputeType: c.dispute_type,
        status: c.status,
        facts: c.facts,
        requests: c.requests,
        location: c.location ?? undefined,
        registeredAt: iso(c.created_at)!,
        closedAt: iso(c.closed_at),
      },
      party: this.subjectParty(party),
      sessions: sessions.map((s) => ({
        id: s.id,
        mode: s.mode,
        startedAt: iso(s.started_at)!,
        endedAt: iso(s.ended_at),
        place: s.place,
        summary: s.summary,
      })),
      agreements: await this.agreements(manager, party),
      returnVisits: visits.map((v) => ({
        visitedAt: iso(v.visited_at)!,
        performance: v.performance,
        satisfaction: v.satisfaction,
        note: v.note,
      })),
    };
  }

  /** The subject's own data in full; the agent's phone belongs to the agent and stays masked. */
  private subjectParty(party: PartyEntity) {
    const response = toPartyResponse(party, true, this.cipher);
    if (response.agent) response.agent.phone = party.agentPhoneMasked ?? undefined;
    return response;
  }

  private async agreements(manager: EntityManager, party: PartyEntity): Promise<ExportAgreementDto[]> {
    const rows = await manager.query<AgreementRow[]>(
      `SELECT id, agreement_number, status, form, facts, responsibility, terms, performance, effective_at,
              pdf IS NOT NULL AS has_pdf, pdf_sha256
         FROM agreements WHERE case_id = $1 ORDER BY created_at`,
      [party.caseId],
    );
    const result: ExportAgreementDto[] = [];
    for (const a of rows) {
      const signatures = await manager.query<{ kind: string; signed_at: Date; image_enc: Buffer | null }[]>(
        `SELECT kind, signed_at, image_enc FROM agreement_signatures WHERE agreement_id = $1 AND party_id = $2
          ORDER BY signed_at`,
        [a.id, party.id],
      );
      const scans = await manager.query(
        `SELECT id, filename, content_type AS "contentType", size, sha256, uploaded_at AS "uploadedAt"
           FROM agreement_scans WHERE agreement_id = $1 ORDER BY uploaded_at`,
        [a.id],
      );
      const terms = a.terms.map((term, index) => ({
        index,
        ...term,
      }));
      const own = terms.filter((t) => t.obligorPartyId === party.id || t.obligeePartyId === party.id);
      const performanceRecords = await manager.query(
        `SELECT term_index AS "termIndex", performed_at AS "performedAt", amount, proof
           FROM performance_records WHERE agreement_id = $1 AND term_index = ANY ($2::int[]) ORDER BY performed_at`,
        [a.id, own.map((t) => t.index)],
      );
      const judicialConfirmations = await manager.query(
        `SELECT court, applied_at::text AS "appliedAt", status, ruling_number AS "rulingNumber",
                ruling_date::text AS "rulingDate"
           FROM judicial_confirmations WHERE agreement_id = $1 ORDER BY created_at`,
        [a.id],
      );
      result.push({
        id: a.id,
        agreementNumber: a.agreement_number,
        status: a.status,
        form: a.form,
        facts: a.facts,
        responsibility: a.responsibility,
        terms,
        performance: a.performance,
        effectiveAt: iso(a.effective_at),
        pdfPath: a.has_pdf ? `/api/agreements/${a.id}/pdf` : undefined,
        pdfSha256: a.pdf_sha256 ?? undefined,
        signatures: signatures.map((s) => ({
          kind: s.kind,
          signedAt: iso(s.signed_at)!,
          image: s.image_enc ? `data:image/png;base64,${this.cipher.decrypt(s.image_enc)}` : undefined,
        })),
        scans,
        performanceRecords,
        judicialConfirmations,
      });
    }
    return result;
  }
}
