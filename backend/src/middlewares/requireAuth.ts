import type { Request, RequestHandler } from 'express';
import { unauthorized } from '../errors/AppError.js';
import type { AccessClaims, TokenService } from '../services/token.service.js';

const BEARER = /^Bearer\s+(\S{1,4096})$/i;

/** Lets the request through only with a valid access token, whose claims it puts on `req.auth`. */
export function requireAuth(tokens: TokenService): RequestHandler {
  return (req, _res, next) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    if (!token) throw unauthorized();
    req.auth = tokens.verifyAccessToken(token);
    next();
  };
}

/** The caller's identity on a route behind requireAuth. */
export function authOf(req: Request): AccessClaims {
  if (!req.auth) throw unauthorized();
  return req.auth;
}
