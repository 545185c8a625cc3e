import type { Config } from '../config.js';
import { consumeOrThrow, type LimiterFactory } from '../lib/rateLimiters.js';

export interface LoginThrottle {
  /** Throws 429 when this IP or this username has used up its attempts for the window. */
  begin(ip: string, username: string): Promise<void>;
  /** A successful sign-in clears the username's run of failures. */
  succeeded(username: string): Promise<void>;
}

/**
 * Attempts per IP, and consecutive failures per username. The username point is taken before
 * the password is checked, so parallel guesses cannot slip past the limit; success gives it
 * back. Both windows expire, so the real owner of an attacked name is never locked out for good.
 */
export function createLoginThrottle(
  auth: Config['auth'],
  makeLimiter: LimiterFactory,
): LoginThrottle {
  const byIp = makeLimiter({
    keyPrefix: 'login:ip',
    points: auth.loginMaxPerIp,
    durationSeconds: auth.loginWindowSeconds,
  });
  const byUsername = makeLimiter({
    keyPrefix: 'login:user',
    points: auth.loginMaxFailuresPerUsername,
    durationSeconds: auth.loginWindowSeconds,
  });

  return {
    async begin(ip, username) {
      await consumeOrThrow(byIp, ip);
      await consumeOrThrow(byUsername, username);
    },
    async succeeded(username) {
      await byUsername.delete(username);
    },
  };
}
