/**
 * The realtime contract of DESIGN.md: event maps, payload schemas and shared shapes.
 * The server validates with the schemas; the frontend imports this module as types only.
 */
import { z } from 'zod';

export const MEETING_CODE_PATTERN = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

export const meetingCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(MEETING_CODE_PATTERN, 'Meeting codes look like abc-defg-hij.');

export const displayNameSchema = z.string().trim().min(1).max(40);

export const handshakeAuthSchema = z.object({
  token: z.string().min(1).max(4096).optional(),
  name: displayNameSchema.optional(),
});

/** A fresh access token for the socket's own session, sent before the current one expires. */
export const authRefreshPayloadSchema = z.object({
  token: z.string().min(1).max(4096),
});

export const joinPayloadSchema = z.object({
  code: meetingCodeSchema,
  audio: z.boolean(),
  video: z.boolean(),
});

export const leavePayloadSchema = z.object({}).strict();

export const chatSendPayloadSchema = z.object({
  text: z.string().trim().min(1).max(2000),
});

/** `before` is the id of the oldest message the client holds; the answer is the page before it. */
export const chatHistoryPayloadSchema = z.object({
  before: z
    .string()
    .regex(/^[a-f0-9]{24}$/i, 'Not a message id.')
    .optional(),
});

const sessionDescriptionSchema = z.object({
  type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
  // Kept well under the server's 64 KB packet limit (maxHttpBufferSize), JSON escaping included.
  sdp: z.string().max(32_000).optional(),
});

const iceCandidateSchema = z.object({
  candidate: z.string().max(2000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(1000).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});

export const signalDataSchema = z.union([
  z.object({ description: sessionDescriptionSchema }).strict(),
  z.object({ candidate: iceCandidateSchema.nullable() }).strict(),
]);

export const signalPayloadSchema = z.object({
  to: z.string().min(1).max(64),
  data: signalDataSchema,
});

export const mediaUpdatePayloadSchema = z
  .object({
    audio: z.boolean().optional(),
    video: z.boolean().optional(),
    screen: z.boolean().optional(),
  })
  .strict();

export type AuthRefreshPayload = z.infer<typeof authRefreshPayloadSchema>;
export type JoinPayload = z.infer<typeof joinPayloadSchema>;
export type ChatSendPayload = z.infer<typeof chatSendPayloadSchema>;
export type ChatHistoryPayload = z.infer<typeof chatHistoryPayloadSchema>;
export type SignalData = z.infer<typeof signalDataSchema>;
export type SignalPayload = z.infer<typeof signalPayloadSchema>;
export type MediaUpdatePayload = z.infer<typeof mediaUpdatePayloadSchema>;

export interface Participant {
  id: string;
  name: string;
  userId?: string;
  isGuest: boolean;
  audio: boolean;
  video: boolean;
  screen: boolean;
}

export interface ChatMessage {
  id: string;
  meetingCode: string;
  sender: { id?: string; name: string };
  text: string;
  createdAt: string;
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export interface AckError {
  code: string;
  message: string;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
export type AckCallback<T> = (response: Ack<T>) => void;

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

export type EmptyObject = Record<string, never>;

/** Why the server is about to close a member's socket: its session expired or was ended. */
export const SESSION_EXPIRED = 'SESSION_EXPIRED';

/** Every event a client may send; the server refuses any other. */
export const CLIENT_EVENTS = [
  'auth:refresh',
  'meeting:join',
  'meeting:leave',
  'chat:send',
  'chat:history',
  'signal',
  'media:update',
] as const satisfies readonly (keyof ClientToServerEvents)[];

export interface ClientToServerEvents {
  'auth:refresh': (payload: AuthRefreshPayload, ack: AckCallback<{ expiresIn: number }>) => void;
  'meeting:join': (payload: JoinPayload, ack: AckCallback<JoinResult>) => void;
  'meeting:leave': (payload: EmptyObject, ack: AckCallback<EmptyObject>) => void;
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
  'session:ended': (payload: { error: AckError }) => void;
}

export interface InterServerEvents {
  /** A session another process ended: its access tokens are refused here too. */
  'session:revoked': (sessionId: string) => void;
  /** A meeting changed or ended: forget what the meeting cache holds of it. */
  'meeting:invalidate': (code: string) => void;
}

export interface SocketData {
  userId?: string;
  /** A member's session (refresh family): signing out there closes this socket. */
  sessionId?: string;
  /** When the member's access token expires unless `auth:refresh` brings a new one (ms). */
  sessionExpiresAt?: number;
  name: string;
  isGuest: boolean;
  meetingCode?: string;
  activityId?: string;
  /** When this socket joined its meeting (ms); breaks ties between simultaneous joins at the cap. */
  joinedAt?: number;
  audio: boolean;
  video: boolean;
  screen: boolean;
}
