import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from './auth-user.js';

/*
 * Who may call a route is not a decorator: it is the route's rule in the one permission policy
 * (libs/contracts/src/route-policy.ts), which the global AuthGuard reads.
 */

export const API_KEY_HEADER = 'x-api-key';

export type AuthedRequest = Request & { user?: AuthUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<AuthedRequest>().user,
);
