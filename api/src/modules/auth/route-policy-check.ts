import type { NestExpressApplication } from '@nestjs/platform-express';
import { ROUTE_POLICY } from '../../../../libs/contracts/src/route-policy.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every API route the app serves ("METHOD /path", as the router and the policy name it). */
export function servedRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  return express.router.stack
    .filter((layer) => layer.route?.path.startsWith('/api/') && !layer.route.path.startsWith('/api/docs'))
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
    );
}

/**
 * Refuses to start when a route has no rule in the permission policy (the guard would refuse every
 * call to it): a new route is not reachable until the policy says who may call it.
 */
export function assertEveryRouteHasRule(app: NestExpressApplication): void {
  const missing = servedRoutes(app).filter((route) => !(route in ROUTE_POLICY));
  if (missing.length)
    throw new Error(`routes without a rule in libs/contracts/src/route-policy.ts: ${missing.join(', ')}`);
}
