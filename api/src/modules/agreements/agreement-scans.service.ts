import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { conflictingExtension, pdfPages, readableScan, sniffScanType } from '../documents/scan-pages.js';
import { contentGaps } from './agreement-check.js';
import { AgreementContextLoader, checkParties } from './agreement-context.js';
import { AgreementScanEntity } from './agreement-scan.entity.js';
import { AgreementSigningService } from './agreement-signing.service.js';
import { AgreementErrors } from './agreements.errors.js';
import { encryptScan, scanBytes } from './scan-cipher.js';

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
export class AgreementScansService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AgreementScans');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly loader: AgreementContextLoader,
    private readonly signing: AgreementSigningService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const encrypted = await this.encryptLegacyScans();
    if (encrypted) this.logger.log(`${encrypted} scans stored in clear were encrypted`);
  }

  /**
   * Scans stored before they were encrypted (migration 1795361000000 cannot reach the key) are
   * encrypted here on start, a few at a time, each batch in its own transaction; instances starting
   * together skip each other's rows. Their page count is taken on the way. The number encrypted.
   */
  async encryptLegacyScans(): Promise<number> {
    let done = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows = await manager.query<{ id: string; data: Buffer; content_type: string }[]>(
          `SELECT id, data, content_type FROM agreement_scans WHERE data IS NOT NULL
            ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED`,
        );
        for (const row of rows) {
          const pages = row.content_type === 'application/pdf' ? ((await pdfPages(row.data)) ?? 0) : 1;
          await manager.query(
            'UPDATE agreement_scans SET data_enc = $2, data = NULL, pages = coalesce(pages, $3) WHERE id = $1',
            [row.id, encryptScan(this.cipher, row.data), pages],
          );
        }
        return rows.length;
      });
      done += batch;
      if (batch === 0) return done;
    }
  }

  /**
   * Adds a scan while the agreement is a draft or being signed; the first one freezes the text.
   * The same file twice is kept once, so a retried upload is harmless.
   */
  async upload(user: AuthUser, id: string, file: { buffer: Buffer; originalname?: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loader.load(manager, user, id, true);
      const { agreement, access, parties } = context;
      this.cases.assertMayWrite(user, access, 'agreement');
      if (agreement.status !== 'draft' && agreement.status !== 'signing') throw AgreementErrors.frozen();
      const type = sniffScanType(file.buffer);
      if (!type) throw AgreementErrors.scanType();
      const filename = scanFilename(file.originalname);
      const ext = conflictingExtension(filename, type);
      if (ext) throw AgreementErrors.scanNameMismatch(type, ext);
      // An image is kept as the clean copy it decodes to (images.ts), a PDF as uploaded.
      const data = await readableScan(file.buffer, type);
      const pages = type === 'application/pdf' ? ((await pdfPages(data)) ?? 0) : 1;
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
        data: null,
        dataEnc: encryptScan(this.cipher, data),
        pages,
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
        after: { filename, contentType: type, size: data.length, pages, sha256 },
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
      this.cases.assertMayPrint(user, context.access);
      const scan = await manager
        .getRepository(AgreementScanEntity)
        .findOneOrFail({ where: { id: scanId }, select: { id: true, data: true, dataEnc: true } });
      await this.audit.record(manager, user, {
        action: 'agreement.scan.download',
        entity: 'agreement',
        entityId: id,
        organisationId: context.access.row.organisationId,
        after: { scanId },
      });
      return {
        data: scanBytes(this.cipher, scan),
        filename: listed.filename,
        contentType: listed.contentType,
      };
    });
  }
}
