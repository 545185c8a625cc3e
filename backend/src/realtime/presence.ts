import type { createClient } from 'redis';
import type { AppDeps } from '../deps.js';
import type { Liveness } from './liveness.js';
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

/** Without Redis there is one process: its members leave through their own disconnects. */
export const singleProcessPresence: Presence = {
  joined: () => undefined,
  left: () => undefined,
  close: async () => undefined,
};

/**
 * Each process keeps its meeting members in a Redis hash and beats (`liveness`) until it stops
 * (SIGKILL, a crash, a lost machine, a freeze). The surviving processes notice the expired
 * heartbeat, and one of them tells each meeting that the dead process's participants left and
 * records their leaving, then forgets that process. A process that finds it was taken for dead
 * (it froze past the timeout) closes its sockets, so their clients join again and are seen again.
 */
export function startPresence(
  io: HuddleServer,
  redis: RedisClient,
  prefix: string,
  liveness: Liveness,
  deps: AppDeps,
): Presence {
  const { serverId } = liveness;
  const members = (id: string) => `${prefix}:presence:members:${id}`;
  const reaping = (id: string) => `${prefix}:presence:reaping:${id}`;
  const quietly = (what: string) => (error: unknown) =>
    deps.logger.warn({ err: error }, `presence: ${what} failed`);

  const reap = async (deadId: string) => {
    const claimed = await redis.set(reaping(deadId), serverId, {
      condition: 'NX',
      expiration: { type: 'PX', value: liveness.intervalMs * 4 },
    });
    if (!claimed) return;
    const left = await redis.hGetAll(members(deadId));
    for (const [socketId, json] of Object.entries(left)) {
      const member = JSON.parse(json) as Member;
      io.to(roomFor(member.code)).emit('participant:left', { id: socketId });
      if (member.activityId) void deps.leaves.record(member.activityId);
    }
    await redis.del(members(deadId));
    await liveness.forget(deadId);
    deps.logger.warn(
      { serverId: deadId, members: Object.keys(left).length },
      'reaped a dead process',
    );
  };

  const beat = async () => {
    if (await liveness.beat()) return;
    // The others may have told everyone our participants left: they come back through new joins.
    deps.logger.warn({ serverId }, 'this process was taken for dead; closing its sockets');
    io.local.disconnectSockets(true);
  };

  const findDead = async () => {
    for (const id of await liveness.dead()) await reap(id);
  };

  void beat().catch(quietly('heartbeat'));
  const timer = setInterval(() => {
    void beat().then(findDead).catch(quietly('heartbeat'));
  }, liveness.intervalMs);
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
      await Promise.allSettled([redis.del(members(serverId)), liveness.forget(serverId)]);
    },
  };
}
