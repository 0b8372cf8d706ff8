import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from './auth-user.js';
import type { Role } from './role.js';

export const IS_PUBLIC = 'tiaojie:public';
export const ROLES_KEY = 'tiaojie:roles';
export const API_KEY_ALLOWED = 'tiaojie:api-key';
export const API_KEY_HEADER = 'x-api-key';

/** Marks a route that answers without a session. Every other route needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Lets a referring body's system call the route with `X-Api-Key` instead of a session. */
export const ApiKeyAllowed = () => SetMetadata(API_KEY_ALLOWED, true);

/** Limits a route to the given roles (403 for the others). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export type AuthedRequest = Request & { user?: AuthUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<AuthedRequest>().user,
);
