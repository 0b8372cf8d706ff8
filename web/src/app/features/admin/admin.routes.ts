import type { Route, Routes } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { type AdminPath, adminSection, adminSectionGuard } from './admin-sections';
import { ADMIN_TEXTS } from './admin.texts';

const titled = (page: string) => `${page} · ${LAYOUT_TEXTS.brandShort}`;

/** A page of 系统管理 (admin-sections.ts), opened only for the roles that may call one of its routes. */
function sectionRoute(path: AdminPath, loadComponent: NonNullable<Route['loadComponent']>): Route {
  const section = adminSection(path);
  return { path, title: titled(section.label), canActivate: [adminSectionGuard(section)], loadComponent };
}

/** 系统管理: the landing page with the sections of the caller's role, and one child per section. */
export const adminRoutes: Routes = [
  {
    path: '',
    // The date pickers (calendar, mediators' terms) use native Date with Chinese names and weeks from Monday.
    providers: [provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 })],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: titled(ADMIN_TEXTS.title),
        loadComponent: () => import('./admin-page').then((m) => m.AdminPage),
      },
      sectionRoute('users', () => import('./users/users-page').then((m) => m.UsersPage)),
      sectionRoute('mediators', () => import('./mediators/mediators-page').then((m) => m.MediatorsPage)),
      sectionRoute('deadline-rules', () =>
        import('./deadline-rules/deadline-rules-page').then((m) => m.DeadlineRulesPage),
      ),
      sectionRoute('seal', () => import('./seal/seal-page').then((m) => m.SealPage)),
      sectionRoute('templates', () => import('./templates/templates-page').then((m) => m.TemplatesPage)),
      sectionRoute('calendar', () => import('./calendar/calendar-page').then((m) => m.CalendarPage)),
      sectionRoute('api-keys', () => import('./api-keys/api-keys-page').then((m) => m.ApiKeysPage)),
      { path: '**', redirectTo: '' },
    ],
  },
];
