import { z } from 'zod';
import { decodeActivityCursor, type ActivityCursor } from '../lib/activityCursor.js';
import { meetingCodeSchema } from './meeting.schemas.js';

export const recordActivityBodySchema = z.object({
  meetingCode: meetingCodeSchema,
});

export const listActivityQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  before: z
    .string()
    .max(128)
    .transform((value, ctx): ActivityCursor => {
      const cursor = decodeActivityCursor(value);
      if (cursor) return cursor;
      ctx.addIssue({ code: 'custom', message: 'The cursor is not valid.' });
      return z.NEVER;
    })
    .optional(),
});

export type RecordActivityBody = z.infer<typeof recordActivityBodySchema>;
export type ListActivityQuery = z.infer<typeof listActivityQuerySchema>;
