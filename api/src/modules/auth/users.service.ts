import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { AuthUser } from './auth-user.js';
import { AuthErrors } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import type { SessionDto } from './dto/auth.dto.js';
import type { ChangePasswordDto, CreateUserDto, UpdateUserDto, UserDto } from './dto/users.dto.js';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

/** How many earlier passwords a new one may not repeat. */
export const PASSWORD_HISTORY = 5;

/** Letters and digits that cannot be mistaken for each other when read out or typed from paper. */
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password (14 characters, ≈ 80 bits) that passes the password rule. */
export function temporaryPassword(): string {
  for (;;) {
    const text = Array.from(
      { length: 14 },
      () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)],
    ).join('');
    if (passwordProblems(text, '').length === 0) return text;
  }
}

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: UserDto['role'];
  organisation_id: string;
  organisation_name: string;
  active: boolean;
  must_change_password: boolean;
  password_changed_at: Date | null;
}

/**
 * Staff accounts (docs/api.md "Administration"): the security administrator creates, edits, disables
 * and resets them (三员分立: not the system administrator); everyone changes their own password.
 * The one writer of the users table besides sign-in's rehash. Every change is audited without the
 * password or its hash.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(user: AuthUser): Promise<UserDto[]> {
    const scope = orgCondition('u.organisation_id', scopeOf(user));
    const rows = await this.dataSource
      .createQueryBuilder()
      .select([
        'u.id AS id',
        'u.username AS username',
        'u.name AS name',
        'u.role AS role',
        'u.organisation_id AS organisation_id',
        'o.name AS organisation_name',
        'u.active AS active',
        'u.must_change_password AS must_change_password',
        'u.password_changed_at AS password_changed_at',
      ])
      .from(UserEntity, 'u')
      .innerJoin('organisations', 'o', 'o.id = u.organisation_id')
      .where(scope.sql, scope.params)
      .orderBy('o.name')
      .addOrderBy('u.username')
      .getRawMany<UserRow>();
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      name: r.name,
      role: r.role,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      active: r.active,
      mustChangePassword: r.must_change_password,
      passwordChangedAt: r.password_changed_at ? new Date(r.password_changed_at).toISOString() : null,
    }));
  }

  async create(user: AuthUser, dto: CreateUserDto): Promise<{ id: string; temporaryPassword: string }> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const org = await this.organisations.findVisible(user, dto.organisationId, manager);
      const taken = await manager.getRepository(UserEntity).existsBy({ username: dto.username });
      if (taken) throw AuthErrors.usernameTaken(dto.username);
      const saved = await manager.getRepository(UserEntity).save({
        username: dto.username,
        name: dto.name.trim(),
        role: dto.role,
        organisationId: org.id,
        passwordHash,
        mustChangePassword: true,
      });
      await this.audit.record(manager, user, {
        action: 'user.create',
        entity: 'user',
        entityId: saved.id,
        organisationId: org.id,
        after: { username: dto.username, role: dto.role, organisationId: org.id },
      });
      return { id: saved.id, temporaryPassword: password };
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateUserDto): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, user, id);
      if (before.id === user.id && (dto.active === false || (dto.role && dto.role !== before.role)))
        throw AuthErrors.ownAccount();
      const organisationId = dto.organisationId
        ? (await this.organisations.findVisible(user, dto.organisationId, manager)).id
        : before.organisationId;
      const patch = {
        name: dto.name?.trim() ?? before.name,
        role: dto.role ?? before.role,
        organisationId,
        active: dto.active ?? before.active,
      };
      await manager.getRepository(UserEntity).update(id, patch);
      // A disabled account, or one whose role or organisation changed, signs in again.
      if (!patch.active || patch.role !== before.role || patch.organisationId !== before.organisationId)
        await this.endSessions(manager, id);
      await this.audit.record(manager, user, {
        action: 'user.update',
        entity: 'user',
        entityId: id,
        organisationId,
        before: { role: before.role, organisationId: before.organisationId, active: before.active },
        after: { role: patch.role, organisationId: patch.organisationId, active: patch.active },
      });
    });
    return (await this.list(user)).find((u) => u.id === id)!;
  }

  /** A new one-time password; the account's sessions end and it must change the password at sign-in. */
  async resetPassword(user: AuthUser, id: string): Promise<{ temporaryPassword: string }> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const target = await this.load(manager, user, id);
      await manager.getRepository(UserEntity).update(id, { passwordHash, mustChangePassword: true });
      await this.endSessions(manager, id);
      await this.audit.record(manager, user, {
        action: 'user.reset_password',
        entity: 'user',
        entityId: id,
        organisationId: target.organisationId,
      });
    });
    return { temporaryPassword: password };
  }

  /** The account's open sign-ins (the security administrator, in scope). */
  async sessions(user: AuthUser, id: string): Promise<SessionDto[]> {
    await this.load(this.dataSource.manager, user, id, false);
    return this.auth.sessionsOf(id);
  }

  /** 强制下线: ends every session of the account (a lost tablet, a suspected intrusion). */
  async signOut(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.load(manager, user, id);
      await this.endSessions(manager, id);
      await this.audit.record(manager, user, {
        action: 'user.sign_out',
        entity: 'user',
        entityId: id,
        organisationId: target.organisationId,
      });
    });
  }

  /** The caller's own password: the current one, then a new one by the rule and not one of the last. */
  async changeOwnPassword(user: AuthUser, dto: ChangePasswordDto): Promise<void> {
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.previousPasswordHashes'])
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    if (!(await verifyPassword(row.passwordHash, dto.current))) throw AuthErrors.currentPasswordWrong();
    const problems = passwordProblems(dto.next, user.username);
    const history = [row.passwordHash, ...row.previousPasswordHashes].slice(0, PASSWORD_HISTORY);
    for (const hash of history)
      if (await verifyPassword(hash, dto.next)) {
        problems.push(`不能与最近 ${PASSWORD_HISTORY} 次用过的密码相同`);
        break;
      }
    if (problems.length) throw AuthErrors.passwordRejected(problems);
    const passwordHash = await hashPassword(dto.next);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(user.id, {
        passwordHash,
        previousPasswordHashes: history,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
      });
      // Other sessions (another tab, a lost tablet) end; this one goes on.
      await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :id AND id <> :session AND revoked_at IS NULL', {
          id: user.id,
          session: user.sessionId,
        })
        .execute();
      await this.audit.record(manager, user, {
        action: 'user.change_password',
        entity: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
      });
    });
  }

  /** A user in the caller's scope (404 otherwise). */
  private async load(manager: EntityManager, user: AuthUser, id: string, lock = true): Promise<UserEntity> {
    const scope = orgCondition('u.organisation_id', scopeOf(user));
    const query = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :id', { id })
      .andWhere(scope.sql, scope.params);
    const row = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!row) throw CommonErrors.notFound('用户');
    return row;
  }

  private async endSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
