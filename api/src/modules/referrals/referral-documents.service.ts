import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type PrintPurpose, printWatermark } from '../../common/print-purpose.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { LIAISON_ROLES } from '../auth/role.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseEntity } from '../cases/case.entity.js';
import { renderReferralLetter } from './referral-letter.js';
import { ReferralErrors } from './referrals.errors.js';
import { ReferralsService } from './referrals.service.js';

/** What a referral's readers may download: the result letter and the effective agreement. */
@Injectable()
export class ReferralDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly audit: AuditService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async letter(
    user: AuthUser,
    id: string,
    purpose: PrintPurpose,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.referrals.load(manager, user, id);
      const c = referral.caseId
        ? await manager.getRepository(CaseEntity).findOneBy({ id: referral.caseId })
        : null;
      const [effective] = c
        ? await manager.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM agreements WHERE case_id = $1 AND status = 'effective'`,
            [c.id],
          )
        : [];
      if (!c || (!effective?.n && !c.routesInformed)) throw ReferralErrors.outcomeNotReady();
      const pdf = await renderReferralLetter(manager, referral, c, printWatermark(user));
      await this.audit.record(manager, user, {
        action: 'referral.letter',
        entity: 'referral',
        entityId: id,
        organisationId: c.organisationId,
        after: { purpose },
      });
      return { pdf, filename: `${c.caseNumber}-人民调解结果回函.pdf` };
    });
  }

  /**
   * The signed agreement, with every party's contact details and signatures: the referring body (its
   * liaisons and API key) for its own referral, and on the committee's side the same readers as
   * `GET /api/agreements/:id/pdf` (the case team and the director), never the supervisors.
   */
  async agreement(
    user: AuthUser,
    id: string,
    purpose: PrintPurpose,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.referrals.load(manager, user, id);
      if (!LIAISON_ROLES.includes(user.role)) {
        if (!referral.caseId) throw ReferralErrors.noAgreement();
        const access = await this.caseAccess.load(manager, user, referral.caseId);
        this.caseAccess.assertMayPrint(user, access);
      }
      const [row] = referral.caseId
        ? await manager.query<
            { id: string; agreement_number: string; pdf: Buffer; organisation_id: string }[]
          >(
            `SELECT a.id, a.agreement_number, a.pdf, c.organisation_id FROM agreements a JOIN cases c ON c.id = a.case_id
              WHERE a.case_id = $1 AND a.status = 'effective' AND a.pdf IS NOT NULL
              ORDER BY a.effective_at DESC LIMIT 1`,
            [referral.caseId],
          )
        : [];
      if (!row) throw ReferralErrors.noAgreement();
      await this.audit.record(manager, user, {
        action: 'agreement.pdf',
        entity: 'agreement',
        entityId: row.id,
        organisationId: row.organisation_id,
        after: { via: 'referral', referralId: id, purpose },
      });
      return { pdf: row.pdf, filename: `${row.agreement_number}.pdf` };
    });
  }
}
