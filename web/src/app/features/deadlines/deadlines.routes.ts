import type { Routes } from '@angular/router';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { DEADLINES_TEXTS } from './deadlines.texts';

export const deadlinesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: `${DEADLINES_TEXTS.title} · ${LAYOUT_TEXTS.brandShort}`,
    loadComponent: () => import('./deadlines-page').then((m) => m.DeadlinesPage),
  },
];
