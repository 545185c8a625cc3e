import { isDatabaseReady } from '../db/connect.js';
import type { Logger } from '../lib/logger.js';
import { purgeExpiredSessions } from '../services/session.service.js';

const HOUR_MS = 60 * 60 * 1000;

/** Deletes expired sessions every hour (FerretDB has no TTL indexes); returns a stop function. */
export function startSessionPurge(logger: Logger, intervalMs = HOUR_MS): () => void {
  const timer = setInterval(() => {
    if (!isDatabaseReady()) return;
    purgeExpiredSessions()
      .then((deleted) => {
        if (deleted > 0) logger.info({ deleted }, 'purged expired sessions');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'session purge failed'));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
