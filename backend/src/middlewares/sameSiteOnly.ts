import type { RequestHandler } from 'express';
import { AppError } from '../errors/AppError.js';
import { createOriginAllowlist } from '../lib/originAllowlist.js';

/**
 * Refuses requests a browser sends on behalf of another site. SameSite=Strict already keeps the
 * cookie off them; this also covers browsers without SameSite. Clients that send neither
 * header (curl, server-to-server) are let through.
 */
export function sameSiteOnly(allowedOrigins: readonly string[]): RequestHandler {
  const isAllowed = createOriginAllowlist(allowedOrigins);
  return (req, _res, next) => {
    if (!isAllowed(req.get('origin')) || req.get('sec-fetch-site') === 'cross-site') {
      throw new AppError(403, 'CROSS_SITE_REQUEST', 'Cross-site requests are not allowed here.');
    }
    next();
  };
}
