import { z } from 'zod';
import { displayNameSchema, humanTextSchema, meetingCodeSchema } from '../fields.js';
import { CHAT_TEXT_MAX } from '../limits.js';

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

export const chatSendPayloadSchema = z.object({
  text: humanTextSchema(CHAT_TEXT_MAX, { allowNewlines: true }),
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

export type AuthRefreshPayload = z.infer<typeof authRefreshPayloadSchema>;
export type JoinPayload = z.infer<typeof joinPayloadSchema>;
export type LeavePayload = z.infer<typeof leavePayloadSchema>;
export type ChatSendPayload = z.infer<typeof chatSendPayloadSchema>;
export type ChatHistoryPayload = z.infer<typeof chatHistoryPayloadSchema>;
export type SignalData = z.infer<typeof signalDataSchema>;
export type SignalPayload = z.infer<typeof signalPayloadSchema>;
export type MediaUpdatePayload = z.infer<typeof mediaUpdatePayloadSchema>;
