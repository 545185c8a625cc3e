import type { ChatMessage, IceServer, MediaAccess, Participant } from '@huddle/contract';
import type { RealtimeError } from '../../../../lib/socket';

export type RoomStatus = 'idle' | 'connecting' | 'joined' | 'reconnecting';

/** One successful `meeting:join`; a new object after every rejoin rebuilds the call's media. */
export interface JoinedSession {
  self: Participant;
  participants: Participant[];
  messages: ChatMessage[];
  iceServers: IceServer[];
  media: MediaAccess;
}

type ParticipantAction =
  | { type: 'participant-joined'; participant: Participant }
  | { type: 'participant-updated'; participant: Participant }
  | { type: 'participant-left'; id: string };

export interface RoomState {
  status: RoomStatus;
  session: JoinedSession | null;
  /** Everyone else, in join order. */
  participants: Participant[];
  /**
   * While a `meeting:join` is on its way: the participant events that arrived before its answer,
   * in order. They may be newer than the answer's list, so they are replayed over it.
   */
  early: ParticipantAction[] | null;
  error: RealtimeError | null;
}

export type RoomAction =
  | { type: 'connecting' }
  | { type: 'join-sent' }
  | { type: 'joined'; session: JoinedSession }
  | { type: 'disconnected' }
  | { type: 'recovered' }
  | { type: 'failed'; error: RealtimeError }
  | { type: 'left' }
  | ParticipantAction;

export const initialRoomState: RoomState = {
  status: 'idle',
  session: null,
  participants: [],
  early: null,
  error: null,
};

function upsert(list: Participant[], participant: Participant, append: boolean): Participant[] {
  const index = list.findIndex((existing) => existing.id === participant.id);
  if (index < 0) return append ? [...list, participant] : list;
  return list.map((existing, i) => (i === index ? participant : existing));
}

function applyParticipantAction(
  participants: Participant[],
  selfId: string,
  action: ParticipantAction,
): Participant[] {
  if (action.type === 'participant-left') return participants.filter((p) => p.id !== action.id);
  if (action.participant.id === selfId) return participants;
  return upsert(participants, action.participant, action.type === 'participant-joined');
}

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'connecting':
      return { ...initialRoomState, status: 'connecting' };
    case 'join-sent':
      return { ...state, early: [] };
    case 'joined': {
      const selfId = action.session.self.id;
      const snapshot = action.session.participants.filter((p) => p.id !== selfId);
      const participants = (state.early ?? []).reduce(
        (list, early) => applyParticipantAction(list, selfId, early),
        snapshot,
      );
      return { status: 'joined', session: action.session, participants, early: null, error: null };
    }
    case 'disconnected':
      return state.status === 'joined' ? { ...state, status: 'reconnecting' } : state;
    case 'recovered':
      return state.status === 'reconnecting' ? { ...state, status: 'joined' } : state;
    case 'failed':
      return { ...initialRoomState, error: action.error };
    case 'left':
      return initialRoomState;
    case 'participant-joined':
    case 'participant-updated':
    case 'participant-left':
      if (state.early) return { ...state, early: [...state.early, action] };
      if (!state.session) return state;
      return {
        ...state,
        participants: applyParticipantAction(state.participants, state.session.self.id, action),
      };
  }
}
