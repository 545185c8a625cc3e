import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Logger } from '../lib/logger.js';
import type { HuddleServer } from './types.js';

/**
 * Shares rooms and broadcasts between processes through Redis pub/sub (one client publishes,
 * a second one is held in subscriber mode). Returns what closes both clients.
 */
export async function useRedisAdapter(
  io: HuddleServer,
  url: string,
  key: string,
  logger: Logger,
): Promise<() => Promise<void>> {
  const pubClient = createClient({ url });
  const subClient = pubClient.duplicate();
  for (const client of [pubClient, subClient]) {
    client.on('error', (error: Error) => logger.warn({ err: error }, 'redis client error'));
  }
  const closeClients = async () => {
    await Promise.allSettled(
      [pubClient, subClient].map((client) => (client.isOpen ? client.close() : undefined)),
    );
  };
  try {
    await Promise.all([pubClient.connect(), subClient.connect()]);
  } catch (error) {
    await closeClients();
    throw error;
  }
  io.adapter(createAdapter(pubClient, subClient, { key }));
  return closeClients;
}
