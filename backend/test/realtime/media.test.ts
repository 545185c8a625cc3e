import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, errorCode, guest, join, nextEvent, ok, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect, meetingOfTwo } = useRealtime();

describe('media:update', () => {
  it('when a participant turns media on or off, then the others get participant:updated', async () => {
    const server = await startServer();
    const { a, b } = await meetingOfTwo(server);
    const updated = nextEvent(b, 'participant:updated');

    expect(ok(await a.emitWithAck('media:update', { video: false, screen: true }))).toEqual({});

    expect(await updated).toEqual({
      participant: {
        id: a.id,
        name: 'A',
        isGuest: true,
        audio: true,
        video: false,
        screen: true,
        role: 'participant',
        handRaised: false,
      },
    });
  });

  it('when someone joins after an update, then they see the current state', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const a = await connect(server, guest('A'));
    await join(a, code, { audio: true, video: true });
    ok(await a.emitWithAck('media:update', { audio: false }));

    const { participants } = await join(await connect(server, guest('B')), code);

    expect(participants).toEqual([
      {
        id: a.id,
        name: 'A',
        isGuest: true,
        audio: false,
        video: true,
        screen: false,
        role: 'participant',
        handRaised: false,
      },
    ]);
  });

  it('when the payload has other fields or values, then VALIDATION_FAILED', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());

    for (const payload of [{ audio: 'yes' }, { mic: true }, null, 'audio', [true]]) {
      expect(errorCode(await socket.emitWithAck('media:update', payload as never))).toBe(
        'VALIDATION_FAILED',
      );
    }
  });
});
