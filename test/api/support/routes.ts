import { servedRoutes } from '../../../api/src/modules/auth/route-policy-check.js';
import type { TestApp } from './test-app.js';

/** Every API route the app serves (method and Express path), read from the router. */
export function apiRoutes(t: TestApp): { method: string; path: string }[] {
  return servedRoutes(t.app).map((route) => {
    const [method, path] = route.split(' ') as [string, string];
    return { method, path };
  });
}
