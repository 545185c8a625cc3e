import { z } from 'zod';
import {
  DISPLAY_NAME_MAX,
  MEETING_CODE_PATTERN,
  PASSWORD_MAX_BYTES,
  PASSWORD_MIN_BYTES,
  USERNAME_MAX,
  USERNAME_MIN,
  USERNAME_PATTERN,
} from './limits.js';

/** Field schemas that REST bodies and socket payloads share. */

export const meetingCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(MEETING_CODE_PATTERN, 'Meeting codes look like abc-defg-hij.');

export const displayNameSchema = z.string().trim().min(1).max(DISPLAY_NAME_MAX);

export const usernameSchema = z
  .string()
  .trim()
  .regex(
    USERNAME_PATTERN,
    `Usernames have ${USERNAME_MIN} to ${USERNAME_MAX} letters, digits, dots, dashes or underscores.`,
  );

const utf8 = new TextEncoder();

/** Passwords are measured in UTF-8 bytes, as bcrypt reads them. */
export function passwordBytes(password: string): number {
  return utf8.encode(password).length;
}

export const newPasswordSchema = z
  .string()
  .refine((value) => passwordBytes(value) >= PASSWORD_MIN_BYTES, {
    message: `Passwords need at least ${PASSWORD_MIN_BYTES} bytes.`,
  })
  .refine((value) => passwordBytes(value) <= PASSWORD_MAX_BYTES, {
    message: `Passwords can have at most ${PASSWORD_MAX_BYTES} bytes (UTF-8).`,
  });
