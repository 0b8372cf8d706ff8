import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { type PrintPurpose, printWatermark } from '../../common/print-purpose.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import {
  breakGlassReason as decodeReason,
  type CaseAccess,
  CaseAccessService,
} from '../cases/case-access.service.js';
import { contentView, hides, SensitivityErrors } from '../cases/case-sensitivity.js';
import { InvestigationRecordEntity } from '../investigations/investigation-record.entity.js';
import { MediationSessionEntity } from '../sessions/mediation-session.entity.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { CaseSections, partialTermination } from './case-sections.js';
import { parseLayout } from './layout.js';
import { renderPdf } from './pdf-renderer.js';

/** Printable forms of a case, for paper signatures (docs/domain.md §3, §10.5). */
export const CASE_DOCUMENTS = {
  'application.pdf': 'application',
  'acceptance.pdf': 'acceptance',
  'rights-notice.pdf': 'rightsNotice',
  'termination.pdf': 'termination',
  'arbitration-notice.pdf': 'arbitrationNotice',
} as const;
export type CaseDocument = keyof typeof CASE_DOCUMENTS;

/**
 * Whether a name from the URL is one of the forms. An own key only: `constructor`,
 * `__proto__` or `toString` are `in` every object, and used to reach Object.prototype.
 */
export const isCaseDocument = (name: string): name is CaseDocument => Object.hasOwn(CASE_DOCUMENTS, name);

/** Statuses in which an agreement was reached: no arbitration notice then. */
const AGREED = ['agreement_effective', 'performing', 'performed', 'breached'];

/**
 * The end of a labour dispute's 15 days from receipt (LDMAL Art 14 ¶2) when it passed without an
 * agreement; else 409, as there is nothing to tell yet.
 */
async function labourClockRunOut(manager: EntityManager, row: CaseAccess['row']): Promise<Date> {
  const [clock] = await manager.query<{ due_at: Date }[]>(
    `SELECT due_at FROM clocks WHERE case_id = $1 AND kind = 'mediation' ORDER BY started_at LIMIT 1`,
    [row.id],
  );
  if (
    row.disputeType !== 'labour' ||
    !clock ||
    clock.due_at.getTime() > Date.now() ||
    AGREED.includes(row.status)
  ) {
    throw new AppError(
      409,
      'ARBITRATION_NOT_OPEN',
      '劳动争议自收到调解申请之日起十五日内未达成调解协议的,才告知可申请劳动争议仲裁',
    );
  }
  return clock.due_at;
}

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
    purpose: PrintPurpose,
    breakGlassHeader?: string,
  ): Promise<{ pdf: Buffer; filename: string }> {
    if (!isCaseDocument(document)) throw CommonErrors.notFound('文书');
    return this.dataSource.transaction(async (manager) => {
      const access = await this.printable(manager, user, caseId, breakGlassHeader);
      const partial =
        document === 'termination.pdf'
          ? partialTermination(
              await manager
                .getRepository(AgreementEntity)
                .findOneBy({ caseId: access.row.id, status: 'effective' }),
            )
          : undefined;
      if (document === 'termination.pdf' && !access.row.routesInformed && !partial) {
        throw new AppError(409, 'CASE_NOT_TERMINATED', '案件尚未终止调解,没有终止调解告知书');
      }
      const sections = await CaseSections.load(manager, access, this.cipher);
      const section =
        document === 'arbitration-notice.pdf'
          ? sections.arbitrationNotice(await labourClockRunOut(manager, access.row))
          : document === 'termination.pdf'
            ? sections.termination(partial)
            : sections[CASE_DOCUMENTS[document]]();
      await this.logPrint(manager, user, access, document, purpose);
      const { pdf } = await renderPdf({
        title: section.title,
        blocks: parseLayout(section.source),
        watermark: printWatermark(user),
      });
      return { pdf, filename: `${access.row.caseNumber}-${section.title}.pdf` };
    });
  }

  /** 人民调解记录 of one session. */
  async sessionRecord(
    user: AuthUser,
    sessionId: string,
    purpose: PrintPurpose,
    breakGlassHeader?: string,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(MediationSessionEntity).findOneBy({ id: sessionId });
      if (!session) throw CommonErrors.notFound('调解记录');
      const access = await this.printable(
        manager,
        user,
        session.caseId,
        breakGlassHeader,
        session.sensitivity !== null,
      );
      const sections = await CaseSections.load(manager, access, this.cipher);
      const section = sections.sessionRecord(session);
      await this.logPrint(manager, user, access, `session:${sessionId}`, purpose);
      const { pdf } = await renderPdf({
        title: section.title,
        blocks: parseLayout(section.source),
        watermark: printWatermark(user),
      });
      return { pdf, filename: `${access.row.caseNumber}-${section.title}.pdf` };
    });
  }

  async investigationRecord(
    user: AuthUser,
    id: string,
    purpose: PrintPurpose,
    breakGlassHeader?: string,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.getRepository(InvestigationRecordEntity).findOneBy({ id });
      if (!record) throw CommonErrors.notFound('调查记录');
      const access = await this.printable(manager, user, record.caseId, breakGlassHeader);
      const sections = await CaseSections.load(manager, access, this.cipher);
      const section = sections.investigationRecord(record);
      await this.logPrint(manager, user, access, `investigation:${id}`, purpose);
      const { pdf } = await renderPdf({
        title: section.title,
        blocks: parseLayout(section.source),
        watermark: printWatermark(user),
      });
      return { pdf, filename: `${access.row.caseNumber}-${section.title}.pdf` };
    });
  }

  /**
   * Forms carry the facts and the parties: the case team and the director print them. The director
   * off the team prints masked contact details and birth years, as the case detail shows him
   * (`access.personalData`, applied by CaseSections). A sensitive case, or a sensitive session's record,
   * is printed by its team, or by the director who gives a break-glass reason (audited as for reading).
   */
  async printable(
    manager: EntityManager,
    user: AuthUser,
    caseId: string,
    breakGlassHeader?: string,
    sessionSensitive = false,
  ): Promise<CaseAccess> {
    const access = await this.cases.load(manager, user, caseId);
    this.cases.assertMayPrint(user, access);
    await this.assertMayPrintContent(manager, user, access, breakGlassHeader, sessionSensitive);
    return access;
  }

  /** 403 `SENSITIVE_CASE` when the caller may not read the texts the print carries (the volume too). */
  async assertMayPrintContent(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    breakGlassHeader?: string,
    sessionSensitive = false,
  ): Promise<void> {
    const sensitive = access.row.sensitivity !== null || sessionSensitive;
    const view = await contentView(
      manager,
      this.audit,
      user,
      access,
      decodeReason(breakGlassHeader),
      sensitive,
    );
    if (hides(view, sessionSensitive)) throw SensitivityErrors.printRefused();
  }

  /** Every print of a case's documents, with why (docs/security.md "Prints and exports"). */
  logPrint(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    document: string,
    purpose: PrintPurpose,
  ) {
    return this.audit.record(manager, user, {
      action: 'document.print',
      entity: 'case',
      entityId: access.row.id,
      organisationId: access.row.organisationId,
      after: { document, purpose },
    });
  }
}
