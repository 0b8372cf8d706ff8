import type { Role } from './role.js';

/** The signed-in caller, as every guard, service and scope check sees it. */
export interface AuthUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  organisationId: string;
  /** Materialised path of the caller's organisation (see OrganisationEntity.path). */
  organisationPath: string;
  sessionId: string;
  /** Signed in with a temporary password: only the routes the policy allows during the change. */
  mustChangePassword?: boolean;
  /** Set when a referring body's system calls with `X-Api-Key` (no user, no session). */
  apiKeyId?: string;
}
