import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

/*
 * ng-zorro 22.1's date picker binds its own inner inputs with `ngModel` (not standalone), and
 * Angular 22 warns about that in development mode (NG01354) whenever a picker sits inside a
 * reactive form. The warning is about the library's template, not ours; keep the output readable.
 */
/* eslint-disable no-console -- this wraps the console on purpose */
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const first = args[0];
  const text = first instanceof Error ? first.message : String(first);
  if (text.includes('NG01354')) return;
  warn(...args);
};
/* eslint-enable no-console */
