import { describe, expect, it } from 'vitest';
import { Message } from '../../src/models/message.model.js';
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
  settled,
  useRealtime,
} from './helpers.js';

useTestDatabase();
const { connect, twoServers } = useRealtime();

const offer = { description: { type: 'offer' as const, sdp: 'v=0\r\n' } };

describe('two server processes sharing the Redis adapter', () => {
  it('when participants are on different servers, then they see each other and chat once', async () => {
    const [one, two] = await twoServers();
    const code = await createMeeting();
    const ada = await connect(one, member(one.deps, 'Ada').auth);
    const bob = await connect(two, guest('Bob'));
    await join(ada, code, { audio: true, video: false });
    const joined = nextEvent(ada, 'participant:joined');

    const { participants, self } = await join(bob, code);
    const toBob = collect(bob, 'chat:message');
    const toAda = nextEvent(ada, 'chat:message');
    const bobGot = nextEvent(bob, 'chat:message');
    const { message } = ok(await ada.emitWithAck('chat:send', { text: 'across' }));

    expect(participants).toEqual([
      expect.objectContaining({ id: ada.id, name: 'Ada', video: false }),
    ]);
    expect(await joined).toEqual({ participant: self });
    expect(await toAda).toEqual({ message });
    expect(await bobGot).toEqual({ message });
    await settled(bob);
    expect(toBob).toHaveLength(1);
    expect(await Message.countDocuments({ meetingCode: code })).toBe(1);
  });

  it('when a message is sent on one server after the other has read the recent chat, then a later joiner there gets it with the join', async () => {
    const [one, two] = await twoServers();
    const code = await createMeeting();
    const ada = await connect(one, guest('Ada'));
    const bob = await connect(two, guest('Bob'));
    await join(ada, code);
    const before = await join(bob, code);
    const bobGot = nextEvent(bob, 'chat:message');

    const { message } = ok(await ada.emitWithAck('chat:send', { text: 'kept' }));
    await bobGot;
    const carol = await connect(two, guest('Carol'));
    const { messages } = await join(carol, code);

    expect(before.messages).toEqual([]);
    expect(messages).toEqual([message]);
  });

  it('when a signal targets a socket on the other server, then it is relayed only within the meeting', async () => {
    const [one, two] = await twoServers();
    const [here, there] = [await createMeeting(), await createMeeting()];
    const a = await connect(one, guest('A'));
    const b = await connect(two, guest('B'));
    const c = await connect(two, guest('C'));
    await join(a, here);
    await join(b, here);
    await join(c, there);
    const receivedByB = nextEvent(b, 'signal');
    const receivedByC = collect(c, 'signal');

    ok(await a.emitWithAck('signal', { to: b.id ?? '', data: offer }));
    const refused = await a.emitWithAck('signal', { to: c.id ?? '', data: offer });
    await settled(c);

    expect(await receivedByB).toEqual({ from: a.id, data: offer });
    expect(errorCode(refused)).toBe('NOT_IN_MEETING');
    expect(receivedByC).toEqual([]);
  });

  it('when the meeting is full across servers, then the next joiner gets MEETING_FULL', async () => {
    const [one, two] = await twoServers({ MEETING_MAX_PARTICIPANTS: '2' });
    const code = await createMeeting();
    await join(await connect(one, guest('A')), code);
    await join(await connect(two, guest('B')), code);

    const third = await connect(one, guest('C'));
    const ack = await third.emitWithAck('meeting:join', { code, audio: true, video: true });

    expect(errorCode(ack)).toBe('MEETING_FULL');
  });

  it('when a participant on one server disconnects, then the other server tells its participants', async () => {
    const [one, two] = await twoServers();
    const code = await createMeeting();
    const a = await connect(one, guest('A'));
    const b = await connect(two, guest('B'));
    await join(a, code);
    await join(b, code);
    const left = nextEvent(a, 'participant:left');
    const bId = b.id;

    b.disconnect();

    expect(await left).toEqual({ id: bId });
  });
});
