/**
 * The roles of docs/api.md, with their Chinese names, shared by the API (users, the guard) and the
 * web app (labels, menus). A Record over the list, so a new role fails the type check wherever it
 * has no label or no place in the policy.
 */
export const ROLES = [
  'mediator',
  'recorder',
  'director',
  'intake_clerk',
  'judicial_officer',
  'county_bureau',
  'court_liaison',
  'police_liaison',
  'petition_liaison',
  'admin',
  'security_admin',
  'audit_admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  mediator: '调解员',
  recorder: '记录员',
  director: '调委会主任',
  intake_clerk: '登记员',
  judicial_officer: '司法所工作人员',
  county_bureau: '司法局工作人员',
  court_liaison: '法院联络员',
  police_liaison: '派出所联络员',
  petition_liaison: '信访联络员',
  admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '安全审计员',
};

/**
 * 三员分立 (等保 2.0 三级): the system administrator configures the system and reads neither the audit
 * nor case content; the security administrator manages users, roles and keys; the audit administrator
 * reads the audit only.
 */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ['admin', 'security_admin', 'audit_admin'];

/** The referring bodies' liaisons: they file referrals and read their own. */
export const LIAISON_ROLES: readonly Role[] = ['court_liaison', 'police_liaison', 'petition_liaison'];
