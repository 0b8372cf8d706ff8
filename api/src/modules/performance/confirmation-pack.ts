import type { EntityManager } from 'typeorm';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import type { AgreementEntity } from '../agreements/agreement.entity.js';
import type { CaseAccess } from '../cases/case-access.service.js';
import { agreementCopy } from '../documents/agreement-copy.js';
import { DATE_LINE } from '../documents/case-sections.js';
import { chineseDate, describeParty, printedPhone, ROLE_LABELS } from '../documents/document-text.js';
import { type Block, parseLayout } from '../documents/layout.js';
import { renderPdf } from '../documents/pdf-renderer.js';
import { templateOverridesFor } from '../documents/template-overrides.js';
import { renderTemplate } from '../documents/templates.js';
import { PartyEntity } from '../parties/party.entity.js';

/** Printed when the court is not yet chosen: a blank to fill in by hand. */
export const COURT_BLANK = '＿＿＿＿＿＿人民法院';

/**
 * The judicial-confirmation application pack (docs/domain.md §2, §10.5): the joint application with the
 * parties' commitments, the service-address confirmation with addresses and phones, and the agreement.
 */
export async function renderConfirmationPack(
  manager: EntityManager,
  cipher: PersonalDataCipher,
  access: CaseAccess,
  agreement: AgreementEntity,
  court: string,
  watermark: string,
): Promise<Buffer> {
  const parties = await manager
    .getRepository(PartyEntity)
    .find({ where: { caseId: access.row.id }, order: { position: 'ASC' } });
  const [org] = await manager.query<{ name: string }[]>('SELECT name FROM organisations WHERE id = $1', [
    access.row.organisationId,
  ]);
  const templates = await templateOverridesFor(manager, access.row.organisationId);
  const effectiveOn = chineseDate(agreement.effectiveAt!);
  const application = renderTemplate(
    'judicial-confirmation',
    {
      agreementNumber: agreement.agreementNumber,
      committee: org!.name,
      court,
      title: access.row.title,
      effectiveOn,
      terms: agreement.terms.map((t) => t.text),
      parties: parties.map((p) => ({
        roleLabel: ROLE_LABELS[p.role],
        name: p.name,
        description: describeParty(p, cipher, agreement.effectiveAt!),
        address: p.address ?? '',
        phone: printedPhone(p.phoneEnc ? cipher.decrypt(p.phoneEnc) : null),
      })),
      dateLine: DATE_LINE,
    },
    templates,
  );
  const copy = await agreementCopy(
    manager,
    cipher,
    access,
    agreement,
    parties,
    templates,
    '【司法确认申请材料 · 协议副本,原件含电子签章,可扫码核验】',
  );
  const blocks: Block[] = [...parseLayout(application), { kind: 'pagebreak' }, ...parseLayout(copy.source)];
  const { pdf } = await renderPdf({
    title: '司法确认申请材料',
    footer: `司法确认申请材料 ${agreement.agreementNumber}`,
    blocks,
    signatures: copy.signatures,
    watermark,
  });
  return pdf;
}
