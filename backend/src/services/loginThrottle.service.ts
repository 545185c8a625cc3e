import type { Config } from '../config.js';
import { tryConsume, type Consumed, type LimiterFactory } from '../lib/rateLimiters.js';

export interface LoginThrottle {
  /** Takes an attempt; refused when this IP or this username has used up the window's. */
  begin(ip: string, username: string): Promise<Consumed>;
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
      const byIpConsumed = await tryConsume(byIp, ip);
      if (!byIpConsumed.ok) return byIpConsumed;
      return tryConsume(byUsername, username);
    },
    async succeeded(username) {
      await byUsername.delete(username);
    },
  };
}
