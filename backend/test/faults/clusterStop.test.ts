import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, join, member, nextEvent, useRealtime } from '../realtime/helpers.js';
import { useServerProcesses } from './processes.js';

useTestDatabase();
const { connect } = useRealtime();
const startProcess = useServerProcesses();

describe('a process of a cluster stops (SIGTERM, as pm2 reload does) under a live meeting', () => {
  it('when its host leaves on the way down, then the others hear it and the process stops cleanly, before its forced exit', async () => {
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `huddle-test-${randomBytes(6).toString('hex')}`,
      // Shorter than a cluster request's own timeout (5 s): a stop that waits on one is forced.
      SHUTDOWN_TIMEOUT_MS: '3000',
    };
    const [stopping, ...others] = await Promise.all([
      startProcess(env),
      startProcess(env),
      startProcess(env),
    ]);
    const hana = member(testDeps(), 'Hana');
    const code = await createMeeting('Stand-up', hana.userId);
    const host = await connect(stopping, hana.auth);
    await join(host, code);
    const guests = await Promise.all(others.map((server, i) => connect(server, guest(`G${i}`))));
    for (const socket of guests) await join(socket, code);
    const hostId = host.id;
    const left = guests.map((socket) => nextEvent(socket, 'participant:left'));

    await stopping.kill('SIGTERM');

    expect(await Promise.all(left)).toEqual([{ id: hostId }, { id: hostId }]);
    expect(stopping.output()).toMatch(/"msg":"stopped"/);
    expect(stopping.output()).not.toMatch(/shutdown timed out/);
  }, 60_000);
});
