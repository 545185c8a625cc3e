import { describe, expect, it, vi } from 'vitest';
import { Activity } from '../../src/models/activity.model.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, join, member, ok, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

const activitiesOf = (userId: string) => Activity.find({ userId }).sort({ joinedAt: 1 }).lean();

describe('meeting activity', () => {
  it('when a member joins, then an Activity is recorded, and leaving sets its leftAt', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const { auth, userId } = member(server.deps);
    const socket = await connect(server, auth);

    await join(socket, code);
    const [joined] = await activitiesOf(userId);
    ok(await socket.emitWithAck('meeting:leave', {}));
    const [left] = await activitiesOf(userId);

    expect(joined).toMatchObject({ meetingCode: code, leftAt: null });
    expect(left?.leftAt).toBeInstanceOf(Date);
  });

  it('when a member disconnects, then leftAt is set', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const { auth, userId } = member(server.deps);
    const socket = await connect(server, auth);
    await join(socket, code);

    socket.disconnect();

    // The server records this after the socket is gone: no event tells a client when it is done.
    await vi.waitFor(async () =>
      expect((await activitiesOf(userId))[0]?.leftAt).toBeInstanceOf(Date),
    );
  });

  it('when a member switches meetings, then the first entry is closed and a second one opened', async () => {
    const server = await startServer();
    const [first, second] = [await createMeeting(), await createMeeting()];
    const { auth, userId } = member(server.deps);
    const socket = await connect(server, auth);

    await join(socket, first);
    await join(socket, second);

    const entries = await activitiesOf(userId);
    expect(entries.map((entry) => [entry.meetingCode, entry.leftAt === null])).toEqual([
      [first, false],
      [second, true],
    ]);
  });

  it('when the server shuts down, then open entries are closed before close() resolves', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const { auth, userId } = member(server.deps);
    await join(await connect(server, auth), code);

    await server.close();

    expect((await activitiesOf(userId))[0]?.leftAt).toBeInstanceOf(Date);
  });

  it('when a guest joins, then nothing is recorded', async () => {
    const server = await startServer();
    const code = await createMeeting();

    await join(await connect(server, guest()), code);

    expect(await Activity.countDocuments({ meetingCode: code })).toBe(0);
  });
});
