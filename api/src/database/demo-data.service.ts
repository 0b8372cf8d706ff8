import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ConfigError, DEMO_PASSWORD } from '../config/config.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { hashPassword, verifyPassword } from '../modules/auth/password.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { chinaDay } from '../../../libs/contracts/src/china-day.js';
import { insertMediator } from '../modules/mediators/mediators.service.js';
import { DEMO_MEDIATORS, DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data.js';

const SYSTEM = { id: '00000000-0000-0000-0000-000000000000', name: '系统' };

@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Loads the demo organisations and accounts into an empty database; returns whether it did. */
  async loadIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // One loader at a time when several instances start together.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tiaojie.demo-data'))`);
      if ((await manager.getRepository(OrganisationEntity).count()) > 0) return false;
      const ids = new Map<string, OrganisationEntity>();
      for (const org of DEMO_ORGANISATIONS) {
        const parent = org.parent ? ids.get(org.parent)! : undefined;
        const id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id as string;
        const entity = manager.getRepository(OrganisationEntity).create({
          id,
          name: org.name,
          kind: org.kind,
          type: org.type ?? null,
          courtRoster: org.courtRoster ?? false,
          parentId: parent?.id ?? null,
          path: `${parent?.path ?? '/'}${id}/`,
          caseNumberPrefix: org.caseNumberPrefix ?? null,
          address: org.address ?? null,
        });
        await manager.getRepository(OrganisationEntity).insert(entity);
        ids.set(org.key, entity);
        await this.audit.record(manager, SYSTEM, {
          action: 'organisation.create',
          entity: 'organisation',
          entityId: id,
          organisationId: id,
          after: { name: org.name, kind: org.kind, caseNumberPrefix: org.caseNumberPrefix ?? null },
        });
      }
      for (const org of DEMO_ORGANISATIONS.filter((o) => o.policeStation)) {
        await manager
          .getRepository(OrganisationEntity)
          .update({ id: ids.get(org.key)!.id }, { policeStationId: ids.get(org.policeStation!)!.id });
      }
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const userIds = new Map<string, string>();
      for (const user of DEMO_USERS) {
        const organisationId = ids.get(user.org)!.id;
        const saved = await manager.getRepository(UserEntity).save({
          username: user.username,
          name: user.name,
          role: user.role,
          organisationId,
          passwordHash,
        });
        userIds.set(user.username, saved.id);
        await this.audit.record(manager, SYSTEM, {
          action: 'user.create',
          entity: 'user',
          entityId: saved.id,
          organisationId,
          after: { username: user.username, name: user.name, role: user.role },
        });
      }
      for (const mediator of DEMO_MEDIATORS) {
        const organisationId = ids.get(mediator.org)!.id;
        const saved = await insertMediator(manager, {
          name: mediator.name,
          organisationId,
          kind: mediator.kind,
          fullTime: mediator.fullTime,
          ...demoTerm(),
          courtRosterNo: mediator.courtRosterNo ?? null,
          userId: mediator.username ? userIds.get(mediator.username)! : null,
        });
        await this.audit.record(manager, SYSTEM, {
          action: 'mediator.create',
          entity: 'mediator',
          entityId: saved.id,
          organisationId,
          after: { name: mediator.name, kind: mediator.kind },
        });
      }
      this.logger.log(
        `Loaded demo data: ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_USERS.length} accounts, ${DEMO_MEDIATORS.length} mediators`,
      );
      return true;
    });
  }

  /** Production must not run with an account whose password is published in the README. */
  async refuseDemoPasswords(): Promise<void> {
    const users = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where({ username: In(DEMO_USERS.map((u) => u.username)), active: true })
      .getMany();
    const exposed: string[] = [];
    for (const user of users) {
      if (await verifyPassword(user.passwordHash, DEMO_PASSWORD)) exposed.push(user.username);
    }
    if (exposed.length) {
      throw new ConfigError([
        `accounts with the published demo password: ${exposed.join(', ')}; change or disable them`,
      ]);
    }
  }
}

/** A demo term: from January 1st of last year to the end of next year (three years, Art 9). */
function demoTerm(): { termStart: string; termEnd: string } {
  const year = Number(chinaDay(new Date()).slice(0, 4));
  return { termStart: `${year - 1}-01-01`, termEnd: `${year + 1}-12-31` };
}
