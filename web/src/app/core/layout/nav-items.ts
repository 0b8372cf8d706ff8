import { LAYOUT_TEXTS } from './layout.texts';

export interface NavItem {
  label: string;
  icon: string;
  /** Router link; null while the section is not built yet (shown disabled). */
  link: string | null;
}

const nav = LAYOUT_TEXTS.nav;

/** The side menu, in the order the work flows through a mediation centre. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: nav.workbench, icon: 'dashboard', link: '/' },
  { label: nav.cases, icon: 'file-text', link: '/cases' },
  { label: nav.intake, icon: 'file-add', link: '/cases/new' },
  { label: nav.deadlines, icon: 'clock-circle', link: '/deadlines' },
  { label: nav.referrals, icon: 'swap', link: null },
  { label: nav.oversight, icon: 'alert', link: null },
  { label: nav.stats, icon: 'bar-chart', link: null },
  { label: nav.admin, icon: 'setting', link: null },
];
