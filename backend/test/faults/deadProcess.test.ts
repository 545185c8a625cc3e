import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { Activity } from '../../src/models/activity.model.js';
import { testDeps } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, join, member, nextEvent, useRealtime } from '../realtime/helpers.js';
import { useServerProcesses, within } from './processes.js';

useTestDatabase();
const { connect } = useRealtime();
const startProcess = useServerProcesses();

describe('a server process dies (SIGKILL) beside another on Redis', () => {
  it('then its participants leave the others\u2019 screens within 10 s, its members\u2019 Activity is closed, and they rejoin through the other process under the cap', async () => {
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `huddle-test-${randomBytes(6).toString('hex')}`,
      MEETING_MAX_PARTICIPANTS: '2',
    };
    const [doomed, survivor] = await Promise.all([startProcess(env), startProcess(env)]);
    const code = await createMeeting();
    const ada = member(testDeps(), 'Ada');
    const onDoomed = await connect(doomed, ada.auth);
    const bob = await connect(survivor, guest('Bob'));
    await join(onDoomed, code);
    await join(bob, code);
    const ghostId = onDoomed.id;
    const ghostLeft = nextEvent(bob, 'participant:left');

    const killedAt = performance.now();
    await doomed.kill('SIGKILL');

    expect(await within(10_000, 'participant:left', ghostLeft)).toEqual({ id: ghostId });
    console.info(
      `dead process: participant:left after ${Math.round(performance.now() - killedAt)} ms`,
    );
    await vi.waitFor(
      async () =>
        expect(await Activity.countDocuments({ userId: ada.userId, leftAt: null })).toBe(0),
      { timeout: 10_000, interval: 200 },
    );
    const back = await connect(survivor, ada.auth);
    const { participants } = await join(back, code);
    expect(participants.map((participant) => participant.name)).toEqual(['Bob']);
  }, 60_000);
});
