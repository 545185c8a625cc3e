import { z } from 'zod';
import { meetingCodeSchema } from '../realtime/contract.js';

export { meetingCodeSchema };

export const createMeetingBodySchema = z.object({
  title: z.string().trim().max(120).optional(),
});

// Any string is accepted here: a malformed code is answered like an unknown one (404).
export const meetingCodeParamsSchema = z.object({
  code: z.string().trim().toLowerCase().max(64),
});

export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;
export type MeetingCodeParams = z.infer<typeof meetingCodeParamsSchema>;
