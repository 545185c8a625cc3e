import mongoose from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, errorCode, guest, join, member, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

/** Drops the database connection for one test and restores it (same database) afterwards. */
function useDatabaseOutage() {
  let restore: (() => Promise<unknown>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });
  return async () => {
    const { host, port, name } = mongoose.connection;
    await mongoose.disconnect();
    restore = () => mongoose.connect(`mongodb://${host}:${port}/`, { dbName: name });
  };
}

const cutDatabase = useDatabaseOutage();

describe('database outage', () => {
  it('when the database is down, then every event that needs it acks DATABASE_UNAVAILABLE and the socket stays', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const { auth } = member(server.deps);
    const inMeeting = await connect(server, auth);
    await join(inMeeting, code);
    const joiner = await connect(server, guest());

    await cutDatabase();

    const acks = [
      await inMeeting.emitWithAck('chat:send', { text: 'hello?' }),
      await inMeeting.emitWithAck('chat:history', {}),
      await joiner.emitWithAck('meeting:join', { code, audio: true, video: true }),
    ];
    expect(acks.map(errorCode)).toEqual([
      'DATABASE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
    ]);
    expect((await inMeeting.emitWithAck('meeting:leave', {})).ok).toBe(true);
    expect(inMeeting.connected && joiner.connected).toBe(true);
  });
});
