import type { Meeting, Participant } from '@huddle/contract';
import { RealtimeError } from '../../../../lib/socket';
import {
  initialRoomState,
  roomReducer,
  type JoinedSession,
  type RoomAction,
  type RoomState,
} from './roomReducer';

function person(id: string, overrides: Partial<Participant> = {}): Participant {
  return {
    id,
    name: id,
    isGuest: true,
    audio: true,
    video: true,
    screen: false,
    role: 'participant',
    handRaised: false,
    ...overrides,
  };
}

const meeting: Meeting = {
  code: 'abc-defg-hij',
  title: 'Sync',
  hostId: 'h',
  createdAt: '2026-01-01T00:00:00.000Z',
  endedAt: null,
  lobby: false,
  locked: false,
};

function sessionOf(
  self: Participant,
  others: Participant[],
  knocking: Participant[] = [],
): JoinedSession {
  return {
    self,
    participants: others,
    messages: [],
    iceServers: [],
    media: { mode: 'mesh', iceServers: [] },
    meeting,
    knocking,
  };
}

function joined(
  self = person('me'),
  others = [person('ada')],
  knocking: Participant[] = [],
): RoomState {
  const session = sessionOf(self, others, knocking);
  return roomReducer({ ...initialRoomState, status: 'connecting' }, { type: 'joined', session });
}

const raised = (id: string, raisedAt: number) => person(id, { handRaised: true, raisedAt });

describe('roomReducer', () => {
  it('when joined, then everyone but ourselves is listed', () => {
    const state = joined(person('me'), [person('ada'), person('me')]);

    expect(state.status).toBe('joined');
    expect(state.participants.map((p) => p.id)).toEqual(['ada']);
  });

  it('when someone joins twice (a late duplicate event), then they are listed once', () => {
    const once = roomReducer(joined(), { type: 'participant-joined', participant: person('bob') });
    const twice = roomReducer(once, { type: 'participant-joined', participant: person('bob') });

    expect(twice.participants.map((p) => p.id)).toEqual(['ada', 'bob']);
  });

  it('when someone mutes, then only their entry changes', () => {
    const state = roomReducer(joined(), {
      type: 'participant-updated',
      participant: person('ada', { audio: false }),
    });

    expect(state.participants).toEqual([person('ada', { audio: false })]);
  });

  it('when an update names someone unknown, then nobody is added', () => {
    const state = roomReducer(joined(), { type: 'participant-updated', participant: person('x') });

    expect(state.participants.map((p) => p.id)).toEqual(['ada']);
  });

  it('when someone leaves, then they are removed', () => {
    const state = roomReducer(joined(), { type: 'participant-left', id: 'ada' });

    expect(state.participants).toEqual([]);
  });

  it('when the socket drops while joined, then the room is reconnecting with its session kept', () => {
    const before = joined();
    const state = roomReducer(before, { type: 'disconnected' });

    expect(state.status).toBe('reconnecting');
    expect(state.session).toBe(before.session);
  });

  it('when the dropped socket is recovered, then the room is joined again with the same session and participants', () => {
    const before = roomReducer(joined(), { type: 'disconnected' });
    const state = roomReducer(before, { type: 'recovered' });

    expect(state).toEqual({ ...before, status: 'joined' });
  });

  it('when events arrive before the join answer, then they are merged over its list, not lost', () => {
    const events: RoomAction[] = [
      { type: 'participant-joined', participant: person('bob') },
      { type: 'participant-left', id: 'ada' },
      { type: 'participant-updated', participant: person('cyd', { audio: false }) },
      { type: 'participant-joined', participant: person('me') },
    ];
    const sent = roomReducer({ ...initialRoomState, status: 'connecting' }, { type: 'join-sent' });
    const waiting = events.reduce(roomReducer, sent);
    const session = sessionOf(person('me'), [person('ada'), person('cyd')]);

    const state = roomReducer(waiting, { type: 'joined', session });

    expect(state.participants).toEqual([person('cyd', { audio: false }), person('bob')]);
    const later = roomReducer(state, { type: 'participant-joined', participant: person('dee') });
    expect(later.participants.map((p) => p.id)).toEqual(['cyd', 'bob', 'dee']);
  });

  it('when rejoining after a drop, then events before the new answer are kept too', () => {
    const dropped = roomReducer(joined(), { type: 'disconnected' });
    const sent = roomReducer(dropped, { type: 'join-sent' });
    const waiting = roomReducer(sent, { type: 'participant-joined', participant: person('bob') });
    const session = sessionOf(person('me2'), [person('ada')]);

    const state = roomReducer(waiting, { type: 'joined', session });

    expect(state.participants.map((p) => p.id)).toEqual(['ada', 'bob']);
  });

  it('when joining fails, then the error is kept and the session cleared', () => {
    const error = new RealtimeError('MEETING_FULL', 'The meeting is full.');
    const state = roomReducer(joined(), { type: 'failed', error });

    expect(state).toEqual({ ...initialRoomState, error });
  });

  it('when hands go up, then raised hands come first in the order they went up', () => {
    let state = joined(person('me'), [person('ada'), person('bob'), person('cy')]);
    state = roomReducer(state, { type: 'participant-updated', participant: raised('cy', 2) });
    state = roomReducer(state, { type: 'participant-updated', participant: raised('bob', 1) });

    expect(state.participants.map((p) => p.id)).toEqual(['bob', 'cy', 'ada']);
  });

  it('when an update is about ourselves (a host lowered our hand, made us co-host), then our own entry changes', () => {
    const state = roomReducer(joined(raised('me', 1)), {
      type: 'participant-updated',
      participant: person('me', { role: 'cohost' }),
    });

    expect(state.self).toEqual(person('me', { role: 'cohost' }));
    expect(state.session?.self).toEqual(raised('me', 1));
    expect(state.participants.map((p) => p.id)).toEqual(['ada']);
  });

  it('when our co-host role is taken back, then we stop seeing who knocks', () => {
    const cohost = person('me', { role: 'cohost', isGuest: false });
    const before = joined(cohost, [person('ada')], [person('gus')]);

    const state = roomReducer(before, {
      type: 'participant-updated',
      participant: { ...cohost, role: 'participant' },
    });

    expect(state.self?.role).toBe('participant');
    expect(state.knocking).toEqual([]);
  });

  it('when people knock and one stops waiting, then the knocks list the rest once each', () => {
    let state = joined(person('me', { role: 'host' }), [], [person('gus')]);
    state = roomReducer(state, { type: 'knock', participant: person('gus') });
    state = roomReducer(state, { type: 'knock', participant: person('eve') });
    state = roomReducer(state, { type: 'knock-left', id: 'gus' });

    expect(state.knocking.map((p) => p.id)).toEqual(['eve']);
  });

  it('when the lobby holds us back and a host arrives, then we wait with no session', () => {
    const state = roomReducer(initialRoomState, { type: 'waiting', hostPresent: false });

    expect(state).toMatchObject({ status: 'waiting', hostPresent: false, session: null });
  });

  it('when the meeting ends for everyone, then the room is out with that reason', () => {
    const state = roomReducer(joined(), { type: 'exited', exit: 'ended' });

    expect(state).toEqual({ ...initialRoomState, exit: 'ended' });
  });

  it('when the settings change, then the room holds the new ones', () => {
    const state = roomReducer(joined(), {
      type: 'meeting-updated',
      meeting: { ...meeting, locked: true },
    });

    expect(state.meeting?.locked).toBe(true);
  });
});
