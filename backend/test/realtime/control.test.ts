import { describe, expect, it } from 'vitest';
import { Activity } from '../../src/models/activity.model.js';
import { Meeting } from '../../src/models/meeting.model.js';
import { useTestDatabase } from '../helpers/database.js';
import {
  collect,
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

const joinAck = (socket: Client, code: string) =>
  socket.emitWithAck('meeting:join', { code, audio: true, video: true });

describe('host controls', () => {
  it('when the host changes settings, then everyone gets meeting:updated and they are stored', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const gus = await connect(server, guest('Gus'));
    await join(gus, code);
    const updated = nextEvent(gus, 'meeting:updated');

    const { meeting } = ok(
      await host.emitWithAck('meeting:update', { lobby: true, title: ' Retro ' }),
    );

    expect(meeting).toMatchObject({ code, lobby: true, locked: false, title: 'Retro' });
    expect(await updated).toEqual({ meeting });
    expect(await Meeting.findOne({ code }).lean()).toMatchObject({ lobby: true, title: 'Retro' });
  });

  it('when a guest forges a host identity and payload fields, then every host event is FORBIDDEN and nothing changes', async () => {
    const server = await startServer();
    const { code, host, hostUserId } = await hostedMeeting(server);
    const forger = await connect(server, { name: 'Hana', userId: hostUserId, role: 'host' });
    const forged = await forger.emitWithAck('meeting:join', {
      code,
      audio: true,
      video: true,
      role: 'host',
      hostId: hostUserId,
    } as never);
    const target = { id: host.id ?? '', role: 'host', userId: hostUserId } as never;

    const acks = [
      await forger.emitWithAck('meeting:update', { locked: true }),
      await forger.emitWithAck('meeting:end', {}),
      await forger.emitWithAck('participant:promote', { id: forger.id ?? '' }),
      await forger.emitWithAck('participant:demote', { id: forger.id ?? '' }),
      await forger.emitWithAck('participant:mute', {
        ...(target as object),
        kind: 'audio',
      } as never),
      await forger.emitWithAck('participant:remove', target),
      await forger.emitWithAck('lobby:admit', target),
      await forger.emitWithAck('lobby:deny', target),
      await forger.emitWithAck('hand:raise', { raised: false, id: host.id ?? '' }),
    ];

    expect(ok(forged)).toMatchObject({ self: { isGuest: true, role: 'participant' } });
    expect(acks.map(errorCode)).toEqual(Array(acks.length).fill('FORBIDDEN'));
    expect(await Meeting.findOne({ code }).lean()).toMatchObject({ locked: false, endedAt: null });
    expect(host.connected).toBe(true);
  });

  it('when a signed-in participant who is not a host uses a control, then it is FORBIDDEN', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    await join(mia, code);

    const ack = await mia.emitWithAck('participant:mute', { id: host.id ?? '', kind: 'video' });

    expect(errorCode(ack)).toBe('FORBIDDEN');
  });

  it('when someone outside any meeting uses a control, then it is FORBIDDEN', async () => {
    const server = await startServer();
    const stranger = await connect(server, guest('Stranger'));

    expect(errorCode(await stranger.emitWithAck('meeting:end', {}))).toBe('FORBIDDEN');
  });

  it('when the host mutes someone, then the target is told by whom, everyone sees it, and the target may unmute', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const gus = await connect(server, guest('Gus'));
    await join(gus, code);
    const told = nextEvent(gus, 'participant:muted');
    const seen = nextEvent(host, 'participant:updated');

    ok(await host.emitWithAck('participant:mute', { id: gus.id ?? '', kind: 'audio' }));

    expect(await told).toEqual({ kind: 'audio', by: { id: host.id, name: 'Hana' } });
    expect((await seen).participant).toMatchObject({ id: gus.id, audio: false, video: true });
    const unmuted = nextEvent(host, 'participant:updated');
    ok(await gus.emitWithAck('media:update', { audio: true }));
    expect((await unmuted).participant).toMatchObject({ id: gus.id, audio: true });
  });

  it('when the target is not in the meeting, then the control is NOT_IN_MEETING', async () => {
    const server = await startServer();
    const { host } = await hostedMeeting(server);
    const elsewhere = await connect(server, guest('Elsewhere'));

    const ack = await host.emitWithAck('participant:mute', {
      id: elsewhere.id ?? '',
      kind: 'audio',
    });

    expect(errorCode(ack)).toBe('NOT_IN_MEETING');
  });
});

describe('co-hosts', () => {
  it('when the host promotes a member, then everyone sees the role and the co-host may use controls', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    await join(mia, code);
    const seenByHost = nextEvent(host, 'participant:updated');
    const seenByMia = nextEvent(mia, 'participant:updated');

    ok(await host.emitWithAck('participant:promote', { id: mia.id ?? '' }));

    expect((await seenByHost).participant).toMatchObject({ id: mia.id, role: 'cohost' });
    expect((await seenByMia).participant).toMatchObject({ id: mia.id, role: 'cohost' });
    expect(ok(await mia.emitWithAck('meeting:update', { locked: true })).meeting.locked).toBe(true);
  });

  it('when a guest would be promoted, or a co-host promotes or removes the host, then it is FORBIDDEN', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    const gus = await connect(server, guest('Gus'));
    await join(mia, code);
    await join(gus, code);
    ok(await host.emitWithAck('participant:promote', { id: mia.id ?? '' }));

    const acks = [
      await host.emitWithAck('participant:promote', { id: gus.id ?? '' }),
      await mia.emitWithAck('participant:promote', { id: gus.id ?? '' }),
      await mia.emitWithAck('participant:remove', { id: host.id ?? '' }),
    ];

    expect(acks.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('when the host and a co-host reconnect, then they get their roles back from the meeting', async () => {
    const server = await startServer();
    const { code, host, hostAuth } = await hostedMeeting(server);
    const mia = member(server.deps, 'Mia');
    const first = await connect(server, mia.auth);
    await join(first, code);
    ok(await host.emitWithAck('participant:promote', { id: first.id ?? '' }));
    host.disconnect();
    first.disconnect();

    const hostAgain = await connect(server, hostAuth);
    const miaAgain = await connect(server, mia.auth);
    const hostSelf = (await join(hostAgain, code)).self;
    const miaSelf = (await join(miaAgain, code)).self;

    expect([hostSelf.role, miaSelf.role]).toEqual(['host', 'cohost']);
    expect(ok(await miaAgain.emitWithAck('meeting:update', { lobby: true })).meeting.lobby).toBe(
      true,
    );
  });
});

describe('taking co-host back', () => {
  it('when the host demotes a co-host, then everyone sees the role go, the knocks stop, and controls are FORBIDDEN again', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    await join(mia, code);
    const promoted = nextEvent(mia, 'participant:updated');
    ok(await host.emitWithAck('participant:promote', { id: mia.id ?? '' }));
    await promoted;
    await settled(host);
    const seenByHost = nextEvent(host, 'participant:updated');
    const seenByMia = nextEvent(mia, 'participant:updated');

    ok(await host.emitWithAck('participant:demote', { id: mia.id ?? '' }));

    expect((await seenByHost).participant).toMatchObject({ id: mia.id, role: 'participant' });
    expect((await seenByMia).participant).toMatchObject({ id: mia.id, role: 'participant' });
    expect(errorCode(await mia.emitWithAck('meeting:update', { lobby: true }))).toBe('FORBIDDEN');
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    const knocksHeardByMia = collect(mia, 'lobby:knock');
    const gus = await connect(server, guest('Gus'));
    const heardByHost = nextEvent(host, 'lobby:knock');
    ok(await gus.emitWithAck('meeting:join', { code, audio: false, video: false }));
    await heardByHost;
    await settled(mia);
    expect(knocksHeardByMia).toEqual([]);
    expect((await Meeting.findOne({ code }).lean())?.cohostIds).toEqual([]);
  });

  it('when a demoted co-host reconnects, then they come back as a participant', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = member(server.deps, 'Mia');
    const first = await connect(server, mia.auth);
    await join(first, code);
    ok(await host.emitWithAck('participant:promote', { id: first.id ?? '' }));
    ok(await host.emitWithAck('participant:demote', { id: first.id ?? '' }));
    first.disconnect();

    const again = await connect(server, mia.auth);

    expect((await join(again, code)).self.role).toBe('participant');
  });

  it('when a co-host demotes another, or the host demotes themselves, then it is FORBIDDEN', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    const max = await connect(server, member(server.deps, 'Max').auth);
    await join(mia, code);
    await join(max, code);
    ok(await host.emitWithAck('participant:promote', { id: mia.id ?? '' }));
    ok(await host.emitWithAck('participant:promote', { id: max.id ?? '' }));

    const acks = [
      await mia.emitWithAck('participant:demote', { id: max.id ?? '' }),
      await host.emitWithAck('participant:demote', { id: host.id ?? '' }),
    ];

    expect(acks.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await Meeting.findOne({ code }).lean())?.cohostIds).toHaveLength(2);
  });
});

describe('removal', () => {
  it('when a guest is removed, then they are told, the others see them leave, and they cannot come back under that name', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const gus = await connect(server, guest('Gus Grey'));
    await join(gus, code);
    const removed = nextEvent(gus, 'meeting:removed');
    const left = nextEvent(host, 'participant:left');

    ok(await host.emitWithAck('participant:remove', { id: gus.id ?? '' }));

    expect(await removed).toEqual({});
    expect(await left).toEqual({ id: gus.id });
    expect(errorCode(await gus.emitWithAck('chat:send', { text: 'still here?' }))).toBe(
      'NOT_IN_MEETING',
    );
    expect(errorCode(await joinAck(gus, code))).toBe('FORBIDDEN');
    const again = await connect(server, guest(' gus  GREY '));
    expect(errorCode(await joinAck(again, code))).toBe('FORBIDDEN');
    const someoneElse = await connect(server, guest('Gus Green'));
    expect(ok(await joinAck(someoneElse, code))).toHaveProperty('self');
  });

  it('when a member is removed, then the account cannot come back on a new connection', async () => {
    const server = await startServer();
    const { code, host } = await hostedMeeting(server);
    const mia = member(server.deps, 'Mia');
    const first = await connect(server, mia.auth);
    await join(first, code);
    const removed = nextEvent(first, 'meeting:removed');

    ok(await host.emitWithAck('participant:remove', { id: first.id ?? '' }));
    await removed;

    const again = await connect(server, mia.auth);
    expect(errorCode(await joinAck(again, code))).toBe('FORBIDDEN');
  });
});

describe('locked and ended meetings', () => {
  it('when the meeting is locked, then newcomers get MEETING_LOCKED and the host still gets in', async () => {
    const server = await startServer();
    const { code, host, hostAuth } = await hostedMeeting(server);
    ok(await host.emitWithAck('meeting:update', { locked: true }));
    const newcomer = await connect(server, guest('Late'));
    const hostTab = await connect(server, hostAuth);

    expect(errorCode(await joinAck(newcomer, code))).toBe('MEETING_LOCKED');
    expect((await join(hostTab, code)).self.role).toBe('host');
  });

  it('when the host ends the meeting, then everyone is told and out, Activity is closed, and joins get MEETING_ENDED', async () => {
    const server = await startServer();
    const { code, host, hostAuth } = await hostedMeeting(server);
    const mia = await connect(server, member(server.deps, 'Mia').auth);
    const gus = await connect(server, guest('Gus'));
    await join(mia, code);
    await join(gus, code);
    const endedForGus = nextEvent(gus, 'meeting:ended');
    const endedForHost = nextEvent(host, 'meeting:ended');
    const leftSeenByGus = collect(gus, 'participant:left');

    ok(await host.emitWithAck('meeting:end', {}));

    expect(await endedForGus).toEqual({});
    await endedForHost;
    await settled(gus);
    expect(leftSeenByGus).toEqual([]);
    const stored = await Meeting.findOne({ code }).lean();
    expect(stored?.endedAt).toBeInstanceOf(Date);
    expect(await Activity.countDocuments({ meetingCode: code, leftAt: null })).toBe(0);
    expect(await Activity.countDocuments({ meetingCode: code })).toBe(2);
    expect(errorCode(await gus.emitWithAck('chat:send', { text: 'hello?' }))).toBe(
      'NOT_IN_MEETING',
    );
    const hostTab = await connect(server, hostAuth);
    expect(errorCode(await joinAck(hostTab, code))).toBe('MEETING_ENDED');
  });
});
