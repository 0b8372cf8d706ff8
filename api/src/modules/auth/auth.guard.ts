import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_POLICY, type RouteRule } from '../../../../libs/contracts/src/route-policy.js';
import { CommonErrors } from '../../common/errors.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthErrors } from './auth.errors.js';
import { API_KEY_HEADER, type AuthedRequest } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'tiaojie_session';

/** "METHOD /path" of the route a request reached, as the router and the policy name it (HEAD is GET). */
export function routeKey(request: Pick<AuthedRequest, 'method' | 'route'>): string {
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  return `${method} ${(request.route as { path?: string } | undefined)?.path ?? ''}`;
}

/**
 * Global guard: who may call each route is the one permission policy (libs/contracts/src/route-policy.ts):
 * public routes answer without a session; every other needs a session (or, where the policy allows, a
 * referring body's API key), and a role the route is not for gets 403 before anything is read. A route
 * the policy does not name is refused (and fails the policy test and the start, route-policy-check.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const rule: RouteRule | undefined = ROUTE_POLICY[routeKey(request)];
    // Public routes need nobody; a party's routes need the party's own session, checked by PartyGuard.
    if (rule?.who === 'public' || rule?.who === 'party') return true;
    const token =
      bearerToken(request) ?? (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const apiKey = request.headers[API_KEY_HEADER];
    const user = token
      ? await this.auth.authenticate(token)
      : typeof apiKey === 'string' && rule?.apiKey
        ? await this.apiKeys.authenticate(apiKey)
        : undefined;
    if (!user) throw CommonErrors.unauthenticated();
    request.user = user;
    if (!rule || (rule.who !== 'signed_in' && !rule.who.includes(user.role))) throw CommonErrors.forbidden();
    if (user.mustChangePassword && !rule.duringPasswordChange) throw AuthErrors.passwordChangeRequired();
    return true;
  }
}

function bearerToken(request: AuthedRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}
