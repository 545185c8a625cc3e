import { describe, expect, it } from 'vitest';
import { REACTION_RATE } from '@huddle/contract';
import { useTestDatabase } from '../helpers/database.js';
import { collect, errorCode, guest, join, nextEvent, ok, settled, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect, hostedMeeting } = useRealtime();

describe('raised hands', () => {
  it('when hands go up, then everyone is told and a newcomer lists raised hands first, in the order they went up', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const [ann, ben] = [await connect(server, guest('Ann')), await connect(server, guest('Ben'))];
    await join(ann, code);
    await join(ben, code);
    const seen = nextEvent(host, 'participant:updated');

    ok(await ben.emitWithAck('hand:raise', { raised: true }));
    const { participant } = await seen;
    ok(await ann.emitWithAck('hand:raise', { raised: true }));
    ok(await ben.emitWithAck('hand:raise', { raised: true }));
    const newcomer = await connect(server, guest('Cat'));
    const { participants } = await join(newcomer, code);

    expect(participant).toMatchObject({
      id: ben.id,
      handRaised: true,
      raisedAt: expect.any(Number),
    });
    expect(participants.map((p) => p.name)).toEqual(['Ben', 'Ann', 'Hana']);
    expect(participants[0]?.raisedAt).toBe(participant.raisedAt);
  });

  it('when a host lowers a hand, then everyone, the owner included, sees it down; nobody raises another hand', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const ann = await connect(server, guest('Ann'));
    await join(ann, code);
    ok(await ann.emitWithAck('hand:raise', { raised: true }));
    const toAnn = nextEvent(ann, 'participant:updated');

    ok(await host.emitWithAck('hand:raise', { raised: false, id: ann.id ?? '' }));
    const refused = await host.emitWithAck('hand:raise', { raised: true, id: ann.id ?? '' });

    expect((await toAnn).participant).toMatchObject({ id: ann.id, handRaised: false });
    expect((await toAnn).participant).not.toHaveProperty('raisedAt');
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});

describe('reactions', () => {
  it('when someone reacts, then everyone in the meeting gets it, the sender included', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const ann = await connect(server, guest('Ann'));
    await join(ann, code);
    const toHost = nextEvent(host, 'reaction');
    const toAnn = nextEvent(ann, 'reaction');

    ok(await ann.emitWithAck('reaction:send', { emoji: '🎉' }));

    expect(await toHost).toEqual({ from: ann.id, emoji: '🎉' });
    expect(await toAnn).toEqual({ from: ann.id, emoji: '🎉' });
  });

  it('when the emoji is not one of the set, or the sender is in no meeting, then it is refused', async () => {
    const server = await startServer();
    const { host } = await hostedMeeting(server);
    const outsider = await connect(server, guest('Out'));

    const odd = await host.emitWithAck('reaction:send', { emoji: '💩' as never });
    const outside = await outsider.emitWithAck('reaction:send', { emoji: '👍' });

    expect(errorCode(odd)).toBe('VALIDATION_FAILED');
    expect(errorCode(outside)).toBe('NOT_IN_MEETING');
  });

  it('when a socket sends reactions in a burst, then those past its allowance are RATE_LIMITED and not relayed', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const ann = await connect(server, guest('Ann'));
    await join(ann, code);
    const relayed = collect(host, 'reaction');

    const acks = await Promise.all(
      Array.from({ length: 20 }, () => ann.emitWithAck('reaction:send', { emoji: '👍' })),
    );
    await settled(host);

    const accepted = acks.filter((ack) => ack.ok).length;
    expect(acks.slice(0, REACTION_RATE.burst).every((ack) => ack.ok)).toBe(true);
    expect(acks.filter((ack) => errorCode(ack) === 'RATE_LIMITED').length).toBe(20 - accepted);
    expect(accepted).toBeLessThan(20);
    expect(relayed).toHaveLength(accepted);
    ok(await host.emitWithAck('reaction:send', { emoji: '👏' }));
  });
});
