import { isDatabaseReady } from '../db/connect.js';
import type { Logger } from '../lib/logger.js';
import { closeActivitiesBefore } from '../services/activity.service.js';

/**
 * For a lone process (no REDIS_URL) once its database is connected: every Activity still open
 * from before it started was left open by its previous run, killed or stopped while the
 * database was away, whose members are gone. (With Redis, presence.ts closes a dead process's.)
 */
export async function closeLeftoverActivities(startedAt: Date, logger: Logger): Promise<void> {
  if (!isDatabaseReady()) return;
  try {
    const closed = await closeActivitiesBefore(startedAt);
    if (closed > 0) logger.info({ closed }, 'closed the Activity a previous run left open');
  } catch (error) {
    logger.warn({ err: error }, 'could not close the Activity a previous run left open');
  }
}
