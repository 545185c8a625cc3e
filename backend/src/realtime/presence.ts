import { randomUUID } from 'node:crypto';
import type { createClient } from 'redis';
import type { AppDeps } from '../deps.js';
import { roomFor } from './rooms.js';
import type { HuddleServer } from './types.js';

type RedisClient = ReturnType<typeof createClient>;

/** Who is in a meeting on this process, kept where the other processes can see it. */
export interface Presence {
  joined(socketId: string, meetingCode: string, activityId?: string): void;
  left(socketId: string): void;
  close(): Promise<void>;
}

interface Member {
  code: string;
  activityId?: string;
}

const HEARTBEAT_MS = 1000;
// A process silent this long is dead: participants vanish from the others' screens within
// ALIVE_TTL_MS + HEARTBEAT_MS of its death.
const ALIVE_TTL_MS = 4000;

/** Without Redis there is one process: its members leave through their own disconnects. */
export const singleProcessPresence: Presence = {
  joined: () => undefined,
  left: () => undefined,
  close: async () => undefined,
};

/**
 * Each process keeps its meeting members in a Redis hash and a heartbeat key that expires when
 * it stops beating (SIGKILL, a crash, a lost machine). The surviving processes notice the
 * expired heartbeat, and one of them tells each meeting that the dead process's participants
 * left and records their leaving, then forgets that process.
 */
export function startPresence(
  io: HuddleServer,
  redis: RedisClient,
  prefix: string,
  deps: AppDeps,
): Presence {
  const serverId = randomUUID();
  const servers = `${prefix}:presence:servers`;
  const alive = (id: string) => `${prefix}:presence:alive:${id}`;
  const members = (id: string) => `${prefix}:presence:members:${id}`;
  const reaping = (id: string) => `${prefix}:presence:reaping:${id}`;
  const quietly = (what: string) => (error: unknown) =>
    deps.logger.warn({ err: error }, `presence: ${what} failed`);

  const beat = async () => {
    await redis.set(alive(serverId), '1', { expiration: { type: 'PX', value: ALIVE_TTL_MS } });
    await redis.sAdd(servers, serverId);
  };

  const reap = async (deadId: string) => {
    const claimed = await redis.set(reaping(deadId), serverId, {
      condition: 'NX',
      expiration: { type: 'PX', value: ALIVE_TTL_MS },
    });
    if (!claimed) return;
    const left = await redis.hGetAll(members(deadId));
    for (const [socketId, json] of Object.entries(left)) {
      const member = JSON.parse(json) as Member;
      io.to(roomFor(member.code)).emit('participant:left', { id: socketId });
      if (member.activityId) void deps.leaves.record(member.activityId);
    }
    await redis.del(members(deadId));
    await redis.sRem(servers, deadId);
    deps.logger.warn(
      { serverId: deadId, members: Object.keys(left).length },
      'reaped a dead process',
    );
  };

  const findDead = async () => {
    const ids = await redis.sMembers(servers);
    for (const id of ids) {
      if (id !== serverId && !(await redis.exists(alive(id)))) await reap(id);
    }
  };

  void beat().catch(quietly('heartbeat'));
  const timer = setInterval(() => {
    void beat().then(findDead).catch(quietly('heartbeat'));
  }, HEARTBEAT_MS);
  timer.unref();

  return {
    joined(socketId, code, activityId) {
      const member: Member = { code, ...(activityId ? { activityId } : {}) };
      void redis.hSet(members(serverId), socketId, JSON.stringify(member)).catch(quietly('join'));
    },
    left(socketId) {
      void redis.hDel(members(serverId), socketId).catch(quietly('leave'));
    },
    async close() {
      clearInterval(timer);
      await Promise.allSettled([
        redis.del([members(serverId), alive(serverId)]),
        redis.sRem(servers, serverId),
      ]);
    },
  };
}
