import type { Routes } from '@angular/router';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { ESCALATIONS_TEXTS } from './escalations.texts';

export const escalationsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: `${ESCALATIONS_TEXTS.title} · ${LAYOUT_TEXTS.brandShort}`,
    loadComponent: () => import('./escalations-page').then((m) => m.EscalationsPage),
  },
];
