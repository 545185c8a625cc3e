import { createClient } from 'redis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { tooManyRequests, type AppError } from '../errors/AppError.js';
import type { Logger } from './logger.js';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

export interface LimiterStore {
  makeLimiter: LimiterFactory;
  /** Closes the Redis connection, if there is one. */
  close(): Promise<void>;
}

/**
 * Where rate limits count: in memory, or in Redis when REDIS_URL is set so that every process
 * behind the load balancer shares the counts. Each limiter made keeps its own counts.
 */
export function createLimiterStore(config: Config, logger: Logger): LimiterStore {
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  const makeLimiter: LimiterFactory = ({ keyPrefix, points, durationSeconds }) => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
    if (!redis) return memory;
    // While Redis is unreachable each process falls back to counting on its own.
    return new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      keyPrefix: `${config.redisKeyPrefix}:${keyPrefix}`,
      points,
      duration: durationSeconds,
      insuranceLimiter: memory,
    });
  };
  return {
    makeLimiter,
    async close() {
      if (redis?.isOpen) await redis.close();
    },
  };
}

function connectRedis(url: string, logger: Logger) {
  // Without the offline queue a command fails at once when Redis is down (and the insurance
  // limiter answers) instead of waiting for a reconnection while the request hangs.
  const client = createClient({ url, disableOfflineQueue: true });
  let healthy = true;
  client.on('error', (error: Error) => {
    if (healthy) logger.warn({ reason: error.message }, 'rate limit store unavailable');
    healthy = false;
  });
  client.on('ready', () => {
    healthy = true;
  });
  client.connect().catch(() => undefined);
  return client;
}

export type Consumed = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Consumes a point for `key`; when none is left, says how many seconds until the next one. */
export async function tryConsume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}

/**
 * Consumes a point for `key`, or throws `refuse(seconds until the next point)`: by default
 * 429 TOO_MANY_REQUESTS with a Retry-After.
 */
export async function consumeOrThrow(
  limiter: RateLimiterAbstract,
  key: string,
  refuse: (retryAfterSeconds: number) => AppError = tooManyRequests,
): Promise<void> {
  const consumed = await tryConsume(limiter, key);
  if (!consumed.ok) throw refuse(consumed.retryAfterSeconds);
}
