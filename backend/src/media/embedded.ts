import { resolve } from 'node:path';
import { repoRoot } from '../config.js';
import type { Logger } from '../lib/logger.js';
import { startLiveKit, type LiveKitServer } from './livekitServer.js';

export class NoMediaServerError extends Error {}

/** The zero-configuration SFU for development: LiveKit on loopback, its files under DATA_DIR. */
export async function startEmbeddedLiveKit(
  dataDir: string,
  logger: Logger,
): Promise<LiveKitServer> {
  logger.info('starting LiveKit (the first run builds it, about five CPU-minutes)');
  try {
    const server = await startLiveKit(resolve(repoRoot, dataDir, 'livekit'));
    logger.info({ url: server.url }, 'LiveKit started');
    return server;
  } catch (error) {
    throw new NoMediaServerError(
      `No SFU is available (${(error as Error).message.trim()}). Set LIVEKIT_URL, ` +
        'LIVEKIT_API_KEY and LIVEKIT_API_SECRET to a LiveKit server or LiveKit Cloud project, ' +
        'install Go so that Huddle can build LiveKit, or set MEDIA_MODE=mesh.',
    );
  }
}
