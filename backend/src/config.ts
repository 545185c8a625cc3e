import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: config.ts lives in backend/src (dev) or backend/dist (built). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const list = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** `auto` (the default) serves the built SPA whenever frontend/dist exists; false turns it off. */
const spaSwitch = z
  .enum(['auto', 'true', 'false', '1', '0'])
  .default('auto')
  .transform((value) => value !== 'false' && value !== '0');

/** Unset (undefined) lets the code choose a default that depends on the environment. */
const optionalFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1'));

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  MONGODB_URI: optionalText,
  DATA_DIR: z.string().min(1).default('.data'),
  DB_TIMEOUT_MS: z.coerce.number().int().min(200).max(60_000).default(2000),
  DB_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  JWT_SECRET: optionalText,
  JWT_ISSUER: z.string().min(1).default('huddle'),
  JWT_AUDIENCE: z.string().min(1).default('huddle-web'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(2).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  BCRYPT_COST: z.coerce.number().int().min(10).max(15).default(12),
  CORS_ORIGINS: list,
  LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_MAX_FAILURES_PER_USERNAME: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  REGISTER_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
  REGISTER_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  REDIS_URL: optionalText,
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('huddle'),
  CLUSTER_NODE_TIMEOUT_MS: z.coerce.number().int().min(300).max(60_000).default(4000),
  MEETING_MAX_PARTICIPANTS: z.coerce.number().int().min(2).max(1000).optional(),
  MEDIA_MODE: z.enum(['sfu', 'mesh']).optional(),
  LIVEKIT_URL: z
    .url({ protocol: /^(wss?|https?)$/, error: 'must be a ws://, wss://, http:// or https:// URL' })
    .optional(),
  LIVEKIT_API_KEY: optionalText,
  LIVEKIT_API_SECRET: optionalText,
  // Only for connecting: LiveKit renews a connected participant's token itself, and a browser the
  // SFU dropped asks Huddle for a new one (media:token). Short, so that a removed participant's
  // token soon stops opening the room.
  LIVEKIT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(30),
  STUN_URLS: list,
  TURN_URLS: list,
  TURN_SECRET: optionalText,
  TURN_TTL_SECONDS: z.coerce.number().int().min(60).max(604_800).default(86_400),
  SOCKET_EVENTS_PER_SECOND: z.coerce.number().int().min(1).default(50),
  SOCKET_EVENTS_BURST: z.coerce.number().int().min(1).default(200),
  SOCKET_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(100),
  SOCKET_CONNECTIONS_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
  CHAT_MESSAGES_PER_IP: z.coerce.number().int().min(1).default(200),
  CHAT_MESSAGES_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
  MEETING_LOOKUPS_PER_IP: z.coerce.number().int().min(1).default(60),
  MEETING_LOOKUPS_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  SERVE_SPA: spaSwitch,
  SERVE_SOURCE_MAPS: optionalFlag,
  SOCKET_RECOVERY_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  WRITE_BATCH_MAX: z.coerce.number().int().min(1).max(10_000).default(500),
  WRITE_QUEUE_MAX: z.coerce.number().int().min(1).default(5000),
  WRITE_IN_FLIGHT: z.coerce.number().int().min(1).max(16).default(3),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

const DEFAULT_MAX_PARTICIPANTS = { sfu: 100, mesh: 6 } as const;
/** Every browser of a mesh sends its media to every other: past this it cannot work. */
const MESH_MAX_PARTICIPANTS = 50;

const DEV_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:3000',
  'http://127.0.0.1:3000',
];

export type Config = ReturnType<typeof buildConfig>;

export class ConfigError extends Error {}

function buildConfig(env: z.infer<typeof envSchema>, options: LoadOptions) {
  const isProduction = env.NODE_ENV === 'production';
  const corsOrigins = env.CORS_ORIGINS.length > 0 ? env.CORS_ORIGINS : DEV_ORIGINS;
  let jwtSecret = env.JWT_SECRET;
  const warnings: string[] = [];

  if (isProduction) {
    if (!jwtSecret || Buffer.byteLength(jwtSecret) < 32) {
      throw new ConfigError('JWT_SECRET must be set to at least 32 bytes in production.');
    }
    if (env.CORS_ORIGINS.length === 0 || env.CORS_ORIGINS.includes('*')) {
      throw new ConfigError(
        'CORS_ORIGINS must list the exact origins of the web app in production (never *).',
      );
    }
  } else if (env.CORS_ORIGINS.includes('*')) {
    throw new ConfigError('CORS_ORIGINS cannot be * because the API uses credentials.');
  }
  if (jwtSecret && Buffer.byteLength(jwtSecret) < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 bytes.');
  }
  if (!jwtSecret && options.persistDevSecret) {
    // Kept on disk so that `tsx watch` restarts do not sign every developer out.
    jwtSecret = readOrCreateDevSecret(resolve(repoRoot, env.DATA_DIR, 'dev-jwt-secret'));
    warnings.push(`JWT_SECRET is not set: using a development secret kept in ${env.DATA_DIR}/.`);
  }
  if (!jwtSecret) {
    jwtSecret = randomBytes(48).toString('hex');
    warnings.push('JWT_SECRET is not set: using a random one, so sessions end at each restart.');
  }
  if (env.TURN_URLS.length > 0 && !env.TURN_SECRET) {
    throw new ConfigError('TURN_SECRET must be set when TURN_URLS is set.');
  }

  const media = mediaConfig(env);
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    warnings,
    db: {
      uri: env.MONGODB_URI,
      dataDir: env.DATA_DIR,
      timeoutMs: env.DB_TIMEOUT_MS,
      maxPoolSize: env.DB_MAX_POOL_SIZE,
    },
    writes: {
      maxBatchDocs: env.WRITE_BATCH_MAX,
      maxQueuedDocs: env.WRITE_QUEUE_MAX,
      maxInFlight: env.WRITE_IN_FLIGHT,
    },
    auth: {
      jwtSecret,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      refreshReuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
      bcryptCost: env.BCRYPT_COST,
      loginMaxPerIp: env.LOGIN_MAX_PER_IP,
      loginMaxFailuresPerUsername: env.LOGIN_MAX_FAILURES_PER_USERNAME,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS,
      registerMaxPerIp: env.REGISTER_MAX_PER_IP,
      registerWindowSeconds: env.REGISTER_WINDOW_SECONDS,
    },
    corsOrigins,
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    clusterNodeTimeoutMs: env.CLUSTER_NODE_TIMEOUT_MS,
    media,
    meetings: {
      maxParticipants: env.MEETING_MAX_PARTICIPANTS ?? DEFAULT_MAX_PARTICIPANTS[media.mode],
      lookupsPerIp: env.MEETING_LOOKUPS_PER_IP,
      lookupsWindowSeconds: env.MEETING_LOOKUPS_WINDOW_SECONDS,
    },
    ice: {
      stunUrls: env.STUN_URLS,
      turnUrls: env.TURN_URLS,
      turnSecret: env.TURN_SECRET,
      turnTtlSeconds: env.TURN_TTL_SECONDS,
    },
    socket: {
      eventsPerSecond: env.SOCKET_EVENTS_PER_SECOND,
      eventsBurst: env.SOCKET_EVENTS_BURST,
      recoveryMs: env.SOCKET_RECOVERY_SECONDS * 1000,
      connectionsPerIp: env.SOCKET_CONNECTIONS_PER_IP,
      connectionsWindowSeconds: env.SOCKET_CONNECTIONS_WINDOW_SECONDS,
      chatMessagesPerIp: env.CHAT_MESSAGES_PER_IP,
      chatMessagesWindowSeconds: env.CHAT_MESSAGES_WINDOW_SECONDS,
    },
    serveSpa: env.SERVE_SPA,
    serveSourceMaps: env.SERVE_SOURCE_MAPS ?? !isProduction,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}

/**
 * The media plane: an SFU (LiveKit) when one is configured, and in development, where an
 * embedded LiveKit is started when LIVEKIT_URL is unset; otherwise the browser-to-browser mesh.
 */
function mediaConfig(env: z.infer<typeof envSchema>) {
  const isDevelopment = env.NODE_ENV === 'development';
  const mode = env.MEDIA_MODE ?? (env.LIVEKIT_URL || isDevelopment ? 'sfu' : 'mesh');
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = env;
  if (url && (!apiKey || !apiSecret)) {
    throw new ConfigError('LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set with LIVEKIT_URL.');
  }
  if (mode === 'sfu' && !url && !isDevelopment) {
    throw new ConfigError(
      'MEDIA_MODE=sfu needs LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET (or MEDIA_MODE=mesh).',
    );
  }
  if (mode === 'mesh' && (env.MEETING_MAX_PARTICIPANTS ?? 0) > MESH_MAX_PARTICIPANTS) {
    throw new ConfigError(
      `MEETING_MAX_PARTICIPANTS can be at most ${MESH_MAX_PARTICIPANTS} with MEDIA_MODE=mesh.`,
    );
  }
  return {
    mode,
    /** Unset in development means "start an embedded LiveKit". */
    livekit: url && apiKey && apiSecret ? { url, apiKey, apiSecret } : undefined,
    tokenTtlSeconds: env.LIVEKIT_TOKEN_TTL_SECONDS,
  };
}

/** Parses an environment (process.env by default) into the app's typed configuration. */
export interface LoadOptions {
  /** Development only: keep a generated JWT secret under DATA_DIR instead of a new one per start. */
  persistDevSecret?: boolean;
}

export function loadConfig(
  env: Record<string, string | undefined> = readProcessEnv(),
  options: LoadOptions = {},
): Config {
  // An empty value (`PORT=` in .env) means "use the default", as an unset one does.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}.`);
  }
  return buildConfig(parsed.data, options);
}

function readProcessEnv(): Record<string, string | undefined> {
  const envFile = `${repoRoot}.env`;
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return process.env;
}

function readOrCreateDevSecret(file: string): string {
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (Buffer.byteLength(stored) >= 32) return stored;
  }
  const secret = randomBytes(48).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
