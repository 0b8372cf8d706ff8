import type { Routes } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';

export const appRoutes: Routes = [
  {
    path: 'login',
    loadChildren: () => import('./features/login/login.routes').then((m) => m.loginRoutes),
  },
  {
    // Outside the shell: a temporary password must be changed before anything else is shown.
    path: 'password',
    title: '修改密码 · 调解',
    canActivate: [authGuard],
    loadComponent: () => import('./features/login/password-page').then((m) => m.PasswordPage),
  },
  {
    // Public: where the QR code on an agreement leads; no login, no shell.
    path: 'verify',
    title: '协议核验 · 调解',
    children: [
      { path: '', loadComponent: () => import('./features/verify/verify-page').then((m) => m.VerifyPage) },
      {
        path: ':code',
        loadComponent: () => import('./features/verify/verify-page').then((m) => m.VerifyPage),
      },
    ],
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        loadChildren: () => import('./features/workbench/workbench.routes').then((m) => m.workbenchRoutes),
      },
      {
        path: 'cases',
        loadChildren: () => import('./features/cases/cases.routes').then((m) => m.casesRoutes),
      },
      {
        path: 'deadlines',
        loadChildren: () => import('./features/deadlines/deadlines.routes').then((m) => m.deadlinesRoutes),
      },
      {
        path: 'referrals',
        loadChildren: () => import('./features/referrals/referrals.routes').then((m) => m.referralsRoutes),
      },
      {
        path: 'escalations',
        loadChildren: () =>
          import('./features/escalations/escalations.routes').then((m) => m.escalationsRoutes),
      },
      {
        path: 'oversight',
        loadChildren: () => import('./features/oversight/oversight.routes').then((m) => m.oversightRoutes),
      },
      {
        path: 'stats',
        loadChildren: () => import('./features/stats/stats.routes').then((m) => m.statsRoutes),
      },
      {
        path: 'admin',
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
