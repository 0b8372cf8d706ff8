import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** HSTS max-age: one year. No includeSubDomains: sibling hosts of the deployment are not ours to force. */
export const HSTS_MAX_AGE = 365 * 24 * 3600;

/**
 * Security headers of every answer (pages, assets, API, errors), see docs/security.md.
 * Scripts only from the app's own origin: the production build has no inline script.
 * Angular and ng-zorro insert component styles at run time, so styles keep 'unsafe-inline'.
 */
function headers(overTls: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        // The template preview shows its PDF, fetched by the page, in an iframe from a blob: URL.
        'frame-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Only over TLS: on a plain-HTTP intranet address it would send the browser to a port with no TLS.
        ...(overTls ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers ignore HSTS over plain HTTP; send it only where it means something.
    strictTransportSecurity: overTls ? { maxAge: HSTS_MAX_AGE, includeSubDomains: false } : false,
  }) as RequestHandler;
}

/** Picks the header set by whether this request arrived over TLS (directly or via a trusted proxy). */
export function securityHeaders(): RequestHandler {
  const plain = headers(false);
  const tls = headers(true);
  return (req: Request, res: Response, next: NextFunction) => (req.secure ? tls : plain)(req, res, next);
}
