import { createMeetingBodySchema } from '@huddle/contract';
import { Router } from 'express';
import { getMeeting, postMeeting } from '../controllers/meetings.controller.js';
import type { AppDeps } from '../deps.js';
import { rateLimitByIp } from '../middlewares/rateLimitByIp.js';
import { requireAuth } from '../middlewares/requireAuth.js';
import { validate } from '../middlewares/validate.js';
import { meetingCodeParamsSchema } from '../schemas/meeting.schemas.js';

export function createMeetingsRouter({ tokens, makeLimiter, config }: AppDeps): Router {
  const lookups = makeLimiter({
    keyPrefix: 'meeting-lookups:ip',
    points: config.meetings.lookupsPerIp,
    durationSeconds: config.meetings.lookupsWindowSeconds,
  });
  const router = Router();
  router.post('/', requireAuth(tokens), validate({ body: createMeetingBodySchema }), postMeeting);
  // Public: a guest opening a shared link needs the meeting's title before joining. Limited per
  // IP, so that nobody can try codes at speed.
  router.get(
    '/:code',
    rateLimitByIp(lookups),
    validate({ params: meetingCodeParamsSchema }),
    getMeeting,
  );
  return router;
}
