import type { Routes } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { LAYOUT_TEXTS } from '../../core/layout/layout.texts';
import { STATS_TEXTS } from './stats.texts';

/** 统计分析: one page with the figures, charts, analysis and the monthly report. */
export const statsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: `${STATS_TEXTS.title} · ${LAYOUT_TEXTS.brandShort}`,
    // The period and report-month pickers use native Date with Chinese names and weeks from Monday.
    providers: [provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 })],
    loadComponent: () => import('./page/stats-page').then((m) => m.StatsPage),
  },
];
