import type { ChangePasswordBody, LoginBody, RegisterBody } from '@huddle/contract';
import type { RequestHandler, Response } from 'express';
import type { Config } from '../config.js';
import { AppError, tooManyRequests, unauthorized } from '../errors/AppError.js';
import { authOf } from '../middlewares/requireAuth.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from '../lib/cookies.js';
import type { AuthService, SignedIn } from '../services/auth.service.js';

const usernameTaken = () => new AppError(409, 'USERNAME_TAKEN', 'That username is already taken.');
const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'The username or password is incorrect.');
const sessionEnded = () => unauthorized('The session has ended. Please sign in again.');

/** Maps the auth service's results to status codes, bodies and the refresh cookie. */
export function createAuthController(auth: AuthService, config: Config) {
  const sendSignedIn = (res: Response, { auth: body, refreshToken }: SignedIn) => {
    setRefreshCookie(res, config, refreshToken);
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  };

  const register: RequestHandler = async (req, res) => {
    const result = await auth.register(req.body as RegisterBody);
    if (!result.ok) throw usernameTaken();
    res.status(201).json({ user: result.user });
  };

  const login: RequestHandler = async (req, res) => {
    const { username, password } = req.body as LoginBody;
    const result = await auth.login({
      username,
      password,
      ip: req.ip ?? 'unknown',
      userAgent: req.get('user-agent'),
    });
    if (result.ok) return sendSignedIn(res, result.signedIn);
    if (result.reason === 'throttled') throw tooManyRequests(result.retryAfterSeconds);
    throw invalidCredentials();
  };

  const refresh: RequestHandler = async (req, res) => {
    const token = readRefreshCookie(req);
    if (!token) throw sessionEnded();
    const result = await auth.refresh(token, req.get('user-agent'));
    if (result.ok) return sendSignedIn(res, result.signedIn);
    if (result.reason === 'ended') clearRefreshCookie(res, config);
    throw sessionEnded();
  };

  const logout: RequestHandler = async (req, res) => {
    const token = readRefreshCookie(req);
    if (token) await auth.logout(token);
    clearRefreshCookie(res, config);
    res.status(204).end();
  };

  const changePassword: RequestHandler = async (req, res) => {
    const { userId, username, sessionId } = authOf(req);
    const { currentPassword, newPassword } = req.body as ChangePasswordBody;
    const result = await auth.changePassword({
      userId,
      username,
      sessionId,
      currentPassword,
      newPassword,
      ip: req.ip ?? 'unknown',
    });
    if (result.ok) {
      res.setHeader('Cache-Control', 'no-store');
      res.json(result.auth);
      return;
    }
    if (result.reason === 'throttled') throw tooManyRequests(result.retryAfterSeconds);
    throw invalidCredentials();
  };

  return { register, login, refresh, logout, changePassword };
}
