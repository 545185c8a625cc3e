import type { ErrorCode } from '../errors.js';
import type { ChatMessage, IceServer, Participant } from '../models.js';
import type {
  AuthRefreshPayload,
  ChatHistoryPayload,
  ChatSendPayload,
  JoinPayload,
  LeavePayload,
  MediaUpdatePayload,
  SignalData,
  SignalPayload,
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
}

export interface ClientToServerEvents {
  'auth:refresh': (payload: AuthRefreshPayload, ack: AckCallback<{ expiresIn: number }>) => void;
  'meeting:join': (payload: JoinPayload, ack: AckCallback<JoinResult>) => void;
  'meeting:leave': (payload: LeavePayload, ack: AckCallback<EmptyObject>) => void;
  'chat:send': (payload: ChatSendPayload, ack: AckCallback<{ message: ChatMessage }>) => void;
  'chat:history': (
    payload: ChatHistoryPayload,
    ack: AckCallback<{ messages: ChatMessage[] }>,
  ) => void;
  signal: (payload: SignalPayload, ack: AckCallback<EmptyObject>) => void;
  'media:update': (payload: MediaUpdatePayload, ack: AckCallback<EmptyObject>) => void;
}

export interface ServerToClientEvents {
  'participant:joined': (payload: { participant: Participant }) => void;
  'participant:left': (payload: { id: string }) => void;
  'participant:updated': (payload: { participant: Participant }) => void;
  'chat:message': (payload: { message: ChatMessage }) => void;
  signal: (payload: { from: string; data: SignalData }) => void;
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
] as const satisfies readonly ClientEventName[];
