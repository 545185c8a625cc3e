import { describe, expect, it, vi } from 'vitest';
import { Activity } from '../../src/models/activity.model.js';
import { useOutageDatabase } from '../helpers/disposableDatabase.js';
import { createMeeting, errorCode, guest, join, member, useRealtime } from '../realtime/helpers.js';

const { startServer, connect } = useRealtime();
const database = useOutageDatabase();

describe('leaving while the database is away', () => {
  it('when members leave during an outage, then their leaving is recorded once the database is back, with no restart', async () => {
    const server = await startServer({ DB_TIMEOUT_MS: '1000' });
    const code = await createMeeting();
    const ada = member(server.deps, 'Ada');
    const bea = member(server.deps, 'Bea');
    const adaSocket = await connect(server, ada.auth);
    const beaSocket = await connect(server, bea.auth);
    await join(adaSocket, code);
    await join(beaSocket, code);
    const joiner = await connect(server, guest('Late'));

    await database.stop();
    const leftAt = new Date();
    expect((await adaSocket.emitWithAck('meeting:leave', {})).ok).toBe(true);
    beaSocket.disconnect();
    const refused = await joiner.emitWithAck('meeting:join', { code, audio: true, video: true });
    await database.start();

    expect(errorCode(refused)).toBe('DATABASE_UNAVAILABLE');
    await vi.waitFor(
      async () =>
        expect(await Activity.countDocuments({ meetingCode: code, leftAt: null })).toBe(0),
      { timeout: 30_000, interval: 250 },
    );
    const closed = await Activity.find({ meetingCode: code }).lean();
    expect(closed).toHaveLength(2);
    // The time each left, not the time the database came back.
    for (const activity of closed)
      expect(activity.leftAt!.getTime()).toBeLessThan(leftAt.getTime() + 5000);
  }, 60_000);

  it('when a member leaves while the database is frozen (SIGSTOP), then the leave is recorded after it thaws', async () => {
    const server = await startServer({ DB_TIMEOUT_MS: '1000' });
    const code = await createMeeting();
    const ada = member(server.deps, 'Ada');
    const socket = await connect(server, ada.auth);
    await join(socket, code);

    database.freeze(true);
    expect((await socket.emitWithAck('meeting:leave', {})).ok).toBe(true);
    database.freeze(false);

    await vi.waitFor(
      async () =>
        expect(await Activity.countDocuments({ meetingCode: code, leftAt: null })).toBe(0),
      { timeout: 30_000, interval: 250 },
    );
  }, 60_000);
});
