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

  it('when production does not ask for source maps, then they are not served; asked, they are', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      CORS_ORIGINS: 'https://a.example',
    };

    expect(loadConfig(production).serveSourceMaps).toBe(false);
    expect(loadConfig({ ...production, SERVE_SOURCE_MAPS: 'true' }).serveSourceMaps).toBe(true);
    expect(loadConfig({}).serveSourceMaps).toBe(true);
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

describe('loadConfig for the media plane', () => {
  const livekit = {
    LIVEKIT_URL: 'wss://huddle.livekit.cloud',
    LIVEKIT_API_KEY: 'APIkey',
    LIVEKIT_API_SECRET: 's'.repeat(32),
  };
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: SECRET,
    CORS_ORIGINS: 'https://a.example',
  };

  it('when development sets no LiveKit, then it is the SFU with an embedded server and a cap of 100', () => {
    const config = loadConfig({});

    expect(config.media).toMatchObject({ mode: 'sfu', livekit: undefined });
    expect(config.meetings.maxParticipants).toBe(100);
  });

  it('when production sets no LiveKit, then it is the mesh, capped at 6', () => {
    const config = loadConfig(production);

    expect(config.media.mode).toBe('mesh');
    expect(config.meetings.maxParticipants).toBe(6);
  });

  it('when LIVEKIT_URL is set, then it is the SFU on that server', () => {
    const config = loadConfig({ ...production, ...livekit, LIVEKIT_TOKEN_TTL_SECONDS: '600' });

    expect(config.media).toEqual({
      mode: 'sfu',
      livekit: { url: livekit.LIVEKIT_URL, apiKey: 'APIkey', apiSecret: 's'.repeat(32) },
      tokenTtlSeconds: 600,
    });
  });

  it('when the SFU is asked for without a LiveKit outside development, then it refuses', () => {
    expect(() => loadConfig({ ...production, MEDIA_MODE: 'sfu' })).toThrow(/LIVEKIT_URL/);
    expect(() => loadConfig({ LIVEKIT_URL: livekit.LIVEKIT_URL })).toThrow(/LIVEKIT_API_KEY/);
    expect(() => loadConfig({ ...livekit, LIVEKIT_URL: 'ftp://x.example' })).toThrow(/LIVEKIT_URL/);
  });

  it('when the mesh is asked for more than 50 people, then it refuses', () => {
    expect(() => loadConfig({ MEDIA_MODE: 'mesh', MEETING_MAX_PARTICIPANTS: '60' })).toThrow(
      /MEETING_MAX_PARTICIPANTS/,
    );
    expect(loadConfig({ MEDIA_MODE: 'mesh' }).meetings.maxParticipants).toBe(6);
  });
});
