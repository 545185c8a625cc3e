import type { LoginBody, RegisterBody, User } from '@huddle/contract';
import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps } from '../deps.js';
import { AppError, unauthorized } from '../errors/AppError.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from '../lib/cookies.js';
import type { LoginThrottle } from '../services/loginThrottle.service.js';
import { revokeSession, rotateSession, startSession } from '../services/session.service.js';
import {
  checkCredentials,
  findPublicUser,
  registerUser,
  usernameKey,
} from '../services/user.service.js';

const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'The username or password is incorrect.');
const sessionEnded = () => unauthorized('The session has ended. Please sign in again.');

export function createAuthController(
  { config, tokens, revocations }: AppDeps,
  throttle: LoginThrottle,
) {
  const sessionOptions = (req: Request) => ({
    ttlDays: config.auth.refreshTokenTtlDays,
    userAgent: req.get('user-agent'),
  });

  const sendSignedIn = (
    res: Response,
    user: User,
    session: { token: string; familyId: string },
  ) => {
    setRefreshCookie(res, config, session.token);
    res.setHeader('Cache-Control', 'no-store');
    const { accessToken, expiresIn } = tokens.signAccessToken({
      userId: user.id,
      name: user.name,
      username: user.username,
      sessionId: session.familyId,
    });
    res.json({ accessToken, expiresIn, user });
  };

  const register: RequestHandler = async (req, res) => {
    const user = await registerUser(req.body as RegisterBody, config.auth.bcryptCost);
    res.status(201).json({ user });
  };

  const login: RequestHandler = async (req, res) => {
    const { username, password } = req.body as LoginBody;
    const key = usernameKey(username);
    await throttle.begin(req.ip ?? 'unknown', key);
    const user = await checkCredentials(username, password, config.auth.bcryptCost);
    if (!user) throw invalidCredentials();
    await throttle.succeeded(key);
    sendSignedIn(res, user, await startSession(user.id, sessionOptions(req)));
  };

  const refresh: RequestHandler = async (req, res) => {
    const token = readRefreshCookie(req);
    if (!token) throw sessionEnded();
    const rotation = await rotateSession(token, {
      ...sessionOptions(req),
      successorKey: config.auth.jwtSecret,
      reuseGraceMs: config.auth.refreshReuseGraceSeconds * 1000,
    });
    if (!rotation.ok) {
      if (rotation.reason === 'reused' && rotation.familyId) {
        req.log.warn(
          { familyId: rotation.familyId },
          'refresh token reused: session family revoked',
        );
        revocations.revoke(rotation.familyId);
      }
      clearRefreshCookie(res, config);
      throw sessionEnded();
    }
    const user = await findPublicUser(rotation.userId);
    if (!user) throw sessionEnded();
    sendSignedIn(res, user, rotation);
  };

  const logout: RequestHandler = async (req, res) => {
    const token = readRefreshCookie(req);
    const familyId = token ? await revokeSession(token) : null;
    if (familyId) revocations.revoke(familyId);
    clearRefreshCookie(res, config);
    res.status(204).end();
  };

  return { register, login, refresh, logout };
}
