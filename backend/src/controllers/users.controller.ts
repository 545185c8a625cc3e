import type { RequestHandler } from 'express';
import { unauthorized } from '../errors/AppError.js';
import { authOf } from '../middlewares/requireAuth.js';
import { findPublicUser } from '../services/user.service.js';

export const getMe: RequestHandler = async (req, res) => {
  const user = await findPublicUser(authOf(req).userId);
  if (!user) throw unauthorized();
  res.json({ user });
};
