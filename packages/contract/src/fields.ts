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

// Invisible characters that could make a name look empty or like someone else's at its edges.
const EDGE_INVISIBLES =
  /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+|[\s\u200B-\u200D\u2060\uFEFF\u00AD]+$/g;
// Control characters, and the bidirectional overrides and isolates that reorder how text reads.
const CONTROL_OR_BIDI = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
// Chat text may break lines; nothing else of that kind.
const CONTROL_OR_BIDI_EXCEPT_NEWLINES = /[^\P{Cc}\n\r\t]|[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Text a person typed: trimmed of whitespace and zero-width characters at both ends, then
 * refused when empty, too long, or holding control characters (`allowNewlines` for chat).
 */
export function humanTextSchema(max: number, { allowNewlines = false } = {}) {
  return z
    .string()
    .transform((value) => value.replace(EDGE_INVISIBLES, ''))
    .pipe(
      z
        .string()
        .min(1, 'Must not be empty.')
        .max(max)
        .refine(
          (value) =>
            !(allowNewlines ? CONTROL_OR_BIDI_EXCEPT_NEWLINES : CONTROL_OR_BIDI).test(value),
          'Must not contain control characters.',
        ),
    );
}

export const displayNameSchema = humanTextSchema(DISPLAY_NAME_MAX);

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
