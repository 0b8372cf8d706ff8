import type { EntityManager } from 'typeorm';
import type { Term } from '../agreements/agreement.entity.js';
import type { CaseEntity } from '../cases/case.entity.js';
import { chineseDate } from '../documents/document-text.js';
import { parseLayout } from '../documents/layout.js';
import { renderPdf } from '../documents/pdf-renderer.js';
import { templateOverridesFor } from '../documents/template-overrides.js';
import { renderTemplate } from '../documents/templates.js';
import type { ReferralEntity } from './referral.entity.js';

const CONFIRMATION_LABELS: Record<string, string> = {
  applied: '当事人已申请司法确认',
  accepted: '法院已受理司法确认申请',
  confirmed: '法院已裁定确认协议有效',
  refused: '法院裁定驳回司法确认申请',
  withdrawn: '当事人已撤回司法确认申请',
};

/** 人民调解结果回函: the outcome, the agreement's terms or the termination, the undisputed facts. */
export async function renderReferralLetter(
  manager: EntityManager,
  referral: ReferralEntity,
  c: CaseEntity,
  watermark: string,
): Promise<Buffer> {
  const [names] = await manager.query<{ referrer: string; committee: string; mediators: string | null }[]>(
    `SELECT ro.name AS referrer, co.name AS committee,
            (SELECT string_agg(m.name, '、' ORDER BY cm.role DESC, m.name)
               FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id = $3) AS mediators
       FROM organisations ro, organisations co WHERE ro.id = $1 AND co.id = $2`,
    [referral.referringOrganisationId, c.organisationId, c.id],
  );
  const [agreement] = await manager.query<
    { agreement_number: string; effective_at: Date; terms: Term[]; confirmation: string | null }[]
  >(
    `SELECT a.agreement_number, a.effective_at, a.terms,
            (SELECT j.status FROM judicial_confirmations j WHERE j.agreement_id = a.id ORDER BY j.created_at DESC LIMIT 1)
              AS confirmation
       FROM agreements a WHERE a.case_id = $1 AND a.status = 'effective' ORDER BY a.effective_at DESC LIMIT 1`,
    [c.id],
  );
  const templates = await templateOverridesFor(manager, c.organisationId);
  const source = renderTemplate(
    'referral-feedback',
    {
      committee: names!.committee,
      caseNumber: c.caseNumber,
      referrer: names!.referrer,
      receivedOn: chineseDate(referral.receivedAt),
      acceptedOn: chineseDate(referral.acceptedAt ?? c.createdAt),
      title: referral.title,
      externalRef: referral.externalRef,
      agreement: agreement
        ? {
            number: agreement.agreement_number,
            effectiveOn: chineseDate(agreement.effective_at),
            terms: agreement.terms.map((t) => t.text),
            confirmation: agreement.confirmation
              ? CONFIRMATION_LABELS[agreement.confirmation]
              : '尚未申请（当事人可自协议生效之日起三十日内共同申请）',
          }
        : null,
      terminatedOn: chineseDate(c.updatedAt),
      terminationReason: c.statusReason ?? '',
      routesInformed: c.routesInformed ?? '',
      undisputedFacts: c.undisputedFacts,
      mediators: names!.mediators ?? '',
      dateLine: chineseDate(new Date()),
    },
    templates,
  );
  const { pdf } = await renderPdf({ title: '人民调解结果回函', blocks: parseLayout(source), watermark });
  return pdf;
}
