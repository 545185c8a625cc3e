import { z } from 'zod';

// Any string is accepted here: a malformed code is answered like an unknown one (404).
export const meetingCodeParamsSchema = z.object({
  code: z.string().trim().toLowerCase().max(64),
});

export type MeetingCodeParams = z.infer<typeof meetingCodeParamsSchema>;
