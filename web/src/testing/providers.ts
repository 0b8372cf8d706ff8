import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import zh from '@angular/common/locales/zh';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  type Provider,
  type EnvironmentProviders,
} from '@angular/core';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { authInterceptor } from '../app/core/auth/auth.interceptor';
import { APP_ICONS } from '../app/core/icons';

registerLocaleData(zh);

/** Stands in for pages a test navigates to but does not look at. */
@Component({ selector: 'tj-blank-page', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
export class BlankPage {}

/** The app's real HTTP, locale and UI-kit setup, with a fake backend and the given routes. */
export function provideTestApp(routes: Routes = []): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([authInterceptor])),
    provideHttpClientTesting(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: LOCALE_ID, useValue: 'zh-CN' },
    provideNzI18n(zh_CN),
    provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 }),
    provideNzIcons(APP_ICONS),
  ];
}

/** Lets pending promises and timers (router, HTTP callbacks) run. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}
