import type { Config } from './config.js';
import type { Logger } from './lib/logger.js';
import { createTokenService, type TokenService } from './services/token.service.js';

/** What the HTTP app and the realtime server are built from; tests build their own. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  tokens: TokenService;
}

export function createDeps(config: Config, logger: Logger): AppDeps {
  return { config, logger, tokens: createTokenService(config.auth) };
}
