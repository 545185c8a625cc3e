import { z } from 'zod';
import { displayNameSchema, humanTextSchema, meetingCodeSchema } from '../fields.js';
import { CHAT_TEXT_MAX, MEETING_TITLE_MAX, REACTIONS } from '../limits.js';

/** The socket handshake's `auth` and the payload of every client event. */

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

/**
 * `clientId`: chosen by the client for each message and sent again when it retries that message.
 * A message the server stored but answered with an error (the database took it too late) is then
 * acknowledged and delivered once, instead of being stored a second time.
 */
export const chatSendPayloadSchema = z.object({
  text: humanTextSchema(CHAT_TEXT_MAX, { allowNewlines: true }),
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, 'Not a message key (16 to 64 letters, digits, - or _).')
    .optional(),
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

const signalDataSchema = z.union([
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

/** A participant named in a control event: the socket id the server gave them. */
const participantIdSchema = z.string().min(1).max(64);

export const targetPayloadSchema = z.object({ id: participantIdSchema });

export const meetingUpdatePayloadSchema = z
  .object({
    lobby: z.boolean().optional(),
    locked: z.boolean().optional(),
    title: z.string().trim().max(MEETING_TITLE_MAX).optional(),
  })
  .strict();

export const mutePayloadSchema = z.object({
  id: participantIdSchema,
  kind: z.enum(['audio', 'video']),
});

export const endPayloadSchema = z.object({}).strict();
/** Asks for a new media token while joined (the SFU dropped us and our token has expired). */
export const mediaTokenPayloadSchema = z.object({}).strict();

/** Without `id` it raises or lowers one's own hand; with another's `id` a host lowers theirs. */
export const handRaisePayloadSchema = z.object({
  raised: z.boolean(),
  id: participantIdSchema.optional(),
});

export const reactionPayloadSchema = z.object({ emoji: z.enum(REACTIONS) });

export type AuthRefreshPayload = z.infer<typeof authRefreshPayloadSchema>;
export type JoinPayload = z.infer<typeof joinPayloadSchema>;
export type LeavePayload = z.infer<typeof leavePayloadSchema>;
export type ChatSendPayload = z.infer<typeof chatSendPayloadSchema>;
export type ChatHistoryPayload = z.infer<typeof chatHistoryPayloadSchema>;
export type SignalData = z.infer<typeof signalDataSchema>;
export type SignalPayload = z.infer<typeof signalPayloadSchema>;
export type MediaUpdatePayload = z.infer<typeof mediaUpdatePayloadSchema>;
export type TargetPayload = z.infer<typeof targetPayloadSchema>;
export type MeetingUpdatePayload = z.infer<typeof meetingUpdatePayloadSchema>;
export type MutePayload = z.infer<typeof mutePayloadSchema>;
export type EndPayload = z.infer<typeof endPayloadSchema>;
export type MediaTokenPayload = z.infer<typeof mediaTokenPayloadSchema>;
export type HandRaisePayload = z.infer<typeof handRaisePayloadSchema>;
export type ReactionPayload = z.infer<typeof reactionPayloadSchema>;
