import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { conflictingExtension, readableScan, sniffScanType } from '../documents/scan-pages.js';
import { contentGaps } from './agreement-check.js';
import { AgreementContextLoader, checkParties } from './agreement-context.js';
import { AgreementScanEntity } from './agreement-scan.entity.js';
import { AgreementSigningService } from './agreement-signing.service.js';
import { AgreementErrors } from './agreements.errors.js';

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

/**
 * Browsers send UTF-8 file names; a parser that reads them as Latin-1 is undone here, one that
 * already decoded UTF-8 (characters beyond U+00FF) is taken as is. Keeps a safe, readable name.
 */
export function scanFilename(original: string | undefined): string {
  const raw = original ?? '';
  const utf8 = [...raw].some((ch) => ch.codePointAt(0)! > 0xff)
    ? raw
    : Buffer.from(raw, 'latin1').toString('utf8');
  const name = (utf8.includes('\uFFFD') ? raw : utf8).replace(/[\\/\p{Cc}]/gu, '_').trim();
  return [...(name || '扫描件')].slice(-200).join('');
}

/**
 * The paper fallback (docs/domain.md §10.5): the printed agreement signed by hand,
 * fingerprinted, scanned and uploaded back; the scans are bound into the case file.
 */
@Injectable()
export class AgreementScansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly loader: AgreementContextLoader,
    private readonly signing: AgreementSigningService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adds a scan while the agreement is a draft or being signed; the first one freezes the text.
   * The same file twice is kept once, so a retried upload is harmless.
   */
  async upload(user: AuthUser, id: string, file: { buffer: Buffer; originalname?: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access, parties } = context;
      this.cases.assertMayChange(user, access);
      if (agreement.status !== 'draft' && agreement.status !== 'signing') throw AgreementErrors.frozen();
      const type = sniffScanType(file.buffer);
      if (!type) throw AgreementErrors.scanType();
      const filename = scanFilename(file.originalname);
      const ext = conflictingExtension(filename, type);
      if (ext) throw AgreementErrors.scanNameMismatch(type, ext);
      // An image is kept as the clean copy it decodes to (images.ts), a PDF as uploaded.
      const data = await readableScan(file.buffer, type);
      const gaps = contentGaps(agreement, checkParties(parties));
      if (gaps.length) throw AgreementErrors.incomplete(gaps);
      // Of the copy kept, so the hash printed in the case file matches the download.
      const sha256 = createHash('sha256').update(data).digest('hex');
      // A retried upload of the same file adds nothing.
      if (context.scans.some((scan) => scan.sha256 === sha256)) return;
      await manager.getRepository(AgreementScanEntity).insert({
        agreementId: id,
        filename,
        contentType: type,
        size: data.length,
        sha256,
        data,
        uploadedById: user.id,
      });
      await this.signing.startSigning(manager, context);
      await addCaseEvent(
        manager,
        access.row.id,
        user,
        'signature',
        `上传协议${agreement.agreementNumber}的纸质签署件扫描件:${filename}`,
      );
      await this.audit.record(manager, user, {
        action: 'agreement.scan',
        entity: 'agreement',
        entityId: id,
        organisationId: access.row.organisationId,
        after: { filename, contentType: type, size: data.length, sha256 },
      });
    });
  }

  /** A scan as uploaded; like the agreement's PDF, for the case team and the director. */
  async download(
    user: AuthUser,
    id: string,
    scanId: string,
  ): Promise<{ data: Buffer; filename: string; contentType: string }> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id);
      const listed = context.scans.find((s) => s.id === scanId);
      if (!listed) throw AgreementErrors.scanNotFound();
      if (!context.access.onTeam && user.role !== 'director') throw CommonErrors.forbidden();
      const scan = await manager
        .getRepository(AgreementScanEntity)
        .findOneOrFail({ where: { id: scanId }, select: { id: true, data: true } });
      await this.audit.record(manager, user, {
        action: 'agreement.scan.download',
        entity: 'agreement',
        entityId: id,
        organisationId: context.access.row.organisationId,
        after: { scanId },
      });
      return { data: scan.data, filename: listed.filename, contentType: listed.contentType };
    });
  }
}
