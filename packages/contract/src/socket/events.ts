import type { ErrorCode } from '../errors.js';
import type { Reaction } from '../limits.js';
import type { Actor, ChatMessage, IceServer, Meeting, Participant } from '../models.js';
import type {
  AuthRefreshPayload,
  ChatHistoryPayload,
  ChatSendPayload,
  EndPayload,
  HandRaisePayload,
  JoinPayload,
  LeavePayload,
  MediaTokenPayload,
  MediaUpdatePayload,
  MeetingUpdatePayload,
  MutePayload,
  ReactionPayload,
  SignalData,
  SignalPayload,
  TargetPayload,
} from './schemas.js';

/** The Socket.IO event maps: every client event is acked `{ok: true, data}` or `{ok: false, error}`. */

export interface AckError {
  code: ErrorCode;
  message: string;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
export type AckCallback<T> = (response: Ack<T>) => void;

export type EmptyObject = Record<string, never>;

/**
 * How the joined participant sends and receives media: through the SFU with a LiveKit access
 * token for the meeting's room, or browser to browser (the mesh) with these ICE servers.
 */
export type MediaAccess =
  { mode: 'sfu'; url: string; token: string } | { mode: 'mesh'; iceServers: IceServer[] };

export interface JoinResult {
  self: Participant;
  participants: Participant[];
  messages: ChatMessage[];
  /** The mesh's ICE servers, also in `media` when it is the mesh; kept here for older clients. */
  iceServers: IceServer[];
  media: MediaAccess;
  meeting: Meeting;
  /** People waiting in the lobby; only hosts and co-hosts are told. */
  knocking: Participant[];
}

/** The join ack of someone the lobby holds back; `lobby:admitted` or `lobby:denied` follows. */
export interface LobbyWait {
  waiting: true;
  /** Whether a host or co-host is in the meeting to admit them now. */
  hostPresent: boolean;
}

export type JoinAck = JoinResult | LobbyWait;

export interface ClientToServerEvents {
  'auth:refresh': (payload: AuthRefreshPayload, ack: AckCallback<{ expiresIn: number }>) => void;
  'meeting:join': (payload: JoinPayload, ack: AckCallback<JoinAck>) => void;
  'meeting:leave': (payload: LeavePayload, ack: AckCallback<EmptyObject>) => void;
  'chat:send': (payload: ChatSendPayload, ack: AckCallback<{ message: ChatMessage }>) => void;
  'chat:history': (
    payload: ChatHistoryPayload,
    ack: AckCallback<{ messages: ChatMessage[] }>,
  ) => void;
  signal: (payload: SignalPayload, ack: AckCallback<EmptyObject>) => void;
  'media:update': (payload: MediaUpdatePayload, ack: AckCallback<EmptyObject>) => void;
  /** A fresh media access for a participant still in the meeting (after the SFU dropped them). */
  'media:token': (payload: MediaTokenPayload, ack: AckCallback<{ media: MediaAccess }>) => void;
  'meeting:update': (payload: MeetingUpdatePayload, ack: AckCallback<{ meeting: Meeting }>) => void;
  'meeting:end': (payload: EndPayload, ack: AckCallback<EmptyObject>) => void;
  'participant:promote': (payload: TargetPayload, ack: AckCallback<EmptyObject>) => void;
  /** The host takes a co-host's role back. */
  'participant:demote': (payload: TargetPayload, ack: AckCallback<EmptyObject>) => void;
  'participant:mute': (payload: MutePayload, ack: AckCallback<EmptyObject>) => void;
  'participant:remove': (payload: TargetPayload, ack: AckCallback<EmptyObject>) => void;
  'lobby:admit': (payload: TargetPayload, ack: AckCallback<EmptyObject>) => void;
  'lobby:deny': (payload: TargetPayload, ack: AckCallback<EmptyObject>) => void;
  'hand:raise': (payload: HandRaisePayload, ack: AckCallback<EmptyObject>) => void;
  'reaction:send': (payload: ReactionPayload, ack: AckCallback<EmptyObject>) => void;
}

export interface ServerToClientEvents {
  'participant:joined': (payload: { participant: Participant }) => void;
  'participant:left': (payload: { id: string }) => void;
  'participant:updated': (payload: { participant: Participant }) => void;
  'chat:message': (payload: { message: ChatMessage }) => void;
  signal: (payload: { from: string; data: SignalData }) => void;
  'meeting:updated': (payload: { meeting: Meeting }) => void;
  /** The meeting ended for everyone; the socket is out of it. */
  'meeting:ended': (payload: EmptyObject) => void;
  /** A host removed this socket from the meeting; it cannot come back. */
  'meeting:removed': (payload: EmptyObject) => void;
  /** A host turned this socket's microphone or camera off; it may turn it on again. */
  'participant:muted': (payload: { kind: 'audio' | 'video'; by: Actor }) => void;
  /** To hosts: someone is waiting in the lobby. */
  'lobby:knock': (payload: { participant: Participant }) => void;
  /** To hosts: someone stopped waiting (admitted, denied or gone). */
  'lobby:left': (payload: { id: string }) => void;
  /** To a waiting socket: it is in; the same data as a join. */
  'lobby:admitted': (payload: JoinResult) => void;
  /** To a waiting socket: it was not let in (`error` when admission failed, e.g. full). */
  'lobby:denied': (payload: { error?: AckError }) => void;
  /** To waiting sockets: whether a host is there to admit them. */
  'lobby:status': (payload: { hostPresent: boolean }) => void;
  reaction: (payload: { from: string; emoji: Reaction }) => void;
  /** Sent just before the server closes a member's socket: its session expired or was ended. */
  'session:ended': (payload: { error: AckError }) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
export type PayloadOf<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[0];
export type AckDataOf<E extends ClientEventName> =
  Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;

/** Every event a client may send; the server refuses any other. */
export const CLIENT_EVENTS = [
  'auth:refresh',
  'meeting:join',
  'meeting:leave',
  'chat:send',
  'chat:history',
  'signal',
  'media:update',
  'media:token',
  'meeting:update',
  'meeting:end',
  'participant:promote',
  'participant:demote',
  'participant:mute',
  'participant:remove',
  'lobby:admit',
  'lobby:deny',
  'hand:raise',
  'reaction:send',
] as const satisfies readonly ClientEventName[];
