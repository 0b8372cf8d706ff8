import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from './auth-user.js';
import { AuthErrors } from './auth.errors.js';
import { LoginFailureEntity } from './login-attempt.entity.js';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import type { SessionDto } from './dto/auth.dto.js';
import { SessionEntity } from './session.entity.js';
import { readSessionToken, signSessionToken } from './session-token.js';
import { UserEntity } from './user.entity.js';

/**
 * Lockout: after `perUser` failed sign-ins of one account (or `perIp` from one address, loosely,
 * since an office may share one address) within the window, further attempts are refused until
 * the oldest of them is older than the window. A successful sign-in clears the account's count.
 */
export const LOGIN_LIMIT = { perUser: 5, perIp: 50, windowSeconds: 15 * 60 };

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: AuthUser;
}

interface SessionRow {
  session_id: string;
  id: string;
  username: string;
  name: string;
  role: AuthUser['role'];
  organisation_id: string;
  organisation_path: string;
  must_change_password: boolean;
  /** Last request over a minute ago: the idle clock is moved on (at most one write a minute). */
  stale: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(rawUsername: string, password: string, ip: string, userAgent?: string): Promise<LoginResult> {
    const username = rawUsername.trim().toLowerCase();
    await this.refuseWhenGuessing(username, ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username AND u.active', { username })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) {
      await this.dataSource.getRepository(LoginFailureEntity).insert({ username, ip });
      throw AuthErrors.invalidCredentials();
    }
    const rehashed = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(LoginFailureEntity).delete({ username });
      if (rehashed) await manager.getRepository(UserEntity).update(user.id, { passwordHash: rehashed });
      const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
      const session = await manager
        .getRepository(SessionEntity)
        .save({ userId: user.id, expiresAt, userAgent: userAgent?.slice(0, 200) || null });
      await this.audit.record(manager, user, {
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
      });
      const authUser = await this.userOfSession(session.id, manager.query.bind(manager));
      return { token: signSessionToken(this.config.secret, session.id), expiresAt, user: authUser! };
    });
  }

  async logout(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(SessionEntity).update({ id: user.sessionId }, { revokedAt: new Date() });
      await this.audit.record(manager, user, {
        action: 'auth.logout',
        entity: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
      });
    });
  }

  /** The account's open sessions (not revoked, expired or idle too long), the newest first. */
  async sessionsOf(userId: string, currentSessionId?: string): Promise<SessionDto[]> {
    const rows = await this.dataSource.query<
      { id: string; created_at: Date; last_seen_at: Date; expires_at: Date; user_agent: string | null }[]
    >(
      `SELECT id, created_at, last_seen_at, expires_at, user_agent FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
          AND last_seen_at > now() - make_interval(mins => $2)
        ORDER BY last_seen_at DESC`,
      [userId, this.config.idleMinutes],
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      userAgent: r.user_agent,
      current: r.id === currentSessionId,
    }));
  }

  /** 退出其他设备: ends every other session of the caller; this one goes on. */
  async logoutOthers(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
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
        action: 'auth.logout_others',
        entity: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
      });
    });
  }

  /** Minutes without a request after which a session ends; the web warns before. */
  get idleMinutes(): number {
    return this.config.idleMinutes;
  }

  /**
   * The user behind a token, or undefined when it is forged, expired, idle too long, revoked or the
   * user is disabled.
   */
  async authenticate(token: string): Promise<AuthUser | undefined> {
    const sessionId = readSessionToken(this.config.secret, token);
    if (!sessionId) return undefined;
    return this.userOfSession(sessionId, this.dataSource.query.bind(this.dataSource));
  }

  private async userOfSession(
    sessionId: string,
    query: (sql: string, params: unknown[]) => Promise<SessionRow[]>,
  ): Promise<AuthUser | undefined> {
    const rows = await query(
      `SELECT s.id AS session_id, u.id, u.username, u.name, u.role, u.organisation_id, o.path AS organisation_path,
              u.must_change_password, s.last_seen_at < now() - interval '1 minute' AS stale
         FROM sessions s
         JOIN users u ON u.id = s.user_id AND u.active
         JOIN organisations o ON o.id = u.organisation_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [sessionId, this.config.idleMinutes],
    );
    const row = rows[0];
    if (row?.stale) await query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [sessionId]);
    return row
      ? {
          id: row.id,
          username: row.username,
          name: row.name,
          role: row.role,
          organisationId: row.organisation_id,
          organisationPath: row.organisation_path,
          sessionId: row.session_id,
          mustChangePassword: row.must_change_password,
        }
      : undefined;
  }

  private async refuseWhenGuessing(username: string, ip: string): Promise<void> {
    const rows: { by_user: string; by_ip: string; oldest_user: Date | null; oldest_ip: Date | null }[] =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE username = $1) AS by_user,
                count(*) FILTER (WHERE ip = $2) AS by_ip,
                min(at) FILTER (WHERE username = $1) AS oldest_user,
                min(at) FILTER (WHERE ip = $2) AS oldest_ip
           FROM login_failures
          WHERE (username = $1 OR ip = $2) AND at > now() - make_interval(secs => $3)`,
        [username, ip, LOGIN_LIMIT.windowSeconds],
      );
    const { by_user, by_ip, oldest_user, oldest_ip } = rows[0]!;
    const lockedBy =
      Number(by_user) >= LOGIN_LIMIT.perUser
        ? oldest_user
        : Number(by_ip) >= LOGIN_LIMIT.perIp
          ? oldest_ip
          : undefined;
    if (lockedBy !== undefined) {
      const elapsed = lockedBy ? (Date.now() - new Date(lockedBy).getTime()) / 1000 : 0;
      throw AuthErrors.tooManyAttempts(Math.max(1, Math.ceil(LOGIN_LIMIT.windowSeconds - elapsed)));
    }
  }
}
