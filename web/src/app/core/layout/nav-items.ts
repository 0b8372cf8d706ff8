import { mayCall } from '@tiaojie/contracts';
import type { Role } from '../api/api-types';
import { LAYOUT_TEXTS } from './layout.texts';

export interface NavItem {
  label: string;
  icon: string;
  /** Router link; null while the section is not built yet (shown disabled). */
  link: string | null;
  /**
   * The API route the section is built on: only roles the permission policy lets call it see the
   * entry (libs/contracts/src/route-policy.ts, the same table the API's guard reads); everyone when absent.
   */
  route?: string;
}

const nav = LAYOUT_TEXTS.nav;

/** The side menu, in the order the work flows through a mediation centre. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: nav.workbench, icon: 'dashboard', link: '/' },
  { label: nav.cases, icon: 'file-text', link: '/cases', route: 'GET /api/cases' },
  { label: nav.intake, icon: 'file-add', link: '/cases/new', route: 'POST /api/cases' },
  { label: nav.deadlines, icon: 'clock-circle', link: '/deadlines', route: 'GET /api/cases' },
  { label: nav.referrals, icon: 'swap', link: '/referrals', route: 'GET /api/referrals' },
  { label: nav.escalations, icon: 'warning', link: '/escalations', route: 'GET /api/escalations' },
  { label: nav.oversight, icon: 'alert', link: '/oversight', route: 'GET /api/oversight/summary' },
  { label: nav.stats, icon: 'bar-chart', link: '/stats', route: 'GET /api/stats/overview' },
  { label: nav.admin, icon: 'setting', link: null },
];

/** The entries a role sees (those without `route` are for everyone). */
export function navItemsFor(role: Role | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.route || (role !== undefined && mayCall(role, item.route)));
}
