import type { Participant } from '@huddle/contract';
import { RealtimeError } from '../../../../lib/socket';
import {
  initialRoomState,
  roomReducer,
  type JoinedSession,
  type RoomAction,
  type RoomState,
} from './roomReducer';

function person(id: string, overrides: Partial<Participant> = {}): Participant {
  return { id, name: id, isGuest: true, audio: true, video: true, screen: false, ...overrides };
}

function sessionOf(self: Participant, others: Participant[]): JoinedSession {
  return {
    self,
    participants: others,
    messages: [],
    iceServers: [],
    media: { mode: 'mesh', iceServers: [] },
  };
}

function joined(self = person('me'), others = [person('ada')]): RoomState {
  const session = sessionOf(self, others);
  return roomReducer({ ...initialRoomState, status: 'connecting' }, { type: 'joined', session });
}

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
});
