import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { CaseEntity } from '../cases/case.entity.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { printableSignatures } from '../documents/agreement-copy.js';
import { normaliseImage } from '../documents/images.js';
import { SigningKeysService } from '../documents/signing-keys.service.js';
import { templateOverridesFor } from '../documents/template-overrides.js';
import { contentGaps, signatureGaps } from './agreement-check.js';
import {
  type AgreementContext,
  AgreementContextLoader,
  checkParties,
  checkSignatures,
} from './agreement-context.js';
import { renderAgreementPdf } from './agreement-document.js';
import { AgreementSignatureEntity } from './agreement-signature.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementErrors } from './agreements.errors.js';
import type { SignatureDto } from './dto/agreement.dto.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_IMAGE = 500 * 1024;

/**
 * A PNG data URL, decoded and re-encoded (images.ts): the clean copy to store, or a 400/413/422.
 * Fingerprints follow the signature rule; a seal its own.
 */
export async function decodePng(
  dataUrl: string,
  purpose: 'signature' | 'seal' = 'signature',
): Promise<Buffer> {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl);
  if (!match) throw AgreementErrors.badImage('签名图片须为 PNG 格式的 data URL(data:image/png;base64,…)');
  const bytes = Buffer.from(match[1]!, 'base64');
  if (bytes.length > MAX_IMAGE) throw AgreementErrors.imageTooLarge();
  if (!bytes.subarray(0, 8).equals(PNG_MAGIC)) throw AgreementErrors.badImage('文件内容不是 PNG 图片');
  return (await normaliseImage(bytes, purpose)).data;
}

@Injectable()
export class AgreementSigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cases: CaseAccessService,
    private readonly loader: AgreementContextLoader,
    private readonly keys: SigningKeysService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** Records one signature, fingerprint or seal. The first one freezes the text and starts signing. */
  async sign(user: AuthUser, id: string, dto: SignatureDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access, parties } = context;
      this.cases.assertMayChange(user, access);
      if (agreement.status !== 'draft' && agreement.status !== 'signing') throw AgreementErrors.frozen();
      const gaps = contentGaps(agreement, checkParties(parties));
      if (gaps.length) throw AgreementErrors.incomplete(gaps);
      const signer = this.resolveSigner(user, context, dto);
      if (!dto.image && !signer.committeeSeal) throw AgreementErrors.badImage('请提供签名或指印图片');
      const image = dto.image ? await decodePng(dto.image, dto.kind === 'seal' ? 'seal' : 'signature') : null;
      if (
        context.signatures.some(
          (s) =>
            s.kind === dto.kind &&
            s.partyId === signer.partyId &&
            s.mediatorId === signer.mediatorId &&
            s.committeeSeal === signer.committeeSeal,
        )
      ) {
        throw AgreementErrors.alreadySigned();
      }
      await manager.getRepository(AgreementSignatureEntity).insert({
        agreementId: id,
        ...signer,
        kind: dto.kind,
        imageEnc: image ? this.cipher.encrypt(image.toString('base64')) : null,
        recordedById: user.id,
      });
      await this.startSigning(manager, context);
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'signature',
        `${signer.label}在协议${agreement.agreementNumber}上${KIND_LABELS[dto.kind]}`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.sign',
        entity: 'agreement',
        entityId: id,
        organisationId: access.row.organisationId,
        after: { signer: signer.label, kind: dto.kind },
      });
    });
  }

  /** The first signature or scan freezes the text: the agreement moves to signing and the clock starts. */
  async startSigning(manager: EntityManager, { agreement, access }: AgreementContext): Promise<void> {
    if (agreement.status !== 'draft') return;
    await manager.getRepository(AgreementEntity).update({ id: agreement.id }, { status: 'signing' });
    agreement.status = 'signing';
    await this.setCaseStatus(manager, access.row, 'agreement_pending');
    await this.deadlines.start(manager, {
      caseId: access.row.id,
      agreementId: agreement.id,
      kind: 'signature',
      label: '协议签署期限',
    });
  }

  private resolveSigner(user: AuthUser, context: AgreementContext, dto: SignatureDto) {
    const chosen = [dto.signer.partyId, dto.signer.mediatorId, dto.signer.seal ? 'seal' : undefined].filter(
      Boolean,
    );
    if (chosen.length !== 1) throw AgreementErrors.badSigner('请指定一位签署人:当事人、调解员或委员会印章');
    if (dto.signer.partyId) {
      const party = context.parties.find((p) => p.id === dto.signer.partyId);
      if (!party) throw AgreementErrors.badSigner('签署人不是本案当事人');
      if (dto.kind === 'seal' && party.kind !== 'organisation')
        throw AgreementErrors.badSigner('自然人当事人请签名或按指印');
      return { partyId: party.id, mediatorId: null, committeeSeal: false, label: `当事人${party.name}` };
    }
    if (dto.signer.mediatorId) {
      const mediator = context.access.mediators.find((m) => m.id === dto.signer.mediatorId);
      if (!mediator) throw AgreementErrors.badSigner('签署人不是本案的调解员');
      if (dto.kind !== 'signature') throw AgreementErrors.badSigner('调解员须签名');
      return {
        partyId: null,
        mediatorId: mediator.id,
        committeeSeal: false,
        label: `调解员${mediator.name}`,
      };
    }
    if (user.role !== 'director') throw AgreementErrors.sealNotAllowed();
    if (dto.kind !== 'seal') throw AgreementErrors.badSigner('委员会印章的签署方式须为盖章');
    return { partyId: null, mediatorId: null, committeeSeal: true, label: '人民调解委员会' };
  }

  /**
   * Makes the agreement effective: every required signature present (written)
   * or the content recorded (oral, Art 30). Signed on paper, at least one scan of
   * the signed copy stands for the drawn signatures. The signed PDF is produced
   * in the same transaction, so an agreement is never effective without it.
   */
  async finalise(user: AuthUser, id: string, paperSigned = false): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access, parties } = context;
      this.cases.assertMayChange(user, access);
      if (agreement.status === 'effective' || agreement.status === 'superseded')
        throw AgreementErrors.frozen();
      const content = contentGaps(agreement, checkParties(parties));
      if (content.length) throw AgreementErrors.incomplete(content);
      if (paperSigned && context.scans.length === 0) throw AgreementErrors.scanRequired();
      if (agreement.form === 'written' && !paperSigned) {
        const missing = signatureGaps(checkParties(parties), checkSignatures(context.signatures));
        if (missing.length) throw AgreementErrors.signaturesMissing(missing);
      }
      const effectiveAt = new Date();
      const verifyCode = randomBytes(12).toString('base64url');
      const issued = { ...agreement, effectiveAt, verifyCode, paperSigned };
      const { pdf, sha256 } = await this.render(manager, { ...context, agreement: issued }, true);
      await manager
        .getRepository(AgreementEntity)
        .update(
          { caseId: agreement.caseId, status: 'effective' },
          { status: 'superseded', supersededById: id },
        );
      await manager
        .getRepository(AgreementEntity)
        .update(
          { id },
          { status: 'effective', effectiveAt, verifyCode, pdf, pdfSha256: sha256, paperSigned },
        );
      await this.setCaseStatus(manager, access.row, 'agreement_effective');
      await this.startPerformanceClocks(manager, issued);
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'agreement_effective',
        `调解协议${agreement.agreementNumber}生效${paperSigned ? '(纸质签署,签署件已扫描存档)' : ''}`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.finalise',
        entity: 'agreement',
        entityId: id,
        organisationId: access.row.organisationId,
        after: { pdfSha256: sha256, effectiveAt: effectiveAt.toISOString(), paperSigned },
      });
    });
  }

  /** The issued PDF of an effective agreement, or a draft preview. Only the case team and the director. */
  async pdf(user: AuthUser, id: string): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id);
      if (!context.access.onTeam && user.role !== 'director') throw CommonErrors.forbidden();
      const { agreement } = context;
      let pdf: Buffer;
      if (agreement.status === 'effective' || agreement.status === 'superseded') {
        const stored = await manager
          .getRepository(AgreementEntity)
          .findOneOrFail({ where: { id }, select: { id: true, pdf: true } });
        pdf = stored.pdf!;
      } else {
        pdf = (await this.render(manager, context, false)).pdf;
      }
      await this.audit.record(manager, user, {
        action: 'agreement.pdf',
        entity: 'agreement',
        entityId: id,
        organisationId: context.access.row.organisationId,
      });
      return { pdf, filename: `${agreement.agreementNumber}.pdf` };
    });
  }

  private async render(manager: EntityManager, context: AgreementContext, issue: boolean) {
    const { agreement, access } = context;
    const stored = await manager.getRepository(AgreementSignatureEntity).find({
      where: { agreementId: agreement.id },
      select: { partyId: true, mediatorId: true, committeeSeal: true, imageEnc: true, signedAt: true },
      order: { signedAt: 'ASC' },
    });
    const [org] = await manager.query<{ name: string; seal_image: Buffer | null }[]>(
      'SELECT name, seal_image FROM organisations WHERE id = $1',
      [access.row.organisationId],
    );
    const signatures = await printableSignatures(
      stored,
      org!.seal_image,
      this.cipher,
      `agreement ${agreement.id}`,
    );
    const signing = issue ? await this.keys.signerFor(manager, access.row.organisationId) : undefined;
    return renderAgreementPdf({
      templates: await templateOverridesFor(manager, access.row.organisationId),
      notice: agreement.paperSigned ? PAPER_NOTICE : undefined,
      agreement,
      caseRow: access.row,
      committee: org!.name,
      parties: context.parties,
      mediators: access.mediators,
      signatures,
      cipher: this.cipher,
      issue: signing && {
        signer: signing.signer,
        signedAt: agreement.effectiveAt!,
        verifyUrl: `${this.config.publicUrl}/verify/${agreement.verifyCode}`,
      },
    });
  }

  /** Obligations by their agreed dates, the 30-day window for judicial confirmation (Art 33), and the return visit. */
  private async startPerformanceClocks(manager: EntityManager, agreement: AgreementEntity): Promise<void> {
    const caseId = agreement.caseId;
    const start = agreement.effectiveAt!;
    await this.deadlines.finish(manager, caseId, ['mediation', 'signature']);
    const dues = agreement.terms.flatMap((term, i) =>
      term.dueDate ? [{ day: term.dueDate, n: i + 1 }] : [],
    );
    for (const { day, n } of dues) {
      await this.deadlines.start(manager, {
        caseId,
        agreementId: agreement.id,
        kind: 'obligation',
        label: `第${n}项履行期限`,
        start,
        dueDay: day,
      });
    }
    await this.deadlines.start(manager, {
      caseId,
      agreementId: agreement.id,
      kind: 'judicial_confirmation',
      label: '司法确认申请期限',
      start,
    });
    const lastDue = dues
      .map((d) => d.day)
      .sort()
      .at(-1);
    const visitFrom =
      lastDue && new Date(`${lastDue}T23:59:59+08:00`) > start
        ? new Date(`${lastDue}T23:59:59+08:00`)
        : start;
    await this.deadlines.start(manager, {
      caseId,
      agreementId: agreement.id,
      kind: 'return_visit',
      label: '回访期限',
      start: visitFrom,
    });
  }

  private async setCaseStatus(
    manager: EntityManager,
    row: CaseEntity,
    status: CaseEntity['status'],
  ): Promise<void> {
    if (row.status === status) return;
    await manager
      .createQueryBuilder()
      .update(CaseEntity)
      .set({ status })
      .where('id = :id', { id: row.id })
      .execute();
    row.status = status;
  }
}

export const PAPER_NOTICE = '【纸质签署 · 各方签名原件已扫描存档,见卷宗】';

const KIND_LABELS = { signature: '签名', fingerprint: '按指印', seal: '盖章' } as const;
