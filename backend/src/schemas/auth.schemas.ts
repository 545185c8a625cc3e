import { z } from 'zod';

// bcrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused.
export const PASSWORD_MIN_BYTES = 8;
export const PASSWORD_MAX_BYTES = 72;

const password = z
  .string()
  .refine((value) => Buffer.byteLength(value, 'utf8') >= PASSWORD_MIN_BYTES, {
    message: `Passwords need at least ${PASSWORD_MIN_BYTES} bytes.`,
  })
  .refine((value) => Buffer.byteLength(value, 'utf8') <= PASSWORD_MAX_BYTES, {
    message: `Passwords can have at most ${PASSWORD_MAX_BYTES} bytes (UTF-8).`,
  });

export const registerBodySchema = z.object({
  name: z.string().trim().min(1).max(80),
  username: z
    .string()
    .trim()
    .regex(
      /^[a-zA-Z0-9_.-]{3,32}$/,
      'Usernames have 3 to 32 letters, digits, dots, dashes or underscores.',
    ),
  password,
});

// Login does not restate the registration rules: a wrong shape is just wrong credentials.
export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export type RegisterBody = z.infer<typeof registerBodySchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
