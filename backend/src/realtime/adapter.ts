import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { deadline } from '../lib/deadline.js';
import type { Logger } from '../lib/logger.js';
import { createLiveness, type Liveness } from './liveness.js';

const CONNECT_TIMEOUT_MS = 10_000;

export interface RedisAdapter {
  adapter: ReturnType<typeof createAdapter>;
  /** The publishing connection, free for ordinary commands too. */
  client: ReturnType<typeof createClient>;
  /** Which processes are alive: what the adapter waits for, and what presence reaps. */
  liveness: Liveness;
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
  const liveness = createLiveness(client, key, nodeTimeoutMs);
  const streams = createAdapter(client, {
    streamName: `${key}:stream`,
    sessionKeyPrefix: `${key}:session:`,
    channelPrefix: key,
    // How long a stream read blocks; also how long its client lingers after close.
    blockTimeInMs: 1000,
  });
  return {
    // A function, not an arrow: Socket.IO calls it with `new`, which takes the object it returns.
    adapter: function countingLiveProcesses(namespace: Parameters<typeof streams>[0]) {
      const adapter = streams(namespace);
      // The streams adapter (0.3) counts the processes subscribed to its channel, and a frozen
      // process stays subscribed: every request (who is in a meeting, fetchSockets) then waits
      // its full 5 s for an answer that never comes. It has no heartbeat of its own (its
      // heartbeat options are ignored), so it counts the processes whose heartbeat is alive.
      const subscribed = adapter.serverCount.bind(adapter);
      adapter.serverCount = () => liveness.countAlive().catch(subscribed);
      return adapter;
    },
    client,
    liveness,
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
