import type { EntityManager } from 'typeorm';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import { agreementSection, type SignatureImage } from '../agreements/agreement-document.js';
import { AgreementSignatureEntity } from '../agreements/agreement-signature.entity.js';
import type { AgreementEntity } from '../agreements/agreement.entity.js';
import type { CaseAccess } from '../cases/case-access.service.js';
import type { PartyEntity } from '../parties/party.entity.js';
import { printableImage } from './images.js';
import type { TemplateOverrides } from './templates.js';

type StoredSignature = Pick<
  AgreementSignatureEntity,
  'partyId' | 'mediatorId' | 'committeeSeal' | 'imageEnc'
>;

/**
 * The stored signature, fingerprint and seal images ready to print: each decrypted and normalised
 * (images.ts); one that does not decode becomes null, printed as a placeholder, never a crash.
 * A committee seal without its own image uses the organisation's registered seal, or none (drawn).
 * `where` names the document in the warning logged for an undecodable image (no personal data).
 */
export async function printableSignatures(
  stored: StoredSignature[],
  sealImage: Buffer | null,
  cipher: PersonalDataCipher,
  where: string,
): Promise<SignatureImage[]> {
  return Promise.all(
    stored.map(async (s) => {
      const signer = { partyId: s.partyId, mediatorId: s.mediatorId, committeeSeal: s.committeeSeal };
      if (s.imageEnc) {
        const bytes = Buffer.from(cipher.decrypt(s.imageEnc), 'base64');
        return {
          ...signer,
          image: await printableImage(bytes, s.committeeSeal ? 'seal' : 'signature', where),
        };
      }
      if (s.committeeSeal && sealImage)
        return { ...signer, image: await printableImage(sealImage, 'seal', `${where} (registered seal)`) };
      return signer;
    }),
  );
}

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
    signatures: await printableSignatures(stored, org!.seal_image, cipher, `agreement ${agreement.id}`),
    cipher,
    templates,
    notice,
  });
}
