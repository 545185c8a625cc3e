import { Router } from 'express';
import { getMe } from '../controllers/users.controller.js';
import type { AppDeps } from '../deps.js';
import { requireAuth } from '../middlewares/requireAuth.js';

export function createUsersRouter({ tokens }: AppDeps): Router {
  const router = Router();
  router.get('/me', requireAuth(tokens), getMe);
  return router;
}
