import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { dummyHash } from '../services/password.service.js';
import { createActivityRouter } from './activity.routes.js';
import { createAuthRouter } from './auth.routes.js';
import { createMeetingsRouter } from './meetings.routes.js';
import { createUsersRouter } from './users.routes.js';

/** The REST API under /api/v1. Its rate limiters (and their counts) belong to this instance. */
export function createApiRouter(deps: AppDeps): Router {
  // Hash the dummy password now, so the first unknown-user login is not the slow one.
  dummyHash(deps.config.auth.bcryptCost).catch((error: unknown) =>
    deps.logger.error({ err: error }, 'could not prepare the dummy password hash'),
  );

  const router = Router();
  router.use('/auth', createAuthRouter(deps));
  router.use('/users', createUsersRouter(deps));
  router.use('/meetings', createMeetingsRouter(deps));
  router.use('/activity', createActivityRouter(deps));
  return router;
}
