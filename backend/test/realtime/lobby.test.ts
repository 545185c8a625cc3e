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
  settled,
  useRealtime,
  type Client,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, hostedMeeting } = useRealtime();

const knock = async (socket: Client, code: string) =>
  ok(await socket.emitWithAck('meeting:join', { code, audio: true, video: false }));

describe('lobby', () => {
  it('when the lobby is on, then a newcomer waits, sees nothing of the meeting, and the host hears the knock', async () => {
    const server = await startServer();
    const { code, host, hostAuth } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    const heard = nextEvent(host, 'lobby:knock');
    const seenByGus = [
      collect(gus, 'chat:message'),
      collect(gus, 'participant:joined'),
      collect(gus, 'participant:updated'),
    ];

    const ack = await knock(gus, code);
    ok(await host.emitWithAck('chat:send', { text: 'members only' }));
    ok(await host.emitWithAck('media:update', { video: false }));
    // The host's second device passes the lobby (turning it off would let Gus in).
    const hostsPhone = await connect(server, hostAuth);
    await join(hostsPhone, code);

    expect(ack).toEqual({ waiting: true, hostPresent: true });
    expect((await heard).participant).toMatchObject({ id: gus.id, name: 'Gus', isGuest: true });
    expect(errorCode(await gus.emitWithAck('chat:send', { text: 'hi' }))).toBe('NOT_IN_MEETING');
    expect(errorCode(await gus.emitWithAck('chat:history', {}))).toBe('NOT_IN_MEETING');
    const offer = { description: { type: 'offer' as const, sdp: 'v=0\r\n' } };
    expect(errorCode(await gus.emitWithAck('signal', { to: host.id ?? '', data: offer }))).toBe(
      'NOT_IN_MEETING',
    );
    await settled(gus);
    expect(seenByGus).toEqual([[], [], []]);
  });

  it('when the host turns the lobby off, then everyone waiting is let in', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    const eve = await connect(server, guest('Eve'));
    await knock(gus, code);
    await knock(eve, code);
    const admitted = [nextEvent(gus, 'lobby:admitted'), nextEvent(eve, 'lobby:admitted')] as const;
    const arrivals = collect(host, 'participant:joined');
    const knocksGone = collect(host, 'lobby:left');

    ok(await host.emitWithAck('meeting:update', { lobby: false }));

    const [gusIn, eveIn] = await Promise.all(admitted);
    expect(gusIn.self).toMatchObject({ id: gus.id, name: 'Gus' });
    expect(eveIn.self).toMatchObject({ id: eve.id, name: 'Eve' });
    await settled(host);
    expect(arrivals.map(({ participant }) => participant.name).sort()).toEqual(['Eve', 'Gus']);
    expect(knocksGone.map(({ id }) => id).sort()).toEqual([eve.id, gus.id].sort());
  });

  it('when the host admits them, then they get the join data and everyone sees them arrive', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    await knock(gus, code);
    const admitted = nextEvent(gus, 'lobby:admitted');
    const left = nextEvent(host, 'lobby:left');
    const arrived = nextEvent(host, 'participant:joined');

    ok(await host.emitWithAck('lobby:admit', { id: gus.id ?? '' }));

    const data = await admitted;
    expect(data.self).toMatchObject({ id: gus.id, role: 'participant', audio: true, video: false });
    expect(data.participants.map((p) => p.id)).toEqual([host.id]);
    expect(data.meeting).toMatchObject({ code, lobby: true });
    expect(data.knocking).toEqual([]);
    expect(await left).toEqual({ id: gus.id });
    expect((await arrived).participant).toEqual(data.self);
    ok(await gus.emitWithAck('chat:send', { text: 'in at last' }));
  });

  it('when the host denies them, then they are told and stay out', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    await knock(gus, code);
    const denied = nextEvent(gus, 'lobby:denied');
    const left = nextEvent(host, 'lobby:left');

    ok(await host.emitWithAck('lobby:deny', { id: gus.id ?? '' }));

    expect(await denied).toEqual({});
    expect(await left).toEqual({ id: gus.id });
    expect(errorCode(await host.emitWithAck('lobby:admit', { id: gus.id ?? '' }))).toBe(
      'NOT_IN_MEETING',
    );
    expect(errorCode(await gus.emitWithAck('chat:send', { text: 'hi' }))).toBe('NOT_IN_MEETING');
  });

  it('when no host is there, then the waiting person is told so, and is admitted once a host arrives and lets them in', async () => {
    const server = await startServer();
    const hostAccount = member(server.deps, 'Hana');
    const code = await createMeeting('Stand-up', hostAccount.userId);
    const first = await connect(server, hostAccount.auth);
    await join(first, code);
    ok(await first.emitWithAck('meeting:update', { lobby: true }));
    ok(await first.emitWithAck('meeting:leave', {}));
    const gus = await connect(server, guest('Gus'));

    const ack = await knock(gus, code);
    const status = nextEvent(gus, 'lobby:status');
    const host = await connect(server, hostAccount.auth);
    const { knocking } = await join(host, code);
    const admitted = nextEvent(gus, 'lobby:admitted');
    ok(await host.emitWithAck('lobby:admit', { id: gus.id ?? '' }));

    expect(ack).toEqual({ waiting: true, hostPresent: false });
    expect(await status).toEqual({ hostPresent: true });
    expect(knocking).toEqual([expect.objectContaining({ id: gus.id, name: 'Gus' })]);
    expect((await admitted).participants.map((p) => p.id)).toEqual([host.id]);
  });

  it('when the last host leaves, then the waiting people hear that nobody can admit them now', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    await knock(gus, code);
    const status = nextEvent(gus, 'lobby:status');

    host.disconnect();

    expect(await status).toEqual({ hostPresent: false });
  });

  it('when a waiting person gives up, then the hosts see them go', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    await knock(gus, code);
    const left = nextEvent(host, 'lobby:left');
    const gusId = gus.id;

    gus.disconnect();

    expect(await left).toEqual({ id: gusId });
  });

  it('when a co-host is named, then they hear of everyone already waiting', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    await join(mia, code);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    await knock(gus, code);
    const heard = nextEvent(mia, 'lobby:knock');

    ok(await host.emitWithAck('participant:promote', { id: mia.id ?? '' }));

    expect((await heard).participant).toMatchObject({ id: gus.id });
    ok(await mia.emitWithAck('lobby:deny', { id: gus.id ?? '' }));
  });

  it('when the meeting ends, then the people waiting are told too', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const gus = await connect(server, guest('Gus'));
    await knock(gus, code);
    const ended = nextEvent(gus, 'meeting:ended');

    ok(await host.emitWithAck('meeting:end', {}));

    expect(await ended).toEqual({});
  });
});
