import type { CreateMeetingBody } from '@huddle/contract';
import type { RequestHandler } from 'express';
import { authOf } from '../middlewares/requireAuth.js';
import type { MeetingCodeParams } from '../schemas/meeting.schemas.js';
import { createMeeting, getPublicMeeting } from '../services/meeting.service.js';

export const postMeeting: RequestHandler = async (req, res) => {
  const { title } = req.body as CreateMeetingBody;
  const meeting = await createMeeting(authOf(req).userId, title);
  res.status(201).json({ meeting });
};

export const getMeeting: RequestHandler = async (req, res) => {
  const { code } = req.params as MeetingCodeParams;
  res.json({ meeting: await getPublicMeeting(code) });
};
