import { randomBytes } from 'node:crypto';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDeps, type AppDeps } from '../../src/deps.js';
import { createLogger } from '../../src/lib/logger.js';

export const TEST_ORIGIN = 'http://localhost:5173';

/** This test process's own keys in the shared Redis: counts never carry over between runs. */
const REDIS_KEY_PREFIX = `huddle-test-${randomBytes(6).toString('hex')}`;

/** A test configuration: fast bcrypt, quiet logs, a fixed secret, own Redis keys; override any. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    BCRYPT_COST: '10',
    CORS_ORIGINS: TEST_ORIGIN,
    REDIS_KEY_PREFIX,
    ...overrides,
  });
}

export function testDeps(overrides: Record<string, string> = {}): AppDeps {
  const config = testConfig(overrides);
  return createDeps(config, createLogger(config.logLevel));
}

export function buildTestApp(overrides: Record<string, string> = {}) {
  const deps = testDeps(overrides);
  return { app: createApp(deps), deps };
}
