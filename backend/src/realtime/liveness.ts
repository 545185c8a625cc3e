import { randomUUID } from 'node:crypto';
import type { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

/**
 * Which server processes are alive: each keeps a key in Redis that expires `timeoutMs` after its
 * last beat (SIGKILL, a crash, a lost machine, a SIGSTOP). The one liveness of the cluster: the
 * adapter counts only these processes when it waits for answers (who is in a meeting, a
 * socket's whereabouts), and presence reaps the participants of the others.
 */
export interface Liveness {
  readonly serverId: string;
  /** How often to beat: a few beats fit in the timeout, so one late beat is not a death. */
  readonly intervalMs: number;
  /** Marks this process alive; resolves false when its key had expired (others took it for dead). */
  beat(): Promise<boolean>;
  /** This process and every other whose key has not expired. */
  countAlive(): Promise<number>;
  /** The processes that beat once and whose key has expired since. */
  dead(): Promise<string[]>;
  /** Forgets a process (reaped, or this one closing). */
  forget(serverId: string): Promise<void>;
}

export function createLiveness(redis: RedisClient, prefix: string, timeoutMs: number): Liveness {
  const serverId = randomUUID();
  const servers = `${prefix}:presence:servers`;
  const alive = (id: string) => `${prefix}:presence:alive:${id}`;
  let beaten = false;

  const others = async () => (await redis.sMembers(servers)).filter((id) => id !== serverId);

  return {
    serverId,
    intervalMs: Math.max(100, Math.floor(timeoutMs / 4)),
    async beat() {
      const previous = await redis.set(alive(serverId), '1', {
        expiration: { type: 'PX', value: timeoutMs },
        GET: true,
      });
      await redis.sAdd(servers, serverId);
      const lapsed = beaten && previous === null;
      beaten = true;
      return !lapsed;
    },
    async countAlive() {
      const ids = await others();
      return 1 + (ids.length > 0 ? await redis.exists(ids.map(alive)) : 0);
    },
    async dead() {
      const ids = await others();
      const flags = await Promise.all(ids.map((id) => redis.exists(alive(id))));
      return ids.filter((_, i) => flags[i] === 0);
    },
    async forget(id) {
      await Promise.all([redis.del(alive(id)), redis.sRem(servers, id)]);
    },
  };
}
