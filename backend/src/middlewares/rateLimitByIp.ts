import type { RequestHandler } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrThrow } from '../lib/rateLimiters.js';

/** Counts every request to the route against the client's IP (as trust proxy resolves it). */
export function rateLimitByIp(limiter: RateLimiterAbstract): RequestHandler {
  return async (req, _res, next) => {
    await consumeOrThrow(limiter, req.ip ?? 'unknown');
    next();
  };
}
