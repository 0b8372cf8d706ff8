import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { AppError, CommonErrors } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { REFERRING_BODY_KINDS, type OrganisationKind } from '../organisations/organisation-kind.js';
import { ApiKeyEntity } from './api-key.entity.js';
import type { AuthUser } from './auth-user.js';
import type { Role } from './role.js';

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

/** The liaison role a referring body's system acts as. */
const ROLE_OF_KIND: Partial<Record<OrganisationKind, Role>> = {
  court: 'court_liaison',
  police: 'police_liaison',
  petition_office: 'petition_liaison',
  hotline: 'petition_liaison',
  government: 'petition_liaison',
};

export interface ApiKeySummary {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Keys with which a court's or police station's own system files referrals (admin-managed). */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The caller a valid, unrevoked key stands for; undefined for anything else. */
  async authenticate(key: string): Promise<AuthUser | undefined> {
    if (key.length < 20 || key.length > 200) return undefined;
    const rows: {
      id: string;
      name: string;
      organisation_id: string;
      kind: OrganisationKind;
      path: string;
    }[] = await this.dataSource.query(
      `SELECT k.id, o.name, k.organisation_id, o.kind, o.path
         FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hashOf(key)],
    );
    const row = rows[0];
    const role = row && ROLE_OF_KIND[row.kind];
    if (!row || !role) return undefined;
    await this.dataSource.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [row.id]);
    return {
      id: row.id,
      username: `api-key:${row.id}`,
      name: `${row.name}(系统接口)`.slice(0, 64),
      role,
      organisationId: row.organisation_id,
      organisationPath: row.path,
      sessionId: '',
      apiKeyId: row.id,
    };
  }

  async list(): Promise<ApiKeySummary[]> {
    const rows: (ApiKeyEntity & { organisationName: string })[] = await this.dataSource.query(
      `SELECT k.id, k.organisation_id AS "organisationId", o.name AS "organisationName", k.name, k.prefix,
              k.created_at AS "createdAt", k.revoked_at AS "revokedAt", k.last_used_at AS "lastUsedAt"
         FROM api_keys k JOIN organisations o ON o.id = k.organisation_id ORDER BY k.created_at DESC`,
    );
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      name: r.name,
      prefix: r.prefix,
      createdAt: r.createdAt.toISOString(),
      revokedAt: r.revokedAt?.toISOString() ?? null,
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    }));
  }

  /** Creates a key for a referring body; the key itself is returned this once and never stored. */
  async create(
    user: AuthUser,
    organisationId: string,
    name: string,
  ): Promise<{ id: string; key: string; prefix: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [org] = await manager.query<{ kind: OrganisationKind }[]>(
        'SELECT kind FROM organisations WHERE id = $1',
        [organisationId],
      );
      if (!org) throw CommonErrors.notFound('组织');
      if (!REFERRING_BODY_KINDS.includes(org.kind))
        throw new AppError(422, 'NOT_REFERRING_BODY', '只能为法院、派出所、信访等移交单位创建接口密钥');
      const key = `tj_${randomBytes(32).toString('base64url')}`;
      const prefix = key.slice(0, 10);
      const saved = await manager
        .getRepository(ApiKeyEntity)
        .save({ organisationId, name, keyHash: hashOf(key), prefix, createdById: user.id });
      await this.audit.record(manager, user, {
        action: 'api_key.create',
        entity: 'api_key',
        entityId: saved.id,
        organisationId,
        after: { name, prefix },
      });
      return { id: saved.id, key, prefix };
    });
  }

  async revoke(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const key = await manager.getRepository(ApiKeyEntity).findOneBy({ id });
      if (!key) throw CommonErrors.notFound('接口密钥');
      await manager
        .getRepository(ApiKeyEntity)
        .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(manager, user, {
        action: 'api_key.revoke',
        entity: 'api_key',
        entityId: id,
        organisationId: key.organisationId,
      });
    });
  }
}
