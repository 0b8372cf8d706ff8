import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { type PrintPurpose, printWatermark } from '../../common/print-purpose.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { moveCaseStatus } from '../cases/case-status-writer.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { printableSignatures } from '../documents/agreement-copy.js';
import { normaliseImage } from '../documents/images.js';
import { pdfPages } from '../documents/scan-pages.js';
import { SigningKeysService } from '../documents/signing-keys.service.js';
import { templateOverridesFor } from '../documents/template-overrides.js';
import { contentGaps, scanPageGaps, signatureGaps } from './agreement-check.js';
import {
  type AgreementContext,
  AgreementContextLoader,
  checkParties,
  checkSignatures,
} from './agreement-context.js';
import { renderAgreementPdf } from './agreement-document.js';
import { AgreementScanEntity } from './agreement-scan.entity.js';
import { AgreementSignatureEntity } from './agreement-signature.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementErrors } from './agreements.errors.js';
import type { SignatureDto } from './dto/agreement.dto.js';
import { scanBytes } from './scan-cipher.js';

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
      this.cases.assertMayWrite(user, access, 'agreement');
      if (agreement.status !== 'draft' && agreement.status !== 'signing') throw AgreementErrors.frozen();
      const gaps = contentGaps(agreement, checkParties(parties));
      if (gaps.length) throw AgreementErrors.incomplete(gaps);
      const signer = this.resolveSigner(user, context, dto);
      if (!dto.image && !signer.committeeSeal) throw AgreementErrors.badImage('请提供签名或指印图片');
      // The committee seal is the registered one (seal-registry.service.ts), never an image sent with it
      // (a company party's own seal is photographed like a signature).
      if (signer.committeeSeal && dto.image) throw AgreementErrors.sealImageRefused();
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
    await moveCaseStatus(manager, access.row, 'agreement_pending');
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
   * or the content recorded (oral, Art 30). The signed PDF is produced in the
   * same transaction, so an agreement is never effective without it.
   * Signed on paper (`paperSigned`), the scans stand for the drawn signatures, and
   * the committee's seal is the director's to give: the case team's call only
   * asks for it (`requested`, docs/api.md), the director's approves it at once.
   */
  async finalise(user: AuthUser, id: string, paperSigned = false): Promise<'effective' | 'requested'> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access, parties } = context;
      this.cases.assertMayWrite(user, access, 'agreement');
      if (agreement.status === 'effective' || agreement.status === 'superseded')
        throw AgreementErrors.frozen();
      const content = contentGaps(agreement, checkParties(parties));
      if (content.length) throw AgreementErrors.incomplete(content);
      if (!paperSigned) {
        if (agreement.form === 'written') {
          const missing = signatureGaps(checkParties(parties), checkSignatures(context.signatures));
          if (missing.length) throw AgreementErrors.signaturesMissing(missing);
        }
        await this.issue(manager, user, context, false);
        return 'effective';
      }
      const scanned = await this.assertScansCover(manager, context);
      if (user.role === 'director') {
        await this.approveSeal(manager, user, context, scanned);
        return 'effective';
      }
      const requestedAt = new Date();
      await manager
        .getRepository(AgreementEntity)
        .update({ id }, { sealRequestedAt: requestedAt, sealRequestedById: user.id });
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'signature',
        `提交协议${agreement.agreementNumber}的纸质签署件(${scanned}页扫描件),待调委会主任审核用印`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.seal.request',
        entity: 'agreement',
        entityId: id,
        organisationId: access.row.organisationId,
        after: { scans: context.scans.map((s) => s.sha256), pages: scanned },
      });
      return 'requested';
    });
  }

  /**
   * The director's answer to a paper-signed finalisation (`POST /api/agreements/:id/seal-approval`):
   * `approve` checks the scans again and makes the agreement effective under the committee's seal;
   * `refuse` (with a reason) sends it back to the case team, whose scans stay on file.
   */
  async sealApproval(
    user: AuthUser,
    id: string,
    decision: 'approve' | 'refuse',
    reason?: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access, parties } = context;
      if (user.role !== 'director') throw AgreementErrors.sealApprovalRequired();
      this.cases.assertMayWrite(user, access, 'sealApproval');
      if (agreement.status === 'effective' || agreement.status === 'superseded')
        throw AgreementErrors.frozen();
      if (!agreement.sealRequestedAt) throw AgreementErrors.sealNotRequested();
      if (decision === 'refuse') {
        await manager
          .getRepository(AgreementEntity)
          .update({ id }, { sealRequestedAt: null, sealRequestedById: null });
        await addCaseEvent(
          manager,
          access.row.id,
          user,
          'signature',
          `调委会主任退回协议${agreement.agreementNumber}的用印申请:${reason ?? ''}`,
        );
        await this.audit.record(manager, user, {
          action: 'agreement.seal.refuse',
          entity: 'agreement',
          entityId: id,
          organisationId: access.row.organisationId,
          after: { requestedById: agreement.sealRequestedById },
        });
        return;
      }
      const content = contentGaps(agreement, checkParties(parties));
      if (content.length) throw AgreementErrors.incomplete(content);
      await this.approveSeal(manager, user, context, await this.assertScansCover(manager, context));
    });
  }

  private async approveSeal(
    manager: EntityManager,
    user: AuthUser,
    context: AgreementContext,
    pages: number,
  ): Promise<void> {
    const { agreement, access } = context;
    await this.audit.record(manager, user, {
      action: 'agreement.seal.approve',
      entity: 'agreement',
      entityId: agreement.id,
      organisationId: access.row.organisationId,
      after: {
        requestedById: agreement.sealRequestedById,
        scans: context.scans.map((s) => s.sha256),
        pages,
      },
    });
    await this.issue(manager, user, context, true);
  }

  /**
   * The scans cover the copy printed for signing page by page (agreement-check.ts, scanPageGaps);
   * the pages scanned, or a 422. Each scan was decoded at upload (scan-pages.ts, readableScan).
   */
  private async assertScansCover(manager: EntityManager, context: AgreementContext): Promise<number> {
    if (context.agreement.form === 'oral')
      throw AgreementErrors.signingCopyUnavailable(422, '口头协议自各方达成协议之日起生效,无需纸质签署');
    if (context.scans.length === 0) throw AgreementErrors.scanRequired();
    let scanned = 0;
    for (const scan of context.scans) scanned += scan.pages ?? (await this.countPages(manager, scan));
    const { pages } = await this.render(manager, context, { signing: true });
    const gaps = scanPageGaps(scanned, pages);
    if (gaps.length) throw AgreementErrors.scanPagesMissing(gaps);
    return scanned;
  }

  /** Pages of a scan stored before they were counted at upload (then kept). */
  private async countPages(manager: EntityManager, scan: AgreementScanEntity): Promise<number> {
    let pages = 1;
    if (scan.contentType === 'application/pdf') {
      const stored = await manager
        .getRepository(AgreementScanEntity)
        .findOneOrFail({ where: { id: scan.id }, select: { id: true, data: true, dataEnc: true } });
      pages = (await pdfPages(scanBytes(this.cipher, stored))) ?? 0;
    }
    await manager.getRepository(AgreementScanEntity).update({ id: scan.id }, { pages });
    return pages;
  }

  /** Issues the signed PDF and makes the agreement effective (the one place that does). */
  private async issue(
    manager: EntityManager,
    user: AuthUser,
    context: AgreementContext,
    paperSigned: boolean,
  ): Promise<void> {
    const { agreement, access } = context;
    const id = agreement.id;
    const effectiveAt = new Date();
    const verifyCode = randomBytes(12).toString('base64url');
    const issued = { ...agreement, effectiveAt, verifyCode, paperSigned };
    const { pdf, sha256 } = await this.render(manager, { ...context, agreement: issued }, { issue: true });
    await manager
      .getRepository(AgreementEntity)
      .update(
        { caseId: agreement.caseId, status: 'effective' },
        { status: 'superseded', supersededById: id },
      );
    await manager
      .getRepository(AgreementEntity)
      .update({ id }, { status: 'effective', effectiveAt, verifyCode, pdf, pdfSha256: sha256, paperSigned });
    await moveCaseStatus(manager, access.row, 'agreement_effective');
    await this.startPerformanceClocks(manager, issued);
    await addCaseEvent(
      manager,
      access.row.id,
      user,
      'agreement_effective',
      `调解协议${agreement.agreementNumber}生效${paperSigned ? '(纸质签署,签署件已扫描存档,经调委会主任批准用印)' : ''}`,
    );
    await this.audit.record(manager, user, {
      action: 'agreement.finalise',
      entity: 'agreement',
      entityId: id,
      organisationId: access.row.organisationId,
      after: { pdfSha256: sha256, effectiveAt: effectiveAt.toISOString(), paperSigned },
    });
  }

  /**
   * The issued PDF of an effective agreement, or a draft preview; with `purpose: 'signing'`, the copy
   * to be signed on paper (no draft notice, every signature line), only before it takes effect.
   * Only the case team and the director; every print is audited with its purpose.
   */
  /**
   * The agreement as PDF, printed for `purpose` (audited): `signing` is the copy to be signed on
   * paper; otherwise the draft preview (watermarked with the printer) or the signed copy as issued.
   */
  async pdf(user: AuthUser, id: string, purpose: PrintPurpose): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id);
      this.cases.assertMayPrint(user, context.access);
      const { agreement } = context;
      const done = agreement.status === 'effective' || agreement.status === 'superseded';
      if (purpose === 'signing') {
        if (agreement.form === 'oral')
          throw AgreementErrors.signingCopyUnavailable(422, '口头协议登记表无需各方签署,请打印登记表');
        if (done)
          throw AgreementErrors.signingCopyUnavailable(
            409,
            '协议已生效,不能再打印签署用文本;请打印生效协议书',
          );
        const { pdf, pages } = await this.render(manager, context, { signing: true });
        await this.audit.record(manager, user, {
          action: 'agreement.print',
          entity: 'agreement',
          entityId: id,
          organisationId: context.access.row.organisationId,
          after: { purpose: 'signing', pages },
        });
        return { pdf, filename: `${agreement.agreementNumber}(签署用).pdf` };
      }
      let pdf: Buffer;
      if (done) {
        const stored = await manager
          .getRepository(AgreementEntity)
          .findOneOrFail({ where: { id }, select: { id: true, pdf: true } });
        pdf = stored.pdf!;
      } else {
        pdf = (await this.render(manager, context, { watermark: printWatermark(user) })).pdf;
      }
      await this.audit.record(manager, user, {
        action: 'agreement.pdf',
        entity: 'agreement',
        entityId: id,
        organisationId: context.access.row.organisationId,
        after: { purpose },
      });
      return { pdf, filename: `${agreement.agreementNumber}.pdf` };
    });
  }

  private async render(
    manager: EntityManager,
    context: AgreementContext,
    { issue = false, signing = false, watermark }: { issue?: boolean; signing?: boolean; watermark?: string },
  ) {
    const { agreement, access } = context;
    const stored = signing
      ? []
      : await manager.getRepository(AgreementSignatureEntity).find({
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
    const recorderIds = signing
      ? (
          await manager.query<{ id: string }[]>(
            `SELECT m.id FROM mediators m JOIN users u ON u.id = m.user_id
              WHERE m.id = ANY($1) AND u.role = 'recorder'`,
            [access.mediators.map((m) => m.id)],
          )
        ).map((r) => r.id)
      : [];
    const signer = issue ? await this.keys.signerFor(manager, access.row.organisationId) : undefined;
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
      signing: signing ? { recorderIds } : undefined,
      watermark,
      issue: signer && {
        signer: signer.signer,
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
      term.dueDate ? [{ day: term.dueDate, termIndex: i }] : [],
    );
    for (const { day, termIndex } of dues) {
      await this.deadlines.start(manager, {
        caseId,
        agreementId: agreement.id,
        kind: 'obligation',
        termIndex,
        label: `第${termIndex + 1}项履行期限`,
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
}

export const PAPER_NOTICE = '【纸质签署 · 各方签名原件已扫描存档,见卷宗】';

const KIND_LABELS = { signature: '签名', fingerprint: '按指印', seal: '盖章' } as const;
