import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { MEDIATION_BODY_KINDS } from '../organisations/organisation-kind.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { CLOCK_KINDS } from './clock.entity.js';
import { DeadlineRuleEntity } from './deadline-rule.entity.js';
import { DeadlineErrors } from './deadlines.errors.js';
import type { DeadlineRuleDto, UpdateDeadlineRuleDto } from './dto/deadline-rule.dto.js';

/**
 * The time limits as data (docs/domain.md §7.1, §10.4): the admin changes the system's rules, a
 * committee's director sets his committee's own beside them (never a statutory one). A change applies
 * to clocks started afterwards; running clocks keep the end they were given. The one writer of
 * `deadline_rules` after the migrations that load the defaults.
 */
@Injectable()
export class DeadlineRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async listSystem(): Promise<DeadlineRuleDto[]> {
    return (await this.systemRules(this.dataSource.manager)).map((r) => toDto(r));
  }

  /** The rules in force for a committee: its own where it set one, the system's elsewhere. */
  async listFor(user: AuthUser, organisationId: string): Promise<DeadlineRuleDto[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.committee(manager, user, organisationId);
      const own = await manager.getRepository(DeadlineRuleEntity).findBy({ organisationId });
      return (await this.systemRules(manager)).map((rule) =>
        toDto(
          rule,
          own.find((o) => sameKey(o, rule)),
        ),
      );
    });
  }

  async updateSystem(user: AuthUser, id: number, dto: UpdateDeadlineRuleDto): Promise<DeadlineRuleDto> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(DeadlineRuleEntity);
      const before = await this.systemRule(manager, id);
      const after = { ...before, ...fieldsOf(dto, before) };
      await repo.update({ id }, fieldsOf(dto, before));
      await this.audit.record(manager, user, {
        action: 'deadline_rule.update',
        entity: 'deadline_rule',
        entityId: String(id),
        before: auditable(before),
        after: auditable(after),
      });
      return toDto(after);
    });
  }

  async setFor(
    user: AuthUser,
    organisationId: string,
    id: number,
    dto: UpdateDeadlineRuleDto,
  ): Promise<DeadlineRuleDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.committee(manager, user, organisationId);
      const rule = await this.systemRule(manager, id);
      if (rule.statutory) throw DeadlineErrors.statutory();
      const repo = manager.getRepository(DeadlineRuleEntity);
      const existing = (await repo.findBy({ organisationId, kind: rule.kind })).find((o) => sameKey(o, rule));
      const fields = fieldsOf(dto, existing ?? rule);
      if (existing) await repo.update({ id: existing.id }, fields);
      else {
        await repo.insert({
          kind: rule.kind,
          source: rule.source,
          disputeType: rule.disputeType,
          statutory: false,
          organisationId,
          ...fields,
        });
      }
      const own = { ...rule, ...fields, organisationId };
      await this.audit.record(manager, user, {
        action: 'deadline_rule.set',
        entity: 'deadline_rule',
        entityId: String(id),
        organisationId,
        before: existing ? auditable(existing) : { ...auditable(rule), system: true },
        after: auditable(own),
      });
      return toDto(rule, own);
    });
  }

  /** Back to the system's rule for the committee. */
  async resetFor(user: AuthUser, organisationId: string, id: number): Promise<DeadlineRuleDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.committee(manager, user, organisationId);
      const rule = await this.systemRule(manager, id);
      const repo = manager.getRepository(DeadlineRuleEntity);
      const existing = (await repo.findBy({ organisationId, kind: rule.kind })).find((o) => sameKey(o, rule));
      if (existing) {
        await repo.delete({ id: existing.id });
        await this.audit.record(manager, user, {
          action: 'deadline_rule.reset',
          entity: 'deadline_rule',
          entityId: String(id),
          organisationId,
          before: auditable(existing),
          after: { ...auditable(rule), system: true },
        });
      }
      return toDto(rule);
    });
  }

  private async committee(manager: EntityManager, user: AuthUser, organisationId: string): Promise<void> {
    const org = await this.organisations.findConfigurable(user, organisationId, manager);
    if (!MEDIATION_BODY_KINDS.includes(org.kind)) throw DeadlineErrors.notMediationBody();
  }

  /** In the order a case meets them (CLOCK_KINDS), the general rule of each kind first. */
  private async systemRules(manager: EntityManager): Promise<DeadlineRuleEntity[]> {
    const rules = await manager
      .getRepository(DeadlineRuleEntity)
      .find({ where: { organisationId: IsNull() }, order: { id: 'ASC' } });
    const rank = (r: DeadlineRuleEntity) =>
      CLOCK_KINDS.indexOf(r.kind) * 4 + (r.source ? 2 : 0) + (r.disputeType ? 1 : 0);
    return rules.sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  }

  private async systemRule(manager: EntityManager, id: number): Promise<DeadlineRuleEntity> {
    const rule = await manager.getRepository(DeadlineRuleEntity).findOneBy({ id, organisationId: IsNull() });
    if (!rule) throw DeadlineErrors.ruleNotFound();
    return rule;
  }
}

const sameKey = (a: DeadlineRuleEntity, b: DeadlineRuleEntity) =>
  a.kind === b.kind && a.source === b.source && a.disputeType === b.disputeType;

/** The columns a change writes; what the body leaves out stays as it was. */
function fieldsOf(dto: UpdateDeadlineRuleDto, was: DeadlineRuleEntity) {
  return {
    days: dto.days,
    workingDays: dto.workingDays,
    maxExtensionDays: dto.maxExtensionDays === undefined ? was.maxExtensionDays : dto.maxExtensionDays,
    basis: dto.basis ?? was.basis,
  };
}

function auditable(r: Pick<DeadlineRuleEntity, 'days' | 'workingDays' | 'maxExtensionDays' | 'basis'>) {
  return { days: r.days, workingDays: r.workingDays, maxExtensionDays: r.maxExtensionDays, basis: r.basis };
}

function toDto(rule: DeadlineRuleEntity, own?: Partial<DeadlineRuleEntity>): DeadlineRuleDto {
  const effective = { ...rule, ...own };
  return {
    id: rule.id,
    kind: rule.kind,
    source: rule.source,
    disputeType: rule.disputeType,
    days: effective.days,
    workingDays: effective.workingDays,
    maxExtensionDays: effective.maxExtensionDays,
    basis: effective.basis,
    statutory: rule.statutory,
    overridden: own !== undefined,
    ...(own ? { defaultDays: rule.days, defaultWorkingDays: rule.workingDays } : {}),
  };
}
