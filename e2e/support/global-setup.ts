import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startScratchServer } from '../../backend/src/db/ferretdb.js';
import { startScratchLiveKit } from '../../backend/src/media/livekitServer.js';
import { startBuiltApp, withDatabase } from './builtApp.js';

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
  const mesh = await startBuiltApp(join(ARTIFACTS_DIR, 'server.log'), {
    MONGODB_URI: uri,
    JWT_SECRET: jwtSecret,
    MEDIA_MODE: 'mesh',
  });
  const sfu = await startBuiltApp(join(ARTIFACTS_DIR, 'server-sfu.log'), {
    MONGODB_URI: uri,
    JWT_SECRET: jwtSecret,
    MEDIA_MODE: 'sfu',
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
  });
  process.env.HUDDLE_E2E_URL = mesh.baseUrl;
  // For suites that run (and kill) an app process of their own on the same database.
  process.env.HUDDLE_E2E_MONGODB_URI = uri;
  process.env.HUDDLE_E2E_SFU_URL = sfu.baseUrl;

  return async () => {
    await Promise.all([mesh.stop(), sfu.stop()]);
    await livekit.stop();
    await database.stop();
  };
}
