import { z } from 'zod';
import { humanTextSchema, meetingCodeSchema, newPasswordSchema, usernameSchema } from './fields.js';
import {
  ACTIVITY_PAGE_SIZE_DEFAULT,
  ACTIVITY_PAGE_SIZE_MAX,
  MEETING_TITLE_MAX,
  USER_NAME_MAX,
} from './limits.js';
import type { Meeting, User } from './models.js';

/** Request bodies and queries of the REST API (base `/api/v1`), and what each answers. */

export const registerBodySchema = z.object({
  name: humanTextSchema(USER_NAME_MAX),
  username: usernameSchema,
  password: newPasswordSchema,
});

// Login does not restate the registration rules: a wrong shape is just wrong credentials.
export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

// The current password is checked, not validated: like a login, a wrong one is just wrong.
export const changePasswordBodySchema = z
  .object({
    currentPassword: loginBodySchema.shape.password,
    newPassword: newPasswordSchema,
  })
  .refine(({ currentPassword, newPassword }) => currentPassword !== newPassword, {
    path: ['newPassword'],
    message: 'The new password must differ from the current one.',
  });

export const createMeetingBodySchema = z.object({
  title: z.string().trim().max(MEETING_TITLE_MAX).optional(),
});

export const recordActivityBodySchema = z.object({
  meetingCode: meetingCodeSchema,
});

/** `before` is the opaque `nextCursor` of the previous page. */
export const activityCursorSchema = z.string().max(128);

export const listActivityQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(ACTIVITY_PAGE_SIZE_MAX)
    .default(ACTIVITY_PAGE_SIZE_DEFAULT),
  before: activityCursorSchema.optional(),
});

export type RegisterBody = z.infer<typeof registerBodySchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;
export type RecordActivityBody = z.infer<typeof recordActivityBodySchema>;

/**
 * POST /auth/login, POST /auth/refresh, and POST /auth/password, whose fresh access token
 * replaces this device's (every one issued before the change is refused).
 */
export interface AuthResult {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: User;
}

export interface MeetingResponse {
  meeting: Meeting;
}
