import { Injectable } from '@nestjs/common';
import { createPrivateKey } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { CommitteeSigner, issueCertificate } from './committee-signer.js';
import { SigningKeyEntity } from './signing-key.entity.js';

@Injectable()
export class SigningKeysService {
  constructor(private readonly cipher: PersonalDataCipher) {}

  /**
   * The committee's signer; a committee without a key gets a self-issued one
   * on first use (an admin may replace it with a certificate from a CA).
   */
  async signerFor(
    manager: EntityManager,
    organisationId: string,
  ): Promise<{ signer: CommitteeSigner; name: string }> {
    const repo = manager.getRepository(SigningKeyEntity);
    let key = await repo.findOneBy({ organisationId });
    if (!key) {
      const [org] = await manager.query<{ name: string; parent: string | null }[]>(
        `SELECT o.name, p.name AS parent FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id WHERE o.id = $1`,
        [organisationId],
      );
      const issued = issueCertificate({ committee: org!.name, organisation: org!.parent ?? org!.name });
      await repo
        .createQueryBuilder()
        .insert()
        .values({
          organisationId,
          certificatePem: issued.certificatePem,
          privateKeyEnc: this.cipher.encrypt(issued.privateKeyPem),
          source: 'self_issued',
        })
        .orIgnore()
        .execute();
      key = await repo.findOneByOrFail({ organisationId });
    }
    const privateKey = createPrivateKey(this.cipher.decrypt(key.privateKeyEnc));
    const signer = new CommitteeSigner(key.certificatePem, privateKey);
    return { signer, name: signer.commonName };
  }
}
