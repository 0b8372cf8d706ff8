import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { UNCORRECTABLE_STATUSES } from '../../../../libs/contracts/src/case-powers.js';
import { EVIDENCE_SOURCE_LABELS, MAX_EVIDENCE_PER_CASE } from '../../../../libs/contracts/src/evidence.js';
import { mayPrint } from '../../../../libs/contracts/src/case-powers.js';
import { PersonalDataCipher } from '../../common/personal-data.js';
import { scanFilename } from '../agreements/agreement-scans.service.js';
import { AgreementErrors } from '../agreements/agreements.errors.js';
import { encryptScan, scanBytes } from '../agreements/scan-cipher.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import {
  breakGlassReason as decodeReason,
  type CaseAccess,
  CaseAccessService,
} from '../cases/case-access.service.js';
import {
  type ContentView,
  contentView,
  hides,
  markerOf,
  SensitivityErrors,
} from '../cases/case-sensitivity.js';
import { addCaseEvent } from '../cases/case-timeline.js';
import { conflictingExtension, pdfPages, readableScan, sniffScanType } from '../documents/scan-pages.js';
import type { CreateEvidenceDto, EvidenceResponseDto } from './dto/evidence.dto.js';
import { EvidenceEntity } from './evidence.entity.js';
import { EvidenceErrors } from './evidence.errors.js';

/**
 * 证据材料 (docs/domain.md §3 form 6): files a case team collects, decoded by the same rule as the
 * agreement scans (images re-encoded by libvips, PDFs read by poppler, both bounded) and encrypted at
 * rest. What a piece shows and its file name are free texts: whoever may not read the case's texts
 * (a sensitive case or piece outside the team, the county bureau) sees a marker; the file opens for
 * those who print the case's forms, and a sensitive one for the team or the director's break-glass.
 * Audit rows and the timeline carry no description and no file name.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async add(
    user: AuthUser,
    caseId: string,
    dto: CreateEvidenceDto,
    file: { buffer: Buffer; originalname?: string },
  ): Promise<EvidenceResponseDto> {
    // Who may add is known before a byte is decoded; decoding (off the JS thread, bounded) holds no lock.
    await this.dataSource.transaction(async (manager) => this.writable(manager, user, caseId, false));
    const type = sniffScanType(file.buffer);
    if (!type) throw AgreementErrors.scanType();
    const filename = scanFilename(file.originalname);
    const ext = conflictingExtension(filename, type);
    if (ext) throw AgreementErrors.scanNameMismatch(type, ext);
    const data = await readableScan(file.buffer, type);
    const pages = type === 'application/pdf' ? ((await pdfPages(data)) ?? 1) : 1;
    const sha256 = createHash('sha256').update(data).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const access = await this.writable(manager, user, caseId, true);
      const repo = manager.getRepository(EvidenceEntity);
      // A retried upload of the same file to the same case adds nothing.
      const same = await repo.findOneBy({ caseId, sha256 });
      const view = await this.view(manager, user, access, undefined, false);
      if (same) return this.toResponse(same, view, access, user);
      if ((await repo.countBy({ caseId })) >= MAX_EVIDENCE_PER_CASE)
        throw EvidenceErrors.tooMany(MAX_EVIDENCE_PER_CASE);
      const row = await repo.save(
        repo.create({
          caseId,
          description: dto.description.trim(),
          source: dto.source,
          sensitivity: dto.sensitivity ?? 'normal',
          obtainedOn: dto.obtainedOn?.slice(0, 10) ?? null,
          filename,
          contentType: type,
          size: data.length,
          sha256,
          pages,
          dataEnc: encryptScan(this.cipher, data),
          uploadedById: user.id,
        }),
      );
      await addCaseEvent(
        manager,
        caseId,
        user,
        'evidence',
        `添加证据材料(${EVIDENCE_SOURCE_LABELS[row.source]})`,
      );
      await this.audit.record(manager, user, {
        action: 'evidence.add',
        entity: 'case',
        entityId: caseId,
        organisationId: access.row.organisationId,
        after: {
          evidenceId: row.id,
          source: row.source,
          sensitivity: row.sensitivity,
          contentType: type,
          size: data.length,
          pages,
          sha256,
        },
      });
      return this.toResponse(row, view, access, user);
    });
  }

  async list(user: AuthUser, caseId: string, breakGlassHeader?: string): Promise<EvidenceResponseDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.cases.load(manager, user, caseId);
      const rows = await manager
        .getRepository(EvidenceEntity)
        .find({ where: { caseId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
      const view = await this.view(
        manager,
        user,
        access,
        breakGlassHeader,
        rows.some((r) => r.sensitivity === 'sensitive'),
      );
      return rows.map((row) => this.toResponse(row, view, access, user));
    });
  }

  /** The file as kept; 404 outside the caller's cases, 403 when it may not open it. Audited. */
  async file(
    user: AuthUser,
    evidenceId: string,
    breakGlassHeader?: string,
  ): Promise<{ data: Buffer; filename: string; contentType: string }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(EvidenceEntity).findOne({
        where: { id: evidenceId },
        select: {
          id: true,
          caseId: true,
          filename: true,
          contentType: true,
          sensitivity: true,
          dataEnc: true,
        },
      });
      if (!row) throw EvidenceErrors.notFound();
      const access = await this.cases.load(manager, user, row.caseId).catch(() => {
        throw EvidenceErrors.notFound();
      });
      this.cases.assertMayPrint(user, access);
      const sensitive = row.sensitivity === 'sensitive';
      const view = await this.view(manager, user, access, breakGlassHeader, sensitive);
      if (hides(view, sensitive)) throw SensitivityErrors.printRefused();
      await this.audit.record(manager, user, {
        action: 'evidence.open',
        entity: 'case',
        entityId: row.caseId,
        organisationId: access.row.organisationId,
        after: { evidenceId },
      });
      return { data: scanBytes(this.cipher, row), filename: row.filename, contentType: row.contentType };
    });
  }

  /** The case if the caller may add evidence to it now. */
  private async writable(
    manager: EntityManager,
    user: AuthUser,
    caseId: string,
    lock: boolean,
  ): Promise<CaseAccess> {
    const access = await this.cases.load(manager, user, caseId, lock);
    this.cases.assertMayWrite(user, access, 'evidence');
    if (UNCORRECTABLE_STATUSES.includes(access.row.status)) throw EvidenceErrors.finished(access.row.status);
    return access;
  }

  private view(
    manager: EntityManager,
    user: AuthUser,
    access: CaseAccess,
    breakGlassHeader: string | undefined,
    anySensitive: boolean,
  ): Promise<ContentView> {
    return contentView(
      manager,
      this.audit,
      user,
      access,
      decodeReason(breakGlassHeader),
      access.row.sensitivity !== null || anySensitive,
    );
  }

  private toResponse(
    row: EvidenceEntity,
    view: ContentView,
    access: CaseAccess,
    user: AuthUser,
  ): EvidenceResponseDto {
    const hidden = hides(view, row.sensitivity === 'sensitive');
    return {
      id: row.id,
      caseId: row.caseId,
      description: hidden ? markerOf(view) : row.description,
      source: row.source,
      sensitivity: row.sensitivity,
      obtainedOn: row.obtainedOn,
      filename: hidden ? markerOf(view) : row.filename,
      contentType: row.contentType,
      size: row.size,
      pages: row.pages,
      sha256: row.sha256,
      mayOpen: !hidden && mayPrint(user.role, access.onTeam),
      uploadedAt: row.uploadedAt.toISOString(),
    };
  }
}
