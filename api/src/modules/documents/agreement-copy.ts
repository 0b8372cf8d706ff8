import type { EntityManager } from 'typeorm';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import { agreementSection } from '../agreements/agreement-document.js';
import { AgreementSignatureEntity } from '../agreements/agreement-signature.entity.js';
import type { AgreementEntity } from '../agreements/agreement.entity.js';
import type { CaseAccess } from '../cases/case-access.service.js';
import type { PartyEntity } from '../parties/party.entity.js';
import type { TemplateOverrides } from './templates.js';

/**
 * A copy of an effective agreement with its signature, fingerprint and seal images, as layout and a
 * signature block: bound into the case volume and into the judicial-confirmation pack.
 */
export async function agreementCopy(
  manager: EntityManager,
  cipher: PersonalDataCipher,
  access: CaseAccess,
  agreement: AgreementEntity,
  parties: PartyEntity[],
  templates: TemplateOverrides,
  notice: string,
): Promise<ReturnType<typeof agreementSection>> {
  const stored = await manager.getRepository(AgreementSignatureEntity).find({
    where: { agreementId: agreement.id },
    select: { partyId: true, mediatorId: true, committeeSeal: true, imageEnc: true, signedAt: true },
  });
  const [org] = await manager.query<{ name: string; seal_image: Buffer | null }[]>(
    'SELECT name, seal_image FROM organisations WHERE id = $1',
    [access.row.organisationId],
  );
  return agreementSection({
    agreement,
    caseRow: access.row,
    committee: org!.name,
    parties,
    mediators: access.mediators,
    signatures: stored.map((s) => ({
      partyId: s.partyId,
      mediatorId: s.mediatorId,
      committeeSeal: s.committeeSeal,
      image: s.imageEnc
        ? Buffer.from(cipher.decrypt(s.imageEnc), 'base64')
        : s.committeeSeal
          ? org!.seal_image
          : null,
    })),
    cipher,
    templates,
    notice,
  });
}
