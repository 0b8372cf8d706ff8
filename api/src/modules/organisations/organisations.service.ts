import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationEntity } from './organisation.entity.js';
import { MEDIATION_BODY_KINDS, type OrganisationKind, REFERRING_BODY_KINDS } from './organisation-kind.js';
import { scopeOf } from './org-scope.js';

export interface OrganisationNode extends OrganisationEntity {
  children: OrganisationNode[];
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The organisations a user may see, as a forest (one tree for everyone but the admin). */
  async visibleTree(user: AuthUser): Promise<OrganisationNode[]> {
    const scope = scopeOf(user);
    const query = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
    if (scope.kind === 'subtree') query.where('o.path LIKE :p', { p: `${scope.path}%` });
    if (scope.kind === 'referrer') query.where('o.id = :id', { id: scope.organisationId });
    const rows = await query.orderBy('o.path').getMany();
    return buildForest(rows);
  }

  /** Pass the transaction's manager when inside one: a second pooled connection could deadlock the pool. */
  async findVisible(
    user: AuthUser,
    id: string,
    manager = this.dataSource.manager,
  ): Promise<OrganisationEntity> {
    const scope = scopeOf(user);
    const org = await manager.getRepository(OrganisationEntity).findOneBy({ id });
    const visible =
      org &&
      (scope.kind === 'all' ||
        (scope.kind === 'subtree' && org.path.startsWith(scope.path)) ||
        (scope.kind === 'referrer' && org.id === scope.organisationId));
    if (!visible) throw CommonErrors.notFound('组织');
    return org;
  }

  /**
   * An organisation the caller configures (its templates, seal, certificate, time limits): the admin
   * anywhere in scope, a director only his own; 404 outside the scope, 403 for anyone else.
   */
  async findConfigurable(
    user: AuthUser,
    id: string,
    manager = this.dataSource.manager,
  ): Promise<OrganisationEntity> {
    const org = await this.findVisible(user, id, manager);
    const director = user.role === 'director' && user.organisationId === id;
    if (user.role !== 'admin' && !director) throw CommonErrors.forbidden();
    return org;
  }

  /**
   * Every committee and centre under the caller's county bureau: where a case
   * may be transferred (移送). Names only; seeing a committee here shows none of its cases.
   */
  async mediationBodies(user: AuthUser): Promise<OrganisationEntity[]> {
    const rootId = user.organisationPath.split('/').filter(Boolean)[0]!;
    return this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.kind IN (:...kinds)', { kinds: MEDIATION_BODY_KINDS })
      .andWhere('o.path LIKE :root', { root: `/${rootId}/%` })
      .orderBy('o.name')
      .getMany();
  }

  async create(user: AuthUser, dto: CreateOrganisationDto): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const parent = dto.parentId ? await this.findVisible(user, dto.parentId, manager) : null;
      if (parent && REFERRING_BODY_KINDS.includes(parent.kind)) {
        throw CommonErrors.validation([
          { field: 'parentId', code: 'parentKind', message: '移送机关下不能再设下级组织' },
        ]);
      }
      await assertPoliceStation(manager, dto.kind, dto.policeStationId);
      assertBodyType(dto.kind, dto.type);
      const repo = manager.getRepository(OrganisationEntity);
      const org = repo.create({ ...dto, parentId: parent?.id ?? null, path: '' });
      org.id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id as string;
      org.path = `${parent?.path ?? '/'}${org.id}/`;
      await repo.insert(org);
      await this.audit.record(manager, user, {
        action: 'organisation.create',
        entity: 'organisation',
        entityId: org.id,
        organisationId: org.id,
        after: dto,
      });
      return org;
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateOrganisationDto): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const before = await this.findVisible(user, id, manager);
      await assertPoliceStation(manager, before.kind, dto.policeStationId);
      assertBodyType(before.kind, dto.type);
      const repo = manager.getRepository(OrganisationEntity);
      await repo.update({ id }, dto);
      const after = await repo.findOneByOrFail({ id });
      await this.audit.record(manager, user, {
        action: 'organisation.update',
        entity: 'organisation',
        entityId: id,
        organisationId: id,
        before: {
          name: before.name,
          type: before.type,
          courtRoster: before.courtRoster,
          caseNumberPrefix: before.caseNumberPrefix,
          address: before.address,
          policeStationId: before.policeStationId,
        },
        after: dto,
      });
      return after;
    });
  }
}

/** A police station is linked to a mediation body only, and must be a police organisation. */
async function assertPoliceStation(
  manager: EntityManager,
  kind: OrganisationKind,
  policeStationId: string | null | undefined,
): Promise<void> {
  if (policeStationId === undefined || policeStationId === null) return;
  const station = await manager.getRepository(OrganisationEntity).findOneBy({ id: policeStationId });
  const message = !MEDIATION_BODY_KINDS.includes(kind)
    ? '只有调解组织可以关联派出所'
    : station?.kind !== 'police'
      ? '关联派出所须为公安派出所'
      : null;
  if (message) throw CommonErrors.validation([{ field: 'policeStationId', code: 'policeStation', message }]);
}

/** Only a committee or centre has a type of mediation body. */
function assertBodyType(kind: OrganisationKind, type: string | null | undefined): void {
  if (type === undefined || type === null || MEDIATION_BODY_KINDS.includes(kind)) return;
  throw CommonErrors.validation([
    { field: 'type', code: 'bodyType', message: '只有调解组织才有调解组织类型' },
  ]);
}

function buildForest(rows: OrganisationEntity[]): OrganisationNode[] {
  const nodes = new Map(rows.map((row) => [row.id, { ...row, children: [] }]));
  const roots: OrganisationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
