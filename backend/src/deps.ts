import type { Config } from './config.js';
import { createLimiterStore, type LimiterFactory } from './lib/rateLimiters.js';
import type { Logger } from './lib/logger.js';
import { createTokenService, type TokenService } from './services/token.service.js';

/** What the HTTP app and the realtime server are built from; tests build their own. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  tokens: TokenService;
  makeLimiter: LimiterFactory;
  /** Releases what the dependencies hold open (the rate-limit Redis connection). */
  close(): Promise<void>;
}

export function createDeps(config: Config, logger: Logger): AppDeps {
  const limiters = createLimiterStore(config, logger);
  return {
    config,
    logger,
    tokens: createTokenService(config.auth),
    makeLimiter: limiters.makeLimiter,
    close: limiters.close,
  };
}
