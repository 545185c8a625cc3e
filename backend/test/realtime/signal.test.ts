import { describe, expect, it } from 'vitest';
import type { SignalData } from '@huddle/contract';
import { useTestDatabase } from '../helpers/database.js';
import {
  collect,
  createMeeting,
  errorCode,
  guest,
  join,
  nextEvent,
  ok,
  settled,
  useRealtime,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, meetingOfTwo } = useRealtime();

const offer: SignalData = { description: { type: 'offer', sdp: 'v=0\r\n' } };
const candidate: SignalData = {
  candidate: {
    candidate: 'candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host',
    sdpMid: '0',
    sdpMLineIndex: 0,
  },
};

describe('signal', () => {
  it('when the target is in the same meeting, then it receives the data with the sender id', async () => {
    const server = await startServer();
    const { a, b } = await meetingOfTwo(server);
    const received = collect(b, 'signal');
    const first = nextEvent(b, 'signal');

    expect(ok(await a.emitWithAck('signal', { to: b.id ?? '', data: offer }))).toEqual({});
    ok(await a.emitWithAck('signal', { to: b.id ?? '', data: candidate }));
    ok(await a.emitWithAck('signal', { to: b.id ?? '', data: { candidate: null } }));
    await first;
    await settled(b);

    expect(received).toEqual([
      { from: a.id, data: offer },
      { from: a.id, data: candidate },
      { from: a.id, data: { candidate: null } },
    ]);
  });

  it('when the target is in another meeting, then the ack is NOT_IN_MEETING and it reaches nobody', async () => {
    const server = await startServer();
    const [here, there] = [await createMeeting(), await createMeeting()];
    const [a, b, c] = [
      await connect(server, guest('A')),
      await connect(server, guest('B')),
      await connect(server, guest('C')),
    ];
    await join(a, here);
    await join(b, here);
    await join(c, there);
    const receivedByB = collect(b, 'signal');
    const receivedByC = collect(c, 'signal');

    const ack = await a.emitWithAck('signal', { to: c.id ?? '', data: offer });
    await settled(b, c);

    expect(errorCode(ack)).toBe('NOT_IN_MEETING');
    expect(receivedByB).toEqual([]);
    expect(receivedByC).toEqual([]);
  });

  it('when the target is a room name, itself, unknown or the sender is in no meeting, then NOT_IN_MEETING', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const [a, b, outsider] = [
      await connect(server, guest('A')),
      await connect(server, guest('B')),
      await connect(server, guest('Outsider')),
    ];
    await join(a, code);
    await join(b, code);
    const receivedByB = collect(b, 'signal');

    for (const to of [`meeting:${code}`, a.id ?? '', 'no-such-socket']) {
      expect(errorCode(await a.emitWithAck('signal', { to, data: offer }))).toBe('NOT_IN_MEETING');
    }
    const fromOutsider = await outsider.emitWithAck('signal', { to: b.id ?? '', data: offer });
    await settled(b);

    expect(errorCode(fromOutsider)).toBe('NOT_IN_MEETING');
    expect(receivedByB).toEqual([]);
  });

  it('when the data is not an SDP description or an ICE candidate, then VALIDATION_FAILED', async () => {
    const server = await startServer();
    const { a, b } = await meetingOfTwo(server);

    const bad = [
      { to: b.id, data: { hello: 'world' } },
      { to: b.id, data: { description: { type: 'bogus' } } },
      { to: b.id, data: { description: { type: 'offer', sdp: 'x'.repeat(40_000) } } },
      { to: b.id, data: { ...offer, ...candidate } },
      { data: offer },
    ];
    for (const payload of bad) {
      expect(errorCode(await a.emitWithAck('signal', payload as never))).toBe('VALIDATION_FAILED');
    }
  });
});
