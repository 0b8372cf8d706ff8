import type { Routes } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { AGREEMENTS_TEXTS } from '../agreements/agreements.texts';
import { CASES_TEXTS } from './cases.texts';

const titled = (page: string) => `${page} · ${LAYOUT_TEXTS.brandShort}`;

/** 纠纷案件: list, registration, detail, session record, and the case's agreements. Each page loads on first use. */
export const casesRoutes: Routes = [
  {
    path: '',
    // Date pickers (registration, sessions, the list's date range) use native Date with Chinese
    // names and weeks from Monday; provided here so the adapter stays out of the initial bundle.
    providers: [provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 })],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: titled(CASES_TEXTS.list.title),
        loadComponent: () => import('./list/case-list-page').then((m) => m.CaseListPage),
      },
      {
        path: 'new',
        title: titled(CASES_TEXTS.form.title),
        loadComponent: () => import('./new/case-form-page').then((m) => m.CaseFormPage),
      },
      {
        path: ':id',
        title: titled(CASES_TEXTS.detail.title),
        loadComponent: () => import('./detail/case-detail-page').then((m) => m.CaseDetailPage),
      },
      {
        path: ':id/sessions/new',
        title: titled(CASES_TEXTS.session.title),
        loadComponent: () => import('./session/session-form-page').then((m) => m.SessionFormPage),
      },
      {
        path: ':id/agreements/new',
        title: titled(AGREEMENTS_TEXTS.editor.newTitle),
        loadComponent: () =>
          import('../agreements/editor/agreement-editor-page').then((m) => m.AgreementEditorPage),
      },
      {
        path: ':id/agreements/:agreementId',
        title: titled(AGREEMENTS_TEXTS.editor.title),
        loadComponent: () =>
          import('../agreements/editor/agreement-editor-page').then((m) => m.AgreementEditorPage),
      },
      {
        path: ':id/agreements/:agreementId/sign',
        title: titled(AGREEMENTS_TEXTS.signing.title),
        loadComponent: () => import('../agreements/signing/signing-page').then((m) => m.SigningPage),
      },
    ],
  },
];
