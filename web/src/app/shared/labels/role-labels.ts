import { ROLE_LABELS } from '@tiaojie/contracts';
import type { Role } from '../../core/api/api-types';

/** Chinese names of the roles: one list with the API's (libs/contracts/src/roles.ts). */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
