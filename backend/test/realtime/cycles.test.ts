import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import {
  createMeeting,
  guest,
  join,
  ok,
  useRealtime,
  type Client,
  type TestServer,
} from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

/** `global.gc` without restarting the test worker with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function heapAfterGc(gc: () => void): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/** Each socket joins and leaves `count` times, round-robin over the meetings. */
async function cycle(sockets: Client[], meetings: string[], count: number) {
  await Promise.all(
    sockets.map(async (socket, s) => {
      for (let i = s; i < count; i += sockets.length) {
        await join(socket, meetings[i % meetings.length] ?? '');
        ok(await socket.emitWithAck('meeting:leave', {}));
      }
    }),
  );
}

function nonSocketRooms(server: TestServer): string[] {
  const nsp = server.io.of('/');
  return [...nsp.adapter.rooms.keys()].filter((room) => !nsp.sockets.has(room));
}

describe('join/leave cycles', () => {
  it('when sockets join and leave 1000 times, then no room, membership or heap is left behind', async () => {
    const server = await startServer({
      SOCKET_EVENTS_PER_SECOND: '10000',
      SOCKET_EVENTS_BURST: '10000',
    });
    const meetings = await Promise.all([createMeeting(), createMeeting(), createMeeting()]);
    const sockets = await Promise.all(
      Array.from({ length: 4 }, (_, i) => connect(server, guest(`C${i}`))),
    );
    const gc = exposeGc();
    await cycle(sockets, meetings, 200);
    const before = await heapAfterGc(gc);

    await cycle(sockets, meetings, 1000);
    const after = await heapAfterGc(gc);

    const { adapter } = server.io.of('/');
    expect(nonSocketRooms(server)).toEqual([]);
    expect(adapter.rooms.size).toBe(sockets.length);
    expect([...adapter.sids.values()].every((rooms) => rooms.size === 1)).toBe(true);
    expect(after - before).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);

  it('when participants disconnect instead of leaving, then their meeting room is gone too', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const watcher = await connect(server, guest('Watcher'));
    await join(watcher, code);
    const sockets = await Promise.all(
      Array.from({ length: 3 }, (_, i) => connect(server, guest(`D${i}`))),
    );
    for (const socket of sockets) await join(socket, code);
    let left = 0;
    const allLeft = new Promise<void>((resolve) =>
      watcher.on('participant:left', () => (left += 1) === sockets.length && resolve()),
    );

    for (const socket of sockets) socket.disconnect();
    await allLeft;
    ok(await watcher.emitWithAck('meeting:leave', {}));

    expect(nonSocketRooms(server)).toEqual([]);
  });
});
