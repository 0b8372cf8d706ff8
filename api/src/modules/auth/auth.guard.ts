import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrors } from '../../common/errors.js';
import { ApiKeysService } from './api-keys.service.js';
import {
  API_KEY_ALLOWED,
  API_KEY_HEADER,
  type AuthedRequest,
  IS_PUBLIC,
  ROLES_KEY,
} from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import type { Role } from './role.js';

export const SESSION_COOKIE = 'tiaojie_session';

/** Global guard: every route needs a valid session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const token =
      bearerToken(request) ?? (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const apiKey = request.headers[API_KEY_HEADER];
    const user = token
      ? await this.auth.authenticate(token)
      : typeof apiKey === 'string' && this.reflector.getAllAndOverride<boolean>(API_KEY_ALLOWED, targets)
        ? await this.apiKeys.authenticate(apiKey)
        : undefined;
    if (!user) throw CommonErrors.unauthenticated();
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw CommonErrors.forbidden();
    return true;
  }
}

function bearerToken(request: AuthedRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}
