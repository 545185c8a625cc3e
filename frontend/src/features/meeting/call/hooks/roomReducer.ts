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

export interface RoomState {
  status: RoomStatus;
  session: JoinedSession | null;
  /** Everyone else, in join order. */
  participants: Participant[];
  error: RealtimeError | null;
}

export type RoomAction =
  | { type: 'connecting' }
  | { type: 'joined'; session: JoinedSession }
  | { type: 'disconnected' }
  | { type: 'recovered' }
  | { type: 'failed'; error: RealtimeError }
  | { type: 'left' }
  | { type: 'participant-joined'; participant: Participant }
  | { type: 'participant-updated'; participant: Participant }
  | { type: 'participant-left'; id: string };

export const initialRoomState: RoomState = {
  status: 'idle',
  session: null,
  participants: [],
  error: null,
};

function upsert(list: Participant[], participant: Participant, append: boolean): Participant[] {
  const index = list.findIndex((existing) => existing.id === participant.id);
  if (index < 0) return append ? [...list, participant] : list;
  return list.map((existing, i) => (i === index ? participant : existing));
}

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'connecting':
      return { ...initialRoomState, status: 'connecting' };
    case 'joined': {
      const selfId = action.session.self.id;
      const others = action.session.participants.filter((p) => p.id !== selfId);
      return { status: 'joined', session: action.session, participants: others, error: null };
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
      if (!state.session || action.participant.id === state.session.self.id) return state;
      return {
        ...state,
        participants: upsert(
          state.participants,
          action.participant,
          action.type === 'participant-joined',
        ),
      };
    case 'participant-left':
      return { ...state, participants: state.participants.filter((p) => p.id !== action.id) };
  }
}
