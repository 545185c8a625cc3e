import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { deadline } from '../lib/deadline.js';
import type { Logger } from '../lib/logger.js';

const CONNECT_TIMEOUT_MS = 10_000;

export interface RedisAdapter {
  adapter: ReturnType<typeof createAdapter>;
  /** The publishing connection, free for ordinary commands too. */
  client: ReturnType<typeof createClient>;
  close(): Promise<void>;
}

/**
 * Shares rooms and broadcasts between processes through a Redis stream, which also keeps the
 * sessions of dropped connections so that `connectionStateRecovery` works across processes.
 * The adapter makes its own duplicates of the client for reading the stream and for pub/sub.
 */
export async function connectRedisAdapter(
  url: string,
  key: string,
  nodeTimeoutMs: number,
  logger: Logger,
): Promise<RedisAdapter> {
  const client = createClient({ url });
  client.on('error', (error: Error) => logger.warn({ err: error }, 'redis client error'));
  try {
    // node-redis retries a refused connection forever; a process that was told to use Redis
    // should rather stop with a clear message than start without it.
    await deadline(client.connect(), CONNECT_TIMEOUT_MS, 'connecting to Redis');
  } catch (error) {
    client.destroy();
    throw new Error(`Could not connect to Redis at REDIS_URL: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    adapter: createAdapter(client, {
      streamName: `${key}:stream`,
      sessionKeyPrefix: `${key}:session:`,
      channelPrefix: key,
      // How long a stream read blocks; also how long its client lingers after close.
      blockTimeInMs: 1000,
      // A frozen or dead process is dropped from the cluster once silent for nodeTimeoutMs, so
      // presence and server-side requests stop waiting for it (their own timeout is a fixed 5 s).
      heartbeatInterval: Math.max(100, Math.floor(nodeTimeoutMs / 3)),
      heartbeatTimeout: nodeTimeoutMs,
    }),
    client,
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
