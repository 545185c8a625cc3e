import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 'x'.repeat(32);

describe('loadConfig', () => {
  it('when nothing is set in development, then it starts with a generated secret and a warning', () => {
    const config = loadConfig({});

    expect(config.env).toBe('development');
    expect(Buffer.byteLength(config.auth.jwtSecret)).toBeGreaterThanOrEqual(32);
    expect(config.warnings.join(' ')).toMatch(/JWT_SECRET/);
    expect(config.corsOrigins).toContain('http://localhost:5173');
  });

  it('when production has no JWT secret, then it refuses with one sentence naming it', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://meet.example' }),
    ).toThrow(new ConfigError('JWT_SECRET must be set to at least 32 bytes in production.'));
  });

  it('when production has a short JWT secret, then it refuses', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'short',
        CORS_ORIGINS: 'https://a.example',
      }),
    ).toThrow(ConfigError);
  });

  it('when production allows the * origin or none, then it refuses', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, CORS_ORIGINS: '*' }),
    ).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(
      /CORS_ORIGINS/,
    );
  });

  it('when production is configured safely, then it parses numbers and lists', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      CORS_ORIGINS: 'https://a.example, https://b.example',
      PORT: '8080',
      STUN_URLS: 'stun:one.example:3478,stun:two.example:3478',
    });

    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.ice.stunUrls).toHaveLength(2);
    expect(config.warnings).toEqual([]);
  });

  it('when a value is malformed, then the message names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ BCRYPT_COST: '4' })).toThrow(/BCRYPT_COST/);
  });

  it('when TURN URLs come without a secret, then it refuses', () => {
    expect(() => loadConfig({ TURN_URLS: 'turn:turn.example:3478' })).toThrow(/TURN_SECRET/);
  });

  it('when SERVE_SPA is unset, then the built SPA is served; false turns it off', () => {
    expect(loadConfig({}).serveSpa).toBe(true);
    expect(loadConfig({ SERVE_SPA: 'auto' }).serveSpa).toBe(true);
    expect(loadConfig({ SERVE_SPA: 'false' }).serveSpa).toBe(false);
    expect(() => loadConfig({ SERVE_SPA: 'sometimes' })).toThrow(/SERVE_SPA/);
  });
});

describe('loadConfig with a persisted development secret', () => {
  it('when development restarts without JWT_SECRET, then the same generated secret is reused', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'huddle-config-'));

    const first = loadConfig({ DATA_DIR: dataDir }, { persistDevSecret: true });
    const second = loadConfig({ DATA_DIR: dataDir }, { persistDevSecret: true });

    expect(second.auth.jwtSecret).toBe(first.auth.jwtSecret);
    expect(readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8')).toBe(first.auth.jwtSecret);
    rmSync(dataDir, { recursive: true, force: true });
  });
});
