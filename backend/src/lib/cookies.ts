import type { CookieOptions, Request, Response } from 'express';
import type { Config } from '../config.js';

const REFRESH_COOKIE = 'huddle_refresh';
// The browser sends the refresh token to the auth routes only, never to the rest of the API.
const REFRESH_COOKIE_PATH = '/api/v1/auth';
const REFRESH_TOKEN = /^[a-f0-9]{64}$/;

function baseOptions(config: Config): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.isProduction,
    path: REFRESH_COOKIE_PATH,
  };
}

export function setRefreshCookie(res: Response, config: Config, token: string): void {
  res.cookie(REFRESH_COOKIE, token, {
    ...baseOptions(config),
    maxAge: config.auth.refreshTokenTtlDays * 86_400_000,
  });
}

export function clearRefreshCookie(res: Response, config: Config): void {
  res.clearCookie(REFRESH_COOKIE, baseOptions(config));
}

/** The refresh token from the cookie, or undefined when it is absent or not shaped like one. */
export function readRefreshCookie(req: Request): string | undefined {
  const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && REFRESH_TOKEN.test(value) ? value : undefined;
}
