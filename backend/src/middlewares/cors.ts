import cors from 'cors';
import { AppError } from '../errors/AppError.js';
import { createOriginAllowlist } from '../lib/originAllowlist.js';

/** Allows credentialed cross-origin calls only from the configured origins. */
export function corsAllowlist(origins: readonly string[]) {
  const isAllowed = createOriginAllowlist(origins);
  return cors({
    credentials: true,
    origin: (origin, callback) => {
      if (isAllowed(origin)) callback(null, true);
      else callback(new AppError(403, 'ORIGIN_NOT_ALLOWED', 'This origin is not allowed.'));
    },
  });
}
