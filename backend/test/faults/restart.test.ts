import { describe, expect, it, vi } from 'vitest';
import { Activity } from '../../src/models/activity.model.js';
import type { JoinResult } from '@huddle/contract';
import { testDeps } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import {
  createMeeting,
  guest,
  join,
  member,
  ok,
  useRealtime,
  type Client,
} from '../realtime/helpers.js';
import { useServerProcesses, within } from './processes.js';

useTestDatabase();
const { connect } = useRealtime();
const startProcess = useServerProcesses();

// The SPA's reconnection schedule (lib/socket.ts).
const RECONNECT = { reconnection: true, reconnectionDelay: 500, reconnectionDelayMax: 2000 };

/**
 * Reconnects and rejoins as the SPA does (the client retries a dropped transport by itself; a
 * server that closed the socket on its way down gets one fresh attempt); resolves with the
 * first rejoin's result.
 */
function rejoinAfterReconnect(socket: Client, code: string): Promise<JoinResult> {
  socket.once('disconnect', (reason) => {
    if (reason === 'io server disconnect') socket.connect();
  });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      void join(socket, code).then(resolve);
    });
  });
}

describe.each(['SIGTERM', 'SIGKILL'] as const)('the server is stopped with %s', (signal) => {
  it('then, started again on the same port, both participants are back in the meeting with its chat within 5 s, and no Activity is left open', async () => {
    const server = await startProcess();
    const code = await createMeeting();
    const ada = member(testDeps(), 'Ada');
    const adaSocket = await connect(server, ada.auth, RECONNECT);
    const bob = await connect(server, guest('Bob'), RECONNECT);
    await join(adaSocket, code);
    await join(bob, code);
    const { message } = ok(await bob.emitWithAck('chat:send', { text: 'before the restart' }));
    const rejoins = Promise.all([
      rejoinAfterReconnect(adaSocket, code),
      rejoinAfterReconnect(bob, code),
    ]);

    await server.kill(signal);
    await server.start();
    const answeringAt = performance.now();

    const [adaBack, bobBack] = await within(5000, 'rejoining', rejoins);
    console.info(
      `${signal}: both rejoined ${Math.round(performance.now() - answeringAt)} ms after the server answered`,
    );
    expect(adaBack.messages).toContainEqual(message);
    expect(bobBack.messages).toContainEqual(message);
    const everyone = [adaBack.self, ...adaBack.participants, bobBack.self, ...bobBack.participants];
    expect(new Set(everyone.map((participant) => participant.id)).size).toBe(2);
    await vi.waitFor(
      async () =>
        expect(await Activity.countDocuments({ userId: ada.userId, leftAt: null })).toBe(1),
      { timeout: 10_000, interval: 200 },
    );
    expect(await Activity.countDocuments({ userId: ada.userId })).toBe(2);
  }, 60_000);
});
