import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { DocumentErrors } from './documents.errors.js';
import type { TemplateSourceDto, TemplateSummaryDto } from './dto/documents.dto.js';
import { TemplateOverrideEntity } from './template-override.entity.js';
import { templateOverridesFor, validateTemplate } from './template-overrides.js';
import { TEMPLATE_NAMES, TEMPLATE_SAMPLES } from './template-samples.js';
import { defaultTemplateSource } from './templates.js';

/** Per-organisation versions of the document templates (admin, or the organisation's director). */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, organisationId: string): Promise<TemplateSummaryDto[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, user, organisationId);
      const { effective, own } = await this.sources(manager, organisationId);
      return TEMPLATE_NAMES.map((name) => summary(name, effective, own));
    });
  }

  async get(user: AuthUser, organisationId: string, name: string): Promise<TemplateSourceDto> {
    assertKnown(name);
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, user, organisationId);
      return this.effective(manager, organisationId, name);
    });
  }

  async put(
    user: AuthUser,
    organisationId: string,
    name: string,
    source: string,
  ): Promise<TemplateSourceDto> {
    assertKnown(name);
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, user, organisationId);
      await validateTemplate(name, source);
      const repo = manager.getRepository(TemplateOverrideEntity);
      const before = await repo.findOneBy({ organisationId, name });
      await repo.upsert({ organisationId, name, source, updatedById: user.id }, ['organisationId', 'name']);
      await this.audit.record(manager, user, {
        action: 'template.update',
        entity: 'organisation',
        entityId: organisationId,
        organisationId,
        before: { name, source: before?.source ?? null },
        after: { name, source },
      });
      return this.effective(manager, organisationId, name);
    });
  }

  /** The source rendered on the template's realistic sample, as a PDF; nothing is saved. */
  async preview(user: AuthUser, organisationId: string, name: string, source: string): Promise<Buffer> {
    assertKnown(name);
    await this.dataSource.transaction((manager) => this.authorise(manager, user, organisationId));
    return validateTemplate(name, source);
  }

  /** Reverts to the ancestor's version or the default. */
  async remove(user: AuthUser, organisationId: string, name: string): Promise<TemplateSourceDto> {
    assertKnown(name);
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, user, organisationId);
      const repo = manager.getRepository(TemplateOverrideEntity);
      const before = await repo.findOneBy({ organisationId, name });
      if (before) {
        await repo.delete({ organisationId, name });
        await this.audit.record(manager, user, {
          action: 'template.revert',
          entity: 'organisation',
          entityId: organisationId,
          organisationId,
          before: { name, source: before.source },
        });
      }
      return this.effective(manager, organisationId, name);
    });
  }

  private async authorise(manager: EntityManager, user: AuthUser, organisationId: string): Promise<void> {
    await this.organisations.findConfigurable(user, organisationId, manager);
  }

  private async sources(manager: EntityManager, organisationId: string) {
    const effective = await templateOverridesFor(manager, organisationId);
    const own = new Set(
      (
        await manager
          .getRepository(TemplateOverrideEntity)
          .find({ where: { organisationId }, select: { name: true } })
      ).map((row) => row.name),
    );
    return { effective, own };
  }

  private async effective(
    manager: EntityManager,
    organisationId: string,
    name: string,
  ): Promise<TemplateSourceDto> {
    const { effective, own } = await this.sources(manager, organisationId);
    return { ...summary(name, effective, own), source: effective[name] ?? defaultTemplateSource(name) };
  }
}

function assertKnown(name: string): void {
  if (!TEMPLATE_NAMES.includes(name)) throw DocumentErrors.templateNotFound();
}

function summary(
  name: string,
  effective: Readonly<Record<string, string>>,
  own: Set<string>,
): TemplateSummaryDto {
  const origin = own.has(name) ? 'own' : name in effective ? 'inherited' : 'default';
  return { name, title: TEMPLATE_SAMPLES[name]!.title, overridden: own.has(name), origin };
}
