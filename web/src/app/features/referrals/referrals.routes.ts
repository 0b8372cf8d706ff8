import type { Routes } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { REFERRALS_TEXTS } from './referrals.texts';

const titled = (page: string) => `${page} · ${LAYOUT_TEXTS.brandShort}`;

/** 委派移交: the list (a liaison's own, the office's inbox, a committee's incoming), filing, and detail. */
export const referralsRoutes: Routes = [
  {
    path: '',
    // The form's date pickers use native Date with Chinese names and weeks from Monday.
    providers: [provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 })],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: titled(REFERRALS_TEXTS.list.title),
        loadComponent: () => import('./list/referral-list-page').then((m) => m.ReferralListPage),
      },
      {
        path: 'new',
        title: titled(REFERRALS_TEXTS.form.title),
        loadComponent: () => import('./new/referral-form-page').then((m) => m.ReferralFormPage),
      },
      {
        path: ':id',
        title: titled(REFERRALS_TEXTS.detail.title),
        loadComponent: () => import('./detail/referral-detail-page').then((m) => m.ReferralDetailPage),
      },
    ],
  },
];
