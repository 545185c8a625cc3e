import type { RequestHandler } from 'express';
import { AppError } from '../errors/AppError.js';

/**
 * Refuses requests a browser sends on behalf of another site. SameSite=Strict already keeps the
 * cookie off them; this also covers browsers without SameSite. Clients that send neither
 * header (curl, server-to-server) are let through.
 */
export function sameSiteOnly(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, _res, next) => {
    const origin = req.get('origin');
    const crossOrigin = origin !== undefined && !allowed.has(origin);
    if (crossOrigin || req.get('sec-fetch-site') === 'cross-site') {
      throw new AppError(403, 'CROSS_SITE_REQUEST', 'Cross-site requests are not allowed here.');
    }
    next();
  };
}
