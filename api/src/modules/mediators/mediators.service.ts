import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { MediatorDto } from './mediators.controller.js';
import { MediatorEntity } from './mediator.entity.js';

@Injectable()
export class MediatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async list(user: AuthUser, organisationId?: string): Promise<MediatorDto[]> {
    const scope = orgCondition('m.organisation_id', scopeOf(user));
    const qb = this.dataSource
      .getRepository(MediatorEntity)
      .createQueryBuilder('m')
      .where(scope.sql, scope.params)
      .andWhere(`m.status <> 'removed'`);
    if (organisationId) {
      const org = await this.organisations.findVisible(user, organisationId);
      qb.andWhere('m.organisation_id = :organisationId', { organisationId: org.id });
    }
    const rows = await qb.orderBy('m.name').getMany();
    return rows.map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.name,
      organisationId: m.organisationId,
      kind: m.kind,
      status: m.status,
    }));
  }
}
