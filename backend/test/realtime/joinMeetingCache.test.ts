import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Meeting } from '../../src/models/meeting.model.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, errorCode, guest, join, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

afterEach(() => {
  mongoose.set('debug', false);
});

/** Counts the reads of the meetings collection from now on. */
function countMeetingReads(): { count: number } {
  const reads = { count: 0 };
  mongoose.set('debug', (collection: string, method: string) => {
    if (collection === 'meetings' && method.startsWith('find')) reads.count += 1;
  });
  return reads;
}

const joinCode = (socket: Awaited<ReturnType<typeof connect>>, code: string) =>
  socket.emitWithAck('meeting:join', { code, audio: false, video: false });

describe('joins and the meeting cache', () => {
  it('when many join one meeting, then the meeting is read from the database once', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const sockets = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) => connect(server, guest(name))),
    );
    const reads = countMeetingReads();

    await Promise.all(sockets.map((socket) => join(socket, code)));

    expect(reads.count).toBe(1);
  });

  it('when a meeting is invalidated after it changed, then the next join sees the change', async () => {
    const server = await startServer();
    const code = await createMeeting();
    await join(await connect(server, guest('Early')), code);
    await Meeting.deleteOne({ code });

    const stillCached = await joinCode(await connect(server, guest('Cached')), code);
    server.deps.meetings.invalidateMeeting(code);
    const afterInvalidation = await joinCode(await connect(server, guest('Late')), code);

    expect(stillCached.ok).toBe(true);
    expect(errorCode(afterInvalidation)).toBe('MEETING_NOT_FOUND');
  });

  it('when a meeting is invalidated on one of two processes sharing Redis, then the other forgets it too', async () => {
    const options = { redisKeyPrefix: `huddle-test-${randomBytes(6).toString('hex')}` };
    const env = { REDIS_URL: 'redis://127.0.0.1:6379' };
    const [one, two] = await Promise.all([startServer(env, options), startServer(env, options)]);
    const code = await createMeeting();
    await join(await connect(one, guest('On one')), code);
    await join(await connect(two, guest('On two')), code);
    await Meeting.deleteOne({ code });

    one.deps.meetings.invalidateMeeting(code);

    const late = await connect(two, guest('Late'));
    await vi.waitFor(
      async () => expect(errorCode(await joinCode(late, code))).toBe('MEETING_NOT_FOUND'),
      { timeout: 10_000 },
    );
  });
});
