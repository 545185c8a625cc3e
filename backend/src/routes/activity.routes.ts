import { recordActivityBodySchema } from '@huddle/contract';
import { Router } from 'express';
import { getActivity, postActivity } from '../controllers/activity.controller.js';
import type { AppDeps } from '../deps.js';
import { requireAuth } from '../middlewares/requireAuth.js';
import { validate } from '../middlewares/validate.js';
import { decodedActivityQuerySchema } from '../schemas/activity.schemas.js';

export function createActivityRouter({ tokens }: AppDeps): Router {
  const router = Router();
  router.use(requireAuth(tokens));
  router.post('/', validate({ body: recordActivityBodySchema }), postActivity);
  router.get('/', validate({ query: decodedActivityQuerySchema }), getActivity);
  return router;
}
