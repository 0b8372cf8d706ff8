import type { Routes } from '@angular/router';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { OVERSIGHT_TEXTS } from './oversight.texts';

const titled = (page: string) => `${page} · ${LAYOUT_TEXTS.brandShort}`;

/** 督导: the judicial office's dashboard and the file review (评查). */
export const oversightRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: titled(OVERSIGHT_TEXTS.dashboard.title),
    loadComponent: () => import('./dashboard/oversight-page').then((m) => m.OversightPage),
  },
  {
    path: 'review/:caseId',
    title: titled(OVERSIGHT_TEXTS.review.title),
    loadComponent: () => import('./review/review-page').then((m) => m.ReviewPage),
  },
];
