import { byRaisedHand, type JoinResult, type Participant, type Meeting } from '@huddle/contract';
import type { RealtimeError } from '../../../../lib/socket';

export type RoomStatus = 'idle' | 'connecting' | 'waiting' | 'joined' | 'reconnecting';

/** How the meeting put us out: it ended, a host removed us, or a host did not let us in. */
export type RoomExit = 'ended' | 'removed' | 'denied';

/** One successful `meeting:join` (or admission); a new object after every rejoin rebuilds the call's media. */
export type JoinedSession = JoinResult;

type ParticipantAction =
  | { type: 'participant-joined'; participant: Participant }
  | { type: 'participant-updated'; participant: Participant }
  | { type: 'participant-left'; id: string };

export interface RoomState {
  status: RoomStatus;
  session: JoinedSession | null;
  /**
   * Ourselves as the others see us (role, raised hand), kept apart from `session` because a new
   * session object rebuilds the mesh.
   */
  self: Participant | null;
  /** Everyone else: raised hands first, in the order they went up, then in join order. */
  participants: Participant[];
  /**
   * While a `meeting:join` is on its way: the participant events that arrived before its answer,
   * in order. They may be newer than the answer's list, so they are replayed over it.
   */
  early: ParticipantAction[] | null;
  error: RealtimeError | null;
  /** While waiting in the lobby: whether a host is there to let us in. */
  hostPresent: boolean;
  exit: RoomExit | null;
  /** For hosts: the people waiting in the lobby, in the order they knocked. */
  knocking: Participant[];
  /** The meeting's settings as last heard (title, lobby, lock). */
  meeting: Meeting | null;
}

export type RoomAction =
  | { type: 'connecting' }
  | { type: 'join-sent' }
  | { type: 'waiting'; hostPresent: boolean }
  | { type: 'joined'; session: JoinedSession }
  | { type: 'disconnected' }
  | { type: 'recovered' }
  | { type: 'failed'; error: RealtimeError }
  | { type: 'exited'; exit: RoomExit; error?: RealtimeError }
  | { type: 'left' }
  | ParticipantAction
  | { type: 'knock'; participant: Participant }
  | { type: 'knock-left'; id: string }
  | { type: 'meeting-updated'; meeting: Meeting };

export const initialRoomState: RoomState = {
  status: 'idle',
  session: null,
  self: null,
  participants: [],
  early: null,
  error: null,
  hostPresent: false,
  exit: null,
  knocking: [],
  meeting: null,
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

const sorted = (list: Participant[]) => [...list].sort(byRaisedHand);

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'connecting':
      return { ...initialRoomState, status: 'connecting' };
    case 'join-sent':
      return { ...state, early: [] };
    case 'waiting':
      return { ...initialRoomState, status: 'waiting', hostPresent: action.hostPresent };
    case 'joined': {
      const { session } = action;
      const selfId = session.self.id;
      const snapshot = session.participants.filter((p) => p.id !== selfId);
      const participants = (state.early ?? []).reduce(
        (list, early) => applyParticipantAction(list, selfId, early),
        snapshot,
      );
      return {
        ...initialRoomState,
        status: 'joined',
        session,
        self: session.self,
        participants: sorted(participants),
        knocking: session.knocking,
        meeting: session.meeting,
      };
    }
    case 'disconnected':
      return state.status === 'joined' ? { ...state, status: 'reconnecting' } : state;
    case 'recovered':
      return state.status === 'reconnecting' ? { ...state, status: 'joined' } : state;
    case 'failed':
      return { ...initialRoomState, error: action.error };
    case 'exited':
      return { ...initialRoomState, exit: action.exit, error: action.error ?? null };
    case 'left':
      return initialRoomState;
    case 'participant-joined':
    case 'participant-updated':
    case 'participant-left': {
      if (state.early) return { ...state, early: [...state.early, action] };
      const { session } = state;
      if (!session) return state;
      if (action.type !== 'participant-left' && action.participant.id === session.self.id) {
        // A co-host whose role was taken back no longer answers knocks.
        const hosting = action.participant.role !== 'participant';
        return { ...state, self: action.participant, knocking: hosting ? state.knocking : [] };
      }
      return {
        ...state,
        participants: sorted(applyParticipantAction(state.participants, session.self.id, action)),
      };
    }
    case 'knock':
      return { ...state, knocking: upsert(state.knocking, action.participant, true) };
    case 'knock-left':
      return { ...state, knocking: state.knocking.filter((p) => p.id !== action.id) };
    case 'meeting-updated':
      return { ...state, meeting: action.meeting };
  }
}
