import type { Role } from '../api/api-types';
import { LAYOUT_TEXTS } from './layout.texts';

export interface NavItem {
  label: string;
  icon: string;
  /** Router link; null while the section is not built yet (shown disabled). */
  link: string | null;
  /** Only these roles see the entry; everyone when absent. */
  roles?: readonly Role[];
}

const nav = LAYOUT_TEXTS.nav;

/** Everyone but the court, police and petition liaisons, who cannot open cases (the API answers 404). */
const CASE_ROLES: readonly Role[] = [
  'mediator',
  'recorder',
  'director',
  'intake_clerk',
  'judicial_officer',
  'county_bureau',
  'admin',
];

/** The side menu, in the order the work flows through a mediation centre. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: nav.workbench, icon: 'dashboard', link: '/' },
  { label: nav.cases, icon: 'file-text', link: '/cases', roles: CASE_ROLES },
  { label: nav.intake, icon: 'file-add', link: '/cases/new', roles: CASE_ROLES },
  { label: nav.deadlines, icon: 'clock-circle', link: '/deadlines', roles: CASE_ROLES },
  {
    label: nav.referrals,
    icon: 'swap',
    link: '/referrals',
    roles: [
      'court_liaison',
      'police_liaison',
      'petition_liaison',
      'judicial_officer',
      'county_bureau',
      'director',
      'intake_clerk',
      'mediator',
    ],
  },
  { label: nav.oversight, icon: 'alert', link: '/oversight', roles: ['judicial_officer', 'county_bureau'] },
  {
    label: nav.stats,
    icon: 'bar-chart',
    link: '/stats',
    roles: ['director', 'judicial_officer', 'county_bureau'],
  },
  { label: nav.admin, icon: 'setting', link: null },
];

/** The entries a role sees (those without `roles` are for everyone). */
export function navItemsFor(role: Role | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
}
