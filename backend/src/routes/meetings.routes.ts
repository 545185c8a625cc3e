import { Router } from 'express';
import { getMeeting, postMeeting } from '../controllers/meetings.controller.js';
import type { AppDeps } from '../deps.js';
import { requireAuth } from '../middlewares/requireAuth.js';
import { validate } from '../middlewares/validate.js';
import { createMeetingBodySchema, meetingCodeParamsSchema } from '../schemas/meeting.schemas.js';

export function createMeetingsRouter({ tokens }: AppDeps): Router {
  const router = Router();
  router.post('/', requireAuth(tokens), validate({ body: createMeetingBodySchema }), postMeeting);
  // Public: a guest opening a shared link needs the meeting's title before joining.
  router.get('/:code', validate({ params: meetingCodeParamsSchema }), getMeeting);
  return router;
}
