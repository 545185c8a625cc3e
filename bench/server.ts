/**
 * One benchmark target in a process of its own (so that it gets a core apart from the load
 * generator): `huddle` (the real app on a real database) or `bare` (the baseline).
 * Talks to run.ts over IPC: `ready` with its URL, meeting codes and handshake auth; answers
 * `memory` with its heap and RSS after a full collection; exits on `stop`.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { createBareRealtime } from './bare.js';
import { createScenarioProfiler } from './lib/profiler.js';

/**
 * BENCH_BACKEND=dist runs the compiled backend (`npm run build` first), as production does.
 * Otherwise the source runs through tsx, whose esbuild keepNames wraps every named closure in
 * `__name(...)`: each gets a property store of its own (about 256 bytes), which only the dev
 * loader adds, and Huddle makes some twenty such closures per socket.
 */
const backend = process.env.BENCH_BACKEND === 'dist' ? '../backend/dist' : '../backend/src';
const load = <T>(path: string): Promise<T> => import(`${backend}/${path}`) as Promise<T>;
const [
  { createApp },
  { loadConfig },
  { ensureIndexes },
  { createDeps },
  { createLogger },
  { generateMeetingCode },
  { Meeting },
  { createRealtime },
] = await Promise.all([
  load<typeof import('../backend/src/app.js')>('app.js'),
  load<typeof import('../backend/src/config.js')>('config.js'),
  load<typeof import('../backend/src/db/connect.js')>('db/connect.js'),
  load<typeof import('../backend/src/deps.js')>('deps.js'),
  load<typeof import('../backend/src/lib/logger.js')>('lib/logger.js'),
  load<typeof import('../backend/src/lib/meetingCode.js')>('lib/meetingCode.js'),
  load<typeof import('../backend/src/models/meeting.model.js')>('models/meeting.model.js'),
  load<typeof import('../backend/src/realtime/index.js')>('realtime/index.js'),
]);

export type ServerMessage =
  | { type: 'ready'; url: string; codes: string[]; auths: object[] }
  | { type: 'memory'; heapUsed: number; rss: number }
  | { type: 'profiling' }
  | { type: 'profiled' };
export type ParentMessage =
  | { type: 'memory' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; scenario: string }
  | { type: 'stop' };

const mode = process.argv[2] === 'bare' ? 'bare' : 'huddle';
const meetings = Number(process.env.BENCH_MEETINGS ?? 200);
const members = Number(process.env.BENCH_MEMBERS ?? 1000);
const STOP_MS = 30_000;

async function main() {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DB_MAX_POOL_SIZE: process.env.DB_MAX_POOL_SIZE,
    WRITE_IN_FLIGHT: process.env.WRITE_IN_FLIGHT,
    JWT_SECRET: randomBytes(32).toString('hex'),
    CORS_ORIGINS: 'http://127.0.0.1:5173',
    // The load generator is one client per participant sending as fast as acks return.
    SOCKET_EVENTS_PER_SECOND: '1000000',
    SOCKET_EVENTS_BURST: '1000000',
    // Every simulated client comes from 127.0.0.1.
    SOCKET_CONNECTIONS_PER_IP: '1000000',
    CHAT_MESSAGES_PER_IP: '1000000',
  });
  const deps = createDeps(config, createLogger(config.logLevel));
  const httpServer = createServer(createApp(deps));
  const codes = Array.from({ length: meetings }, generateMeetingCode);
  let auths: object[] = [];
  let close: () => Promise<void>;

  if (mode === 'huddle') {
    const dbName = `huddle_bench_${randomBytes(4).toString('hex')}`;
    await mongoose.connect(process.env.MONGODB_URI ?? '', {
      dbName,
      autoIndex: false,
      maxPoolSize: config.db.maxPoolSize,
    });
    await ensureIndexes();
    const hostId = new mongoose.Types.ObjectId();
    await Meeting.insertMany(codes.map((code) => ({ code, title: 'bench', hostId })));
    auths = Array.from({ length: members }, (_, i) => ({
      token: deps.tokens.signAccessToken({
        userId: new mongoose.Types.ObjectId().toHexString(),
        name: `Member ${i}`,
        username: `member${i}`,
      }).accessToken,
    }));
    const realtime = await createRealtime(httpServer, deps);
    close = async () => {
      await realtime.close();
      await deps.close();
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
    };
  } else {
    close = createBareRealtime(httpServer).close;
  }

  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  send({ type: 'ready', url: `http://127.0.0.1:${port}`, codes, auths });

  const profiler = createScenarioProfiler(process.env.BENCH_CPU_PROF, mode);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'profile-start') {
      void profiler.start().then(() => send({ type: 'profiling' }));
    } else if (message.type === 'profile-stop') {
      void profiler.stop(message.scenario).then(() => send({ type: 'profiled' }));
    } else if (message.type === 'memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      for (let i = 0; i < 3; i += 1) gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      send({ type: 'memory', heapUsed, rss });
    } else if (message.type === 'stop') {
      // Bounded: the measurements are done, and a slow shutdown (FerretDB-SQLite working through
      // a thousand leaves) must not hold up the next scenario; the log says when it was cut short.
      const cut = setTimeout(() => {
        console.error(`bench: the ${mode} server did not shut down in ${STOP_MS / 1000} s`);
        process.exit(0);
      }, STOP_MS);
      void close().finally(() => {
        clearTimeout(cut);
        process.exit(0);
      });
    }
  });
}

function send(message: ServerMessage) {
  process.send?.(message);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
