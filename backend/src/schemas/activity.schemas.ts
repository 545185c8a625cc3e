import { activityCursorSchema, listActivityQuerySchema } from '@huddle/contract';
import { z } from 'zod';
import { decodeActivityCursor, type ActivityCursor } from '../lib/activityCursor.js';

/** The contract's query, with the cursor decoded into the position it stands for. */
export const decodedActivityQuerySchema = listActivityQuerySchema.extend({
  before: activityCursorSchema
    .transform((value, ctx): ActivityCursor => {
      const cursor = decodeActivityCursor(value);
      if (cursor) return cursor;
      ctx.addIssue({ code: 'custom', message: 'The cursor is not valid.' });
      return z.NEVER;
    })
    .optional(),
});

export type ListActivityQuery = z.infer<typeof decodedActivityQuerySchema>;
