import cors from 'cors';
import { AppError } from '../errors/AppError.js';

/** Allows credentialed cross-origin calls only from the configured origins. */
export function corsAllowlist(origins: readonly string[]) {
  const allowed = new Set(origins);
  return cors({
    credentials: true,
    origin: (origin, callback) => {
      if (!origin || allowed.has(origin)) callback(null, true);
      else callback(new AppError(403, 'ORIGIN_NOT_ALLOWED', 'This origin is not allowed.'));
    },
  });
}
