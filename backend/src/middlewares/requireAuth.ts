import type { Request, RequestHandler } from 'express';
import { unauthorized } from '../errors/AppError.js';
import type { AccessClaims, AccessTokenService } from '../services/accessToken.service.js';
import { tokenVersionOf } from '../services/user.service.js';

const BEARER = /^Bearer\s+(\S{1,4096})$/i;

/**
 * Lets the request through only with a valid access token of a user who still exists, issued
 * since their last password change (its token version is current); puts its claims on `req.auth`.
 */
export function requireAuth(tokens: AccessTokenService): RequestHandler {
  return async (req, _res, next) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    if (!token) throw unauthorized();
    const claims = tokens.verifyAccessToken(token);
    if (!claims) throw unauthorized('The access token is invalid or expired.');
    if ((await tokenVersionOf(claims.userId)) !== (claims.tokenVersion ?? 0)) {
      throw unauthorized('The access token is no longer valid. Please sign in again.');
    }
    req.auth = claims;
    next();
  };
}

/** The caller's identity on a route behind requireAuth. */
export function authOf(req: Request): AccessClaims {
  if (!req.auth) throw unauthorized();
  return req.auth;
}
