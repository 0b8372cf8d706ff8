/** The roles of docs/api.md and their labels: one list shared with the web app (libs/contracts/src/roles.ts). */
export {
  LIAISON_ROLES,
  ROLE_LABELS,
  ROLES,
  type Role,
  SEPARATED_ADMIN_ROLES,
} from '../../../../libs/contracts/src/roles.js';
