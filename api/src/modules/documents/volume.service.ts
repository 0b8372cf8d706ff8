import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import type { PrintPurpose } from '../../common/print-purpose.js';
import { AgreementScanEntity } from '../agreements/agreement-scan.entity.js';
import { scanBytes } from '../agreements/scan-cipher.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseAccess } from '../cases/case-access.service.js';
import { CaseActionsService } from '../cases/case-actions.service.js';
import { PartyEntity } from '../parties/party.entity.js';
import { ReturnVisitEntity } from '../performance/performance.entities.js';
import { InvestigationRecordEntity } from '../investigations/investigation-record.entity.js';
import { MediationSessionEntity } from '../sessions/mediation-session.entity.js';
import { agreementCopy } from './agreement-copy.js';
import { CaseDocumentsService } from './case-documents.service.js';
import { CaseSections, partialTermination, type Section } from './case-sections.js';
import { chineseDate } from './document-text.js';
import { type Block, parseLayout } from './layout.js';
import { renderPdf, type SignatureBlock } from './pdf-renderer.js';
import { scanBlocks } from './scan-pages.js';
import { renderTemplate, type TemplateOverrides } from './templates.js';
import { type RetentionClass, VolumeEntity } from './volume.entity.js';

const RETENTION_LABELS = { permanent: '永久', long_term: '长期', short_term: '短期' } as const;

interface Part extends Section {
  signatures?: SignatureBlock;
  /** Ready-made blocks (scanned pages) instead of the source. */
  blocks?: Block[];
}

const SCAN_TITLE = '调解协议签署件(扫描件)';

/**
 * The case file (卷宗, docs/domain.md §3): cover, index with page numbers, then the
 * documents in the official order, bound into one PDF when the case is
 * archived, after checking the required items are there.
 */
@Injectable()
export class VolumeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actions: CaseActionsService,
    private readonly documents: CaseDocumentsService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  onModuleInit(): void {
    this.actions.onArchive((manager, user, access, retention) => this.bind(manager, user, access, retention));
  }

  async download(
    user: AuthUser,
    caseId: string,
    purpose: PrintPurpose,
    breakGlassHeader?: string,
  ): Promise<{ pdf: Buffer; filename: string }> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.actions.reviewable(manager, user, caseId);
      // A sensitive case's volume: its team, or the director with a reason (case-sensitivity.ts).
      await this.documents.assertMayPrintContent(manager, user, access, breakGlassHeader);
      const volume = await manager
        .getRepository(VolumeEntity)
        .findOne({ where: { caseId }, select: { caseId: true, volumeNumber: true, pdf: true } });
      if (!volume) throw CommonErrors.notFound('卷宗');
      // The bound volume is served as filed (its SHA-256 is on record): audited, not watermarked.
      await this.documents.logPrint(manager, user, access, 'volume', purpose);
      return { pdf: volume.pdf, filename: `${volume.volumeNumber}-调解卷宗.pdf` };
    });
  }

  private async bind(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    retention: RetentionClass,
  ): Promise<void> {
    const { parts, templates } = await this.parts(manager, access);
    const pages: number[] = [];
    for (const part of parts)
      pages.push(
        (
          await renderPdf({
            title: part.title,
            blocks: part.blocks ?? parseLayout(part.source),
            signatures: part.signatures,
          })
        ).pages,
      );
    let next = 3; // cover and index come first
    const index = parts.map((part, i) => {
      const entry = { title: part.title, page: next };
      next += pages[i]!;
      return entry;
    });
    const c = access.row;
    const dates = await manager.query<{ first: Date | null; last: Date | null }[]>(
      'SELECT min(started_at) AS first, max(coalesce(ended_at, started_at)) AS last FROM mediation_sessions WHERE case_id = $1',
      [c.id],
    );
    const cover = renderTemplate(
      'volume-cover',
      {
        committee: (
          await manager.query<{ name: string }[]>('SELECT name FROM organisations WHERE id = $1', [
            c.organisationId,
          ])
        )[0]!.name,
        title: c.title,
        volumeNumber: c.caseNumber,
        mediators: access.mediators.map((m) => m.name).join('、') || '无',
        period: `${chineseDate(dates[0]?.first ?? c.createdAt)} 至 ${chineseDate(dates[0]?.last ?? c.closedAt ?? new Date())}`,
        compiler: user.name,
        filedOn: chineseDate(new Date()),
        retention: RETENTION_LABELS[retention],
        remarks: '调解协议书原件(含电子签章)另存,可扫码核验',
        index,
      },
      templates,
    );
    const blocks: Block[] = [...parseLayout(cover)];
    for (const part of parts)
      blocks.push({ kind: 'pagebreak' }, ...(part.blocks ?? parseLayout(part.source)));
    const agreement = parts.find((p) => p.signatures);
    const { pdf, pages: total } = await renderPdf({
      title: '调解卷宗',
      footer: `调解卷宗 ${c.caseNumber}`,
      blocks,
      signatures: agreement?.signatures,
    });
    await manager.getRepository(VolumeEntity).insert({
      caseId: c.id,
      volumeNumber: c.caseNumber,
      retention,
      pages: total,
      pdf,
      pdfSha256: createHash('sha256').update(pdf).digest('hex'),
      compiledById: user.id,
    });
  }

  /** The documents in binding order; 422 naming every required item that is missing. */
  private async parts(
    manager: EntityManager,
    access: CaseAccess,
  ): Promise<{ parts: Part[]; templates: TemplateOverrides }> {
    const c = access.row;
    const sections = await CaseSections.load(manager, access, this.cipher);
    const parties = await manager
      .getRepository(PartyEntity)
      .find({ where: { caseId: c.id }, order: { position: 'ASC' } });
    const sessions = await manager.getRepository(MediationSessionEntity).find({
      where: { caseId: c.id, mode: In(['face_to_face', 'site_visit']) },
      order: { startedAt: 'ASC' },
    });
    const investigations = await manager
      .getRepository(InvestigationRecordEntity)
      .find({ where: { caseId: c.id }, order: { investigatedAt: 'ASC' } });
    const agreement = await manager
      .getRepository(AgreementEntity)
      .findOneBy({ caseId: c.id, status: 'effective' });
    const visits = await manager
      .getRepository(ReturnVisitEntity)
      .find({ where: { caseId: c.id }, order: { visitedAt: 'ASC' } });
    const missing: string[] = parties
      .filter((p) => (p.kind === 'person' ? !p.idNumberEnc : !p.creditCode))
      .map(
        (p) => `当事人身份证明:${p.name}未登记${p.kind === 'person' ? '身份证件号码' : '统一社会信用代码'}`,
      );
    // A case never accepted (not accepted, transferred) holds no session record or outcome document.
    const mediated = c.acceptedAt !== null;
    if (mediated && sessions.length === 0) missing.push('人民调解记录:没有面对面调解或现场查看的记录');
    if (mediated && !agreement && !c.routesInformed)
      missing.push('调解协议书或终止调解告知书:案件既无生效协议,也未终止调解');
    if (missing.length) {
      throw new AppError(
        422,
        'VOLUME_INCOMPLETE',
        `卷宗缺少必备材料:${missing.join(';')}`,
        missing.map((message) => ({ message })),
      );
    }
    const parts: Part[] = [
      c.source === 'walk_in' || c.source === 'online' ? sections.application() : sections.acceptance(),
    ];
    // The volume's order (docs/domain.md §3): rights notice, investigation records (5), session records (7).
    parts.push(
      sections.rightsNotice(),
      ...investigations.map((r) => sections.investigationRecord(r)),
      ...sessions.map((s) => sections.sessionRecord(s)),
    );
    if (agreement) {
      parts.push(
        await agreementCopy(
          manager,
          this.cipher,
          access,
          agreement,
          parties,
          sections.templates,
          agreement.paperSigned
            ? '【卷宗副本 · 纸质签署,签署件扫描附后】'
            : '【卷宗副本 · 原件含电子签章,可扫码核验】',
        ),
      );
      parts.push(...(await this.scanParts(manager, agreement)));
      const partial = partialTermination(agreement);
      if (partial) parts.push(sections.termination(partial));
    } else if (c.routesInformed) parts.push(sections.termination());
    parts.push(...visits.map((v) => sections.returnVisit(v, agreement?.agreementNumber ?? c.caseNumber)));
    return { parts, templates: sections.templates };
  }

  /** The paper-signed copy, scan by scan, right after the agreement it stands for. */
  private async scanParts(manager: EntityManager, agreement: AgreementEntity): Promise<Part[]> {
    const scans = await manager.getRepository(AgreementScanEntity).find({
      where: { agreementId: agreement.id },
      select: {
        id: true,
        filename: true,
        contentType: true,
        sha256: true,
        data: true,
        dataEnc: true,
        uploadedAt: true,
      },
      order: { uploadedAt: 'ASC' },
    });
    return Promise.all(
      scans.map(async (scan) => ({
        title: SCAN_TITLE,
        source: '',
        blocks: await scanBlocks(SCAN_TITLE, { ...scan, data: scanBytes(this.cipher, scan) }),
      })),
    );
  }
}
