import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { MEDIATION_BODY_KINDS } from '../organisations/organisation-kind.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { SealResponseDto, SealUsesDto } from './dto/seal.dto.js';
import { normaliseImage } from './images.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const MAX_SEAL_BYTES = 2 * 1024 * 1024;

export const SealErrors = {
  tooLarge: () => new AppError(413, 'SEAL_TOO_LARGE', '印章图片不能超过 2 MB'),
  notPng: () =>
    new AppError(415, 'SEAL_TYPE', '印章图片须为透明背景的 PNG 图片(按文件内容识别)', [
      { field: 'file', code: 'type', message: '请上传 PNG 图片' },
    ]),
  notMediationBody: () => new AppError(422, 'NOT_MEDIATION_BODY', '只有调解组织才能登记印章'),
};

/**
 * 印章登记 (issue 18): the committee's seal image, decoded and re-encoded like every upload, kept with
 * its hash, custodian and date; agreements print it (agreement-copy.ts) instead of the drawn seal, and
 * a committee seal signature never brings its own image. Every use is a seal signature: `uses` lists
 * them. The committee's director or the administrator registers; the director reads the uses.
 */
@Injectable()
export class SealRegistryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async register(
    user: AuthUser,
    organisationId: string,
    file: Buffer,
    custodian: string,
  ): Promise<SealResponseDto> {
    await this.dataSource.transaction((manager) => this.configurable(manager, user, organisationId));
    if (!file.subarray(0, 8).equals(PNG_MAGIC)) throw SealErrors.notPng();
    const image = await normaliseImage(file, 'seal');
    const sha256 = createHash('sha256').update(image.data).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      await this.configurable(manager, user, organisationId);
      const registeredAt = new Date();
      await manager.query(
        `UPDATE organisations SET seal_image = $2, seal_sha256 = $3, seal_custodian = $4, seal_registered_at = $5
          WHERE id = $1`,
        [organisationId, image.data, sha256, custodian.trim(), registeredAt],
      );
      await this.audit.record(manager, user, {
        action: 'organisation.seal',
        entity: 'organisation',
        entityId: organisationId,
        organisationId,
        after: { sha256, width: image.width, height: image.height },
      });
      return {
        sha256,
        custodian: custodian.trim(),
        registeredAt: registeredAt.toISOString(),
        width: image.width,
        height: image.height,
      };
    });
  }

  /** The registered seal and every agreement it was put on, newest first (the director: route policy). */
  async uses(user: AuthUser, organisationId: string): Promise<SealUsesDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.configurable(manager, user, organisationId);
      const [org] = await manager.query<
        { seal_sha256: string | null; seal_custodian: string | null; seal_registered_at: Date | null }[]
      >('SELECT seal_sha256, seal_custodian, seal_registered_at FROM organisations WHERE id = $1', [
        organisationId,
      ]);
      const uses = await manager.query<
        { at: Date; agreement_number: string; case_number: string; by: string | null; registered: boolean }[]
      >(
        `SELECT s.signed_at AS at, a.agreement_number, c.case_number, u.name AS by,
                (o.seal_registered_at IS NOT NULL AND s.signed_at >= o.seal_registered_at) AS registered
           FROM agreement_signatures s JOIN agreements a ON a.id = s.agreement_id
           JOIN cases c ON c.id = a.case_id JOIN organisations o ON o.id = c.organisation_id
           LEFT JOIN users u ON u.id = s.recorded_by_id
          WHERE s.committee_seal AND c.organisation_id = $1
          ORDER BY s.signed_at DESC LIMIT 500`,
        [organisationId],
      );
      return {
        seal: org?.seal_sha256
          ? {
              sha256: org.seal_sha256,
              custodian: org.seal_custodian ?? '',
              registeredAt: org.seal_registered_at!.toISOString(),
            }
          : null,
        uses: uses.map((u) => ({
          at: u.at.toISOString(),
          agreementNumber: u.agreement_number,
          caseNumber: u.case_number,
          by: u.by ?? '',
          registeredSeal: u.registered,
        })),
      };
    });
  }

  /** The committee in the caller's scope that the caller configures: its director, or the admin. */
  private async configurable(manager: EntityManager, user: AuthUser, organisationId: string): Promise<void> {
    const org = await this.organisations.findConfigurable(user, organisationId, manager);
    if (!MEDIATION_BODY_KINDS.includes(org.kind)) throw SealErrors.notMediationBody();
  }
}
