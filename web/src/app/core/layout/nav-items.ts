import { mayCall } from '@tiaojie/contracts';
import type { Role } from '../api/api-types';
import { LAYOUT_TEXTS } from './layout.texts';

export interface NavItem {
  label: string;
  icon: string;
  /** Router link; null while the section is not built yet (shown disabled). */
  link: string | null;
  /**
   * The API routes the section is built on: only roles the permission policy lets call at least one
   * of them see the entry (libs/contracts/src/route-policy.ts, the same table the API's guard reads);
   * everyone when absent.
   */
  routes?: readonly string[];
  /** Also highlighted on the pages below its link (/admin/users); otherwise on the link itself only. */
  matchChildren?: true;
}

/**
 * The routes of the 系统管理 pages (features/admin/admin-sections.ts, whose spec keeps the two lists
 * equal): whoever may use one of them sees the entry.
 */
export const ADMIN_ROUTES: readonly string[] = [
  'GET /api/users',
  'POST /api/mediators',
  'PUT /api/deadline-rules/:id',
  'PUT /api/organisations/:id/deadline-rules/:ruleId',
  'GET /api/organisations/:id/seal-uses',
  'GET /api/organisations/:id/templates',
  'PUT /api/calendar/overrides',
  'GET /api/api-keys',
];

const nav = LAYOUT_TEXTS.nav;

/** The side menu, in the order the work flows through a mediation centre. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: nav.workbench, icon: 'dashboard', link: '/' },
  { label: nav.cases, icon: 'file-text', link: '/cases', routes: ['GET /api/cases'] },
  { label: nav.intake, icon: 'file-add', link: '/cases/new', routes: ['POST /api/cases'] },
  { label: nav.deadlines, icon: 'clock-circle', link: '/deadlines', routes: ['GET /api/cases'] },
  { label: nav.referrals, icon: 'swap', link: '/referrals', routes: ['GET /api/referrals'] },
  { label: nav.escalations, icon: 'warning', link: '/escalations', routes: ['GET /api/escalations'] },
  { label: nav.oversight, icon: 'alert', link: '/oversight', routes: ['GET /api/oversight/summary'] },
  { label: nav.stats, icon: 'bar-chart', link: '/stats', routes: ['GET /api/stats/overview'] },
  { label: nav.admin, icon: 'setting', link: '/admin', routes: ADMIN_ROUTES, matchChildren: true },
];

/** Whether `role` may call at least one of `routes` (everyone when there are none). */
export function mayCallAny(role: Role | undefined, routes: readonly string[] | undefined): boolean {
  if (!routes) return true;
  return role !== undefined && routes.some((route) => mayCall(role, route));
}

/** The entries a role sees (those without `routes` are for everyone). */
export function navItemsFor(role: Role | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => mayCallAny(role, item.routes));
}
