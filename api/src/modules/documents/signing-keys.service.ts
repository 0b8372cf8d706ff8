import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createPrivateKey } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { CommitteeSigner, issueCertificate } from './committee-signer.js';
import type { SigningKeyResponseDto } from './dto/documents.dto.js';
import { runRenderTask } from './render-pool.js';
import { summarise } from './signing-key-import.js';
import { SigningKeyEntity } from './signing-key.entity.js';

/** OpenSSL's default 2,048 iterations take milliseconds; 600,000 (a cautious CA) about two seconds. */
const P12_TIMEOUT_MS = 10_000;
const p12TooCostly = () =>
  new AppError(
    422,
    'P12_TOO_COSTLY',
    '证书文件的密钥派生迭代次数过多,无法在限定时间内导入;请用常规参数(如 OpenSSL 默认参数)重新导出后再导入',
  );

@Injectable()
export class SigningKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The committee's signer; a committee without a key gets a self-issued one
   * on first use (an admin may replace it with a certificate from a CA).
   */
  async signerFor(
    manager: EntityManager,
    organisationId: string,
  ): Promise<{ signer: CommitteeSigner; name: string }> {
    const key = await this.keyOf(manager, organisationId);
    const privateKey = createPrivateKey(this.cipher.decrypt(key.privateKeyEnc));
    const signer = new CommitteeSigner(key.certificatePem, privateKey);
    return { signer, name: signer.commonName };
  }

  /** Replaces the committee's key with one from a CA's PKCS#12 file; a bad file changes nothing. */
  async importP12(
    user: AuthUser,
    organisationId: string,
    file: Buffer,
    password: string,
  ): Promise<SigningKeyResponseDto> {
    await this.organisations.findVisible(user, organisationId);
    // Decrypting a PKCS#12 runs the key derivation the file asks for (3,000,000 iterations took 35 s):
    // in the render pool, with its own time limit, before a database connection is held.
    const { p12: imported } = await runRenderTask(
      { kind: 'p12', file, password },
      { timeoutMs: P12_TIMEOUT_MS, onTimeout: p12TooCostly },
    );
    return this.dataSource.transaction(async (manager) => {
      await this.organisations.findVisible(user, organisationId, manager);
      const before = await manager.getRepository(SigningKeyEntity).findOneBy({ organisationId });
      await manager.getRepository(SigningKeyEntity).upsert(
        {
          organisationId,
          certificatePem: imported!.certificatePem,
          privateKeyEnc: this.cipher.encrypt(imported!.privateKeyPem),
          source: 'imported',
        },
        ['organisationId'],
      );
      const summary = { ...summarise(imported!.certificatePem), selfIssued: false };
      await this.audit.record(manager, user, {
        action: 'signing-key.import',
        entity: 'organisation',
        entityId: organisationId,
        organisationId,
        before: before ? { ...summarise(before.certificatePem), source: before.source } : undefined,
        after: summary,
      });
      return summary;
    });
  }

  /** The certificate agreements of the committee are signed with: the admin and the committee's director. */
  async summary(user: AuthUser, organisationId: string): Promise<SigningKeyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.organisations.findConfigurable(user, organisationId, manager);
      const key = await this.keyOf(manager, organisationId);
      return { ...summarise(key.certificatePem), selfIssued: key.source === 'self_issued' };
    });
  }

  private async keyOf(manager: EntityManager, organisationId: string): Promise<SigningKeyEntity> {
    const repo = manager.getRepository(SigningKeyEntity);
    const key = await repo.findOneBy({ organisationId });
    if (key) return key;
    const [org] = await manager.query<{ name: string; parent: string | null }[]>(
      `SELECT o.name, p.name AS parent FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id WHERE o.id = $1`,
      [organisationId],
    );
    const issued = await issueCertificate({ committee: org!.name, organisation: org!.parent ?? org!.name });
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
    return repo.findOneByOrFail({ organisationId });
  }
}
