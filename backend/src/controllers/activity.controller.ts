import type { RecordActivityBody } from '@huddle/contract';
import type { RequestHandler } from 'express';
import { authOf } from '../middlewares/requireAuth.js';
import type { ListActivityQuery } from '../schemas/activity.schemas.js';
import { addActivity, listActivity } from '../services/activity.service.js';

// The owner is always the caller from the access token, whatever the request carries.
export const postActivity: RequestHandler = async (req, res) => {
  const { meetingCode } = req.body as RecordActivityBody;
  const activity = await addActivity(authOf(req).userId, meetingCode);
  res.status(201).json({ activity });
};

export const getActivity: RequestHandler = async (req, res) => {
  const query = req.query as unknown as ListActivityQuery;
  res.json(await listActivity(authOf(req).userId, query));
};
