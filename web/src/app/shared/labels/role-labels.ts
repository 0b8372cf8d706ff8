import type { Role } from '../../core/api/api-types';

/** Chinese names of the roles; a Record over the enum so a new role fails the type check. */
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
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
