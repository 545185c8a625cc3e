import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { startScratchServer } from '../../backend/src/db/ferretdb.js';
import { startScratchLiveKit } from '../../backend/src/media/livekitServer.js';

const root = resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS_DIR = join(root, 'e2e', 'artifacts');

/**
 * Starts the BUILT app (backend/dist serving frontend/dist) twice on free loopback ports, against
 * a database of its own on MONGODB_URI's server when set (otherwise on one started here): with
 * media in a mesh (HUDDLE_E2E_URL, every suite's default) and through a LiveKit server started
 * here (HUDDLE_E2E_SFU_URL, for the suites that `test.use` it).
 */
export default async function globalSetup() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const database = await startScratchServer(process.env.MONGODB_URI);
  const livekit = await startScratchLiveKit();
  const uri = withDatabase(database.uri, `huddle_e2e_${randomBytes(4).toString('hex')}`);
  const jwtSecret = randomBytes(32).toString('hex');
  const mesh = await startApp('server', {
    MONGODB_URI: uri,
    JWT_SECRET: jwtSecret,
    MEDIA_MODE: 'mesh',
  });
  const sfu = await startApp('server-sfu', {
    MONGODB_URI: uri,
    JWT_SECRET: jwtSecret,
    MEDIA_MODE: 'sfu',
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
  });
  process.env.HUDDLE_E2E_URL = mesh.baseUrl;
  process.env.HUDDLE_E2E_SFU_URL = sfu.baseUrl;

  return async () => {
    await Promise.all([mesh.stop(), sfu.stop()]);
    await livekit.stop();
    await database.stop();
  };
}

/** One app process; its log goes to e2e/artifacts/NAME.log. */
async function startApp(name: string, env: Record<string, string>) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(join(ARTIFACTS_DIR, `${name}.log`), 'w');
  const server = spawn(process.execPath, [join(root, 'backend', 'dist', 'server.js')], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      CORS_ORIGINS: baseUrl,
      SERVE_SPA: 'true',
      BCRYPT_COST: '10',
      LOGIN_MAX_PER_IP: '1000',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  await waitUntilReady(baseUrl, server, name);
  const stop = () =>
    new Promise<void>((done) => {
      if (server.exitCode !== null) return done();
      server.once('exit', () => done());
      server.kill('SIGTERM');
    });
  return { baseUrl, stop };
}

function withDatabase(uri: string, dbName: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?[^?]*(\?.*)?$/.exec(uri);
  if (!match) throw new Error('MONGODB_URI is not a mongodb:// URI');
  return `${match[1]}/${dbName}${match[2] ?? ''}`;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(
  baseUrl: string,
  server: ReturnType<typeof spawn>,
  name: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the app exited with code ${server.exitCode}; see e2e/artifacts/${name}.log`);
    }
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`the app did not become ready within 60 s; see e2e/artifacts/${name}.log`);
}
