import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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
const { startServer, connect } = useRealtime();

async function twoServers() {
  const options = { redisKeyPrefix: `huddle-test-${randomBytes(6).toString('hex')}` };
  const env = { REDIS_URL: 'redis://127.0.0.1:6379' };
  return Promise.all([startServer(env, options), startServer(env, options)]);
}

describe('meeting control across two server processes sharing Redis', () => {
  it('when the host is on one server and the others on the other, then lobby, mute, hands, reactions, co-hosts, removal and the end all reach them', async () => {
    const [one, two] = await twoServers();
    const hana = member(one.deps, 'Hana');
    const code = await createMeeting('Stand-up', hana.userId);
    const host = await connect(one, hana.auth);
    await join(host, code);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(two, guest('Gus'));
    const mia = await connect(two, member(two.deps, 'Mia').auth);

    const knocked = nextEvent(host, 'lobby:knock');
    const wait = ok(await gus.emitWithAck('meeting:join', { code, audio: true, video: true }));
    expect(wait).toEqual({ waiting: true, hostPresent: true });
    expect((await knocked).participant.id).toBe(gus.id);
    const admitted = nextEvent(gus, 'lobby:admitted');
    ok(await host.emitWithAck('lobby:admit', { id: gus.id ?? '' }));
    expect((await admitted).participants.map((p) => p.id)).toEqual([host.id]);

    const muted = nextEvent(gus, 'participant:muted');
    const hostSawMute = nextEvent(host, 'participant:updated');
    ok(await host.emitWithAck('participant:mute', { id: gus.id ?? '', kind: 'video' }));
    expect(await muted).toEqual({ kind: 'video', by: { id: host.id, name: 'Hana' } });
    expect((await hostSawMute).participant).toMatchObject({ id: gus.id, video: false });

    const hand = nextEvent(host, 'participant:updated');
    // Gus hears his own updates through the adapter too, maybe after the host does.
    const gusUpdates = collect(gus, 'participant:updated');
    const gusHandUp = () => gusUpdates.at(-1)?.participant.handRaised;
    ok(await gus.emitWithAck('hand:raise', { raised: true }));
    expect((await hand).participant).toMatchObject({ id: gus.id, handRaised: true, video: false });
    await expect.poll(gusHandUp).toBe(true);
    ok(await host.emitWithAck('hand:raise', { raised: false, id: gus.id ?? '' }));
    await expect.poll(gusHandUp).toBe(false);

    const reaction = nextEvent(host, 'reaction');
    ok(await gus.emitWithAck('reaction:send', { emoji: '👏' }));
    expect(await reaction).toEqual({ from: gus.id, emoji: '👏' });

    const knockForMia = nextEvent(host, 'lobby:knock');
    ok(await mia.emitWithAck('meeting:join', { code, audio: true, video: true }));
    await knockForMia;
    const miaIn = nextEvent(mia, 'lobby:admitted');
    ok(await host.emitWithAck('lobby:admit', { id: mia.id ?? '' }));
    await miaIn;
    const promoted = nextEvent(mia, 'participant:updated');
    ok(await host.emitWithAck('participant:promote', { id: mia.id ?? '' }));
    expect((await promoted).participant).toMatchObject({ id: mia.id, role: 'cohost' });
    expect(errorCode(await gus.emitWithAck('participant:remove', { id: mia.id ?? '' }))).toBe(
      'FORBIDDEN',
    );

    const removed = nextEvent(gus, 'meeting:removed');
    const gone = nextEvent(host, 'participant:left');
    ok(await mia.emitWithAck('participant:remove', { id: gus.id ?? '' }));
    await removed;
    expect(await gone).toEqual({ id: gus.id });
    const gusAgain = await connect(one, guest('gus'));
    expect(
      errorCode(await gusAgain.emitWithAck('meeting:join', { code, audio: true, video: true })),
    ).toBe('FORBIDDEN');

    const endedForMia = nextEvent(mia, 'meeting:ended');
    ok(await host.emitWithAck('meeting:end', {}));
    expect(await endedForMia).toEqual({});
    expect(errorCode(await mia.emitWithAck('chat:send', { text: 'anyone?' }))).toBe(
      'NOT_IN_MEETING',
    );
  });
});
