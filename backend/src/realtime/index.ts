import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { AppDeps } from '../deps.js';
import { connectRedisAdapter } from './adapter.js';
import { authenticate } from './auth.js';
import { createCommands } from './commands.js';
import { createConnectionHandler } from './connection.js';
import { createRecoveryHolds } from './recovery.js';
import { createIpLimits } from './ipLimits.js';
import { createOriginCheck } from './origin.js';
import { singleProcessPresence, startPresence } from './presence.js';
import { createRoster } from './roster.js';
import { followRevocations } from './session.handlers.js';
import type { HuddleServer } from './types.js';

const MAX_PACKET_BYTES = 64 * 1024;

export interface RealtimeOptions {
  /** Prefix of the Redis channels, so that several deployments (or tests) can share one Redis. */
  redisKeyPrefix?: string;
  /** The clock of the per-socket event rate limit; tests hold it still to count exactly. */
  now?: () => number;
}

export interface Realtime {
  io: HuddleServer;
  close(): Promise<void>;
}

/** Attaches Socket.IO to the app's http server: same origin and port as the API. */
export async function createRealtime(
  httpServer: HttpServer,
  deps: AppDeps,
  options: RealtimeOptions = {},
): Promise<Realtime> {
  const { config, logger } = deps;
  const prefix = options.redisKeyPrefix ?? config.redisKeyPrefix;
  const redis = config.redisUrl
    ? await connectRedisAdapter(config.redisUrl, prefix, config.clusterNodeTimeoutMs, logger)
    : undefined;
  const originCheck = createOriginCheck(config.corsOrigins);
  const io: HuddleServer = new Server(httpServer, {
    ...(redis ? { adapter: redis.adapter } : {}),
    serveClient: false,
    maxHttpBufferSize: MAX_PACKET_BYTES,
    allowRequest: originCheck.allowRequest,
    cors: { origin: [...config.corsOrigins], credentials: true },
    // A client whose transport drops gets the events it missed when it is back within the
    // window, without rejoining; the handshake is checked again all the same.
    ...(config.socket.recoveryMs > 0
      ? {
          connectionStateRecovery: {
            maxDisconnectionDuration: config.socket.recoveryMs,
            skipMiddlewares: false,
          },
        }
      : {}),
  });
  io.engine.use(originCheck.middleware);
  if (redis) {
    deps.meetings.broadcastWith((code) => io.serverSideEmit('meeting:invalidate', code));
    io.on('meeting:invalidate', (code) => deps.meetings.forget(code));
    deps.recentMessages.broadcastWith((message) => io.serverSideEmit('chat:stored', message));
    io.on('chat:stored', (message) => deps.recentMessages.received(message));
  }

  const pending = new Set<Promise<void>>();
  const ipLimits = createIpLimits(deps);
  const roster = createRoster(io, redis !== undefined, logger);
  const commands = createCommands(io, logger, redis !== undefined);
  io.use(ipLimits.connections);
  io.use(authenticate(deps));
  const stopFollowingRevocations = followRevocations(io, deps.revocations, redis !== undefined);
  const presence = redis
    ? startPresence(io, redis.client, prefix, redis.liveness, deps)
    : singleProcessPresence;
  const now = options.now ?? (() => performance.now());
  const recovery = createRecoveryHolds(io, roster, config.socket.recoveryMs);
  io.on(
    'connection',
    createConnectionHandler(
      { io, deps, ipLimits, roster, presence, commands },
      { pending, now, recovery },
    ),
  );

  return {
    io,
    async close() {
      stopFollowingRevocations();
      recovery.releaseAll();
      // Closed by the server, not dropped: no session is kept, so clients rejoin elsewhere
      // (and are told of it) instead of recovering into a meeting they were seen to leave.
      io.local.disconnectSockets(true);
      // Disconnects every socket (queueing its leave) and closes the attached http server too;
      // the leaves are awaited before Redis and the database go.
      // (The promise io.close returns settles before the http server has closed; its callback not.)
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
      await Promise.allSettled([...pending]);
      await presence.close();
      await redis?.close();
    },
  };
}
