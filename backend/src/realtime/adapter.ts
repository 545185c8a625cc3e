import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { deadline } from '../lib/deadline.js';
import type { Logger } from '../lib/logger.js';

const CONNECT_TIMEOUT_MS = 10_000;

export interface RedisAdapter {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

/**
 * Shares rooms and broadcasts between processes through Redis pub/sub (one client publishes,
 * a second one is held in subscriber mode).
 */
export async function connectRedisAdapter(
  url: string,
  key: string,
  logger: Logger,
): Promise<RedisAdapter> {
  const pubClient = createClient({ url });
  const subClient = pubClient.duplicate();
  const clients = [pubClient, subClient];
  for (const client of clients) {
    client.on('error', (error: Error) => logger.warn({ err: error }, 'redis client error'));
  }
  try {
    // node-redis retries a refused connection forever; a process that was told to use Redis
    // should rather stop with a clear message than start without it.
    await deadline(
      Promise.all(clients.map((client) => client.connect())),
      CONNECT_TIMEOUT_MS,
      'connecting to Redis',
    );
  } catch (error) {
    for (const client of clients) client.destroy();
    throw new Error(`Could not connect to Redis at REDIS_URL: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    adapter: createAdapter(pubClient, subClient, { key }),
    async close() {
      await Promise.allSettled(
        clients.map((client) => (client.isOpen ? client.close() : undefined)),
      );
    },
  };
}
