import type { NextFunction, Request, Response } from 'express';
import { sendError } from '../../common/exception.filter.js';
import { API_KEY_HEADER } from './auth.decorators.js';
import { AuthErrors } from './auth.errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence behind the SameSite=Strict cookie (docs/security.md): a change that a browser
 * says comes from another site is refused with 403. Requests with a bearer token or an API key
 * are exempt: a page on another site cannot add those headers without a CORS preflight, which
 * the API never grants. Clients that send neither Sec-Fetch-Site nor Origin are not browsers.
 */
export function rejectCrossSiteWrites(publicUrl: string) {
  const publicOrigin = new URL(publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method) || carriesOwnCredentials(req) || !isCrossSite(req, publicOrigin)) {
      next();
      return;
    }
    sendError(AuthErrors.crossSite(), req, res);
  };
}

function carriesOwnCredentials(req: Request): boolean {
  return Boolean(req.headers.authorization?.startsWith('Bearer ') || req.headers[API_KEY_HEADER]);
}

function isCrossSite(req: Request, publicOrigin: string): boolean {
  const site = req.headers['sec-fetch-site'];
  // `none`: typed or bookmarked by the user; `same-site` is a sibling host, which is not us.
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  return origin !== publicOrigin && origin !== `${req.protocol}://${req.get('host') ?? ''}`;
}
