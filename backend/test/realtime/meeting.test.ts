import { describe, expect, it } from 'vitest';
import { generateMeetingCode } from '../../src/lib/meetingCode.js';
import { useTestDatabase } from '../helpers/database.js';
import {
  collect,
  createMeeting,
  errorCode,
  guest,
  join,
  member,
  nextEvent,
  ok,
  useRealtime,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, meetingOfTwo } = useRealtime();

describe('meeting:join', () => {
  it('when a meeting exists, then the joiner gets itself, the others and the iceServers, and the others hear of it', async () => {
    const server = await startServer({ STUN_URLS: 'stun:stun.example.org:3478' });
    const code = await createMeeting();
    const alice = await connect(server, guest('Alice'));
    await join(alice, code, { audio: true, video: false });
    const bob = await connect(server, member(server.deps, 'Bob').auth);
    const announced = nextEvent(alice, 'participant:joined');

    const result = await join(bob, code, { audio: false, video: true });

    expect(result.self).toMatchObject({ id: bob.id, name: 'Bob', isGuest: false, video: true });
    expect(result.participants).toEqual([
      {
        id: alice.id,
        name: 'Alice',
        isGuest: true,
        audio: true,
        video: false,
        screen: false,
        role: 'participant',
        handRaised: false,
      },
    ]);
    expect(result.messages).toEqual([]);
    expect(result.iceServers).toEqual([{ urls: ['stun:stun.example.org:3478'] }]);
    expect(await announced).toEqual({ participant: result.self });
  });

  it('when the code is unknown or malformed, then the ack is MEETING_NOT_FOUND or VALIDATION_FAILED', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());

    const unknown = await socket.emitWithAck('meeting:join', {
      code: generateMeetingCode(),
      audio: true,
      video: true,
    });
    const malformed = await socket.emitWithAck('meeting:join', {
      code: 'nope',
      audio: true,
      video: true,
    });
    const missingMedia = await socket.emitWithAck('meeting:join', {
      code: generateMeetingCode(),
    } as never);

    expect(errorCode(unknown)).toBe('MEETING_NOT_FOUND');
    expect(errorCode(malformed)).toBe('VALIDATION_FAILED');
    expect(errorCode(missingMedia)).toBe('VALIDATION_FAILED');
  });

  it('when the meeting is at the mesh cap, then one more joiner gets MEETING_FULL', async () => {
    const server = await startServer({ MEETING_MAX_PARTICIPANTS: '2' });
    const code = await createMeeting();
    for (const name of ['A', 'B']) await join(await connect(server, guest(name)), code);
    const third = await connect(server, guest('C'));

    const ack = await third.emitWithAck('meeting:join', { code, audio: true, video: true });

    expect(errorCode(ack)).toBe('MEETING_FULL');
    expect(server.io.of('/').adapter.rooms.get(`meeting:${code}`)?.size).toBe(2);
  });

  it('when many join at the same moment, then exactly the cap get in', async () => {
    const server = await startServer({ MEETING_MAX_PARTICIPANTS: '3' });
    const code = await createMeeting();
    const sockets = await Promise.all(
      Array.from({ length: 8 }, (_, i) => connect(server, guest(`P${i}`))),
    );

    const acks = await Promise.all(
      sockets.map((socket) =>
        socket.emitWithAck('meeting:join', { code, audio: true, video: true }),
      ),
    );

    expect(acks.filter((ack) => ack.ok)).toHaveLength(3);
    expect(acks.filter((ack) => errorCode(ack) === 'MEETING_FULL')).toHaveLength(5);
    expect(server.io.of('/').adapter.rooms.get(`meeting:${code}`)?.size).toBe(3);
  });

  it('when a socket joins a second meeting, then it leaves the first', async () => {
    const server = await startServer();
    const [first, second] = [await createMeeting(), await createMeeting()];
    const stayer = await connect(server, guest('Stayer'));
    await join(stayer, first);
    const mover = await connect(server, guest('Mover'));
    await join(mover, first);
    const left = nextEvent(stayer, 'participant:left');

    const result = await join(mover, second);

    expect(await left).toEqual({ id: mover.id });
    expect(result.participants).toEqual([]);
    const rooms = server.io.of('/').sockets.get(mover.id ?? '')?.rooms;
    expect([...(rooms ?? [])].sort()).toEqual([mover.id, `meeting:${second}`].sort());
  });

  it('when an event comes without an ack, then it is ignored and the socket still works', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const socket = await connect(server, guest());

    const emit = socket.emit.bind(socket) as (...args: unknown[]) => void;
    emit('meeting:join', { code, audio: true, video: true });
    emit('meeting:join');

    expect((await join(socket, code)).self.id).toBe(socket.id);
  });
});

describe('meeting:leave and disconnect', () => {
  it('when a participant leaves, then the ack is empty and the others get participant:left', async () => {
    const server = await startServer();
    const { code, a: alice, b: bob } = await meetingOfTwo(server);
    const left = nextEvent(alice, 'participant:left');

    expect(ok(await bob.emitWithAck('meeting:leave', {}))).toEqual({});

    expect(await left).toEqual({ id: bob.id });
    expect(server.io.of('/').adapter.rooms.get(`meeting:${code}`)?.size).toBe(1);
  });

  it('when a socket that is in no meeting leaves, then the ack is still empty', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());

    expect(ok(await socket.emitWithAck('meeting:leave', {}))).toEqual({});
    expect(errorCode(await socket.emitWithAck('meeting:leave', { extra: 1 } as never))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('when a participant disconnects, then the others get participant:left and the room is gone with the last one', async () => {
    const server = await startServer();
    const { code, a: alice, b: bob } = await meetingOfTwo(server);
    const seen = collect(alice, 'participant:left');
    const left = nextEvent(alice, 'participant:left');
    const bobId = bob.id;

    bob.disconnect();
    expect(await left).toEqual({ id: bobId });
    ok(await alice.emitWithAck('meeting:leave', {}));

    expect(seen).toHaveLength(1);
    expect(server.io.of('/').adapter.rooms.has(`meeting:${code}`)).toBe(false);
  });
});
