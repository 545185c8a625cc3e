import type { AuthResult } from '@huddle/contract';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import type { SessionRevocations } from '../lib/sessionRevocations.js';
import type { AccessTokenService } from './accessToken.service.js';
import type { LoginThrottle } from './loginThrottle.service.js';
import {
  revokeOtherSessions,
  revokeSession,
  rotateSession,
  startSession,
} from './session.service.js';
import {
  changePassword,
  checkCredentials,
  findAccount,
  registerUser,
  usernameKey,
  type Account,
  type NewAccount,
} from './user.service.js';

export interface AuthServiceDeps {
  config: Config;
  logger: Logger;
  tokens: AccessTokenService;
  throttle: LoginThrottle;
  revocations: SessionRevocations;
}

/** A signed-in device: what the client is told, and the refresh token it keeps in its cookie. */
export interface SignedIn {
  auth: AuthResult;
  refreshToken: string;
}

export interface SignInAttempt {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

/** A signed-in user's request to change their password, from this device's session. */
export interface PasswordChange {
  userId: string;
  username: string;
  sessionId: string | undefined;
  currentPassword: string;
  newPassword: string;
  ip: string;
}

export type RegisterResult =
  { ok: true; user: Account['user'] } | { ok: false; reason: 'username-taken' };

export type LoginResult =
  | { ok: true; signedIn: SignedIn }
  | { ok: false; reason: 'invalid-credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** `ended`: the refresh token is unknown, expired or revoked; `user-gone`: its user was deleted. */
export type RefreshResult =
  { ok: true; signedIn: SignedIn } | { ok: false; reason: 'ended' | 'user-gone' };

/** `auth`: this device's new access token; every other device is signed out. */
export type PasswordChangeResult =
  | { ok: true; auth: AuthResult }
  | { ok: false; reason: 'invalid-credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type AuthService = ReturnType<typeof createAuthService>;

/** Sign-up, sign-in, refresh and sign-out, bound once to the configuration and the stores. */
export function createAuthService({
  config,
  logger,
  tokens,
  throttle,
  revocations,
}: AuthServiceDeps) {
  const { auth } = config;

  const authorize = ({ user, tokenVersion }: Account, sessionId: string | undefined) => {
    const { accessToken, expiresIn } = tokens.signAccessToken({
      userId: user.id,
      name: user.name,
      username: user.username,
      ...(sessionId ? { sessionId } : {}),
      tokenVersion,
    });
    return { accessToken, expiresIn, user };
  };
  const signIn = (account: Account, session: { token: string; familyId: string }): SignedIn => ({
    auth: authorize(account, session.familyId),
    refreshToken: session.token,
  });

  return {
    async register(account: NewAccount): Promise<RegisterResult> {
      const user = await registerUser(account, auth.bcryptCost);
      return user ? { ok: true, user } : { ok: false, reason: 'username-taken' };
    },

    async login({ username, password, ip, userAgent }: SignInAttempt): Promise<LoginResult> {
      const key = usernameKey(username);
      const attempt = await throttle.begin(ip, key);
      if (!attempt.ok) {
        return { ok: false, reason: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
      }
      const account = await checkCredentials(username, password, auth.bcryptCost);
      if (!account) return { ok: false, reason: 'invalid-credentials' };
      await throttle.succeeded(key);
      const session = await startSession(account.user.id, {
        ttlDays: auth.refreshTokenTtlDays,
        userAgent,
      });
      return { ok: true, signedIn: signIn(account, session) };
    },

    async refresh(refreshToken: string, userAgent: string | undefined): Promise<RefreshResult> {
      const rotation = await rotateSession(refreshToken, {
        ttlDays: auth.refreshTokenTtlDays,
        userAgent,
        successorKey: auth.jwtSecret,
        reuseGraceMs: auth.refreshReuseGraceSeconds * 1000,
      });
      if (!rotation.ok) {
        if (rotation.reason === 'reused' && rotation.familyId) {
          logger.warn(
            { familyId: rotation.familyId },
            'refresh token reused: session family revoked',
          );
          revocations.revoke(rotation.familyId);
        }
        return { ok: false, reason: 'ended' };
      }
      const account = await findAccount(rotation.userId);
      if (!account) return { ok: false, reason: 'user-gone' };
      return { ok: true, signedIn: signIn(account, rotation) };
    },

    async logout(refreshToken: string): Promise<void> {
      const familyId = await revokeSession(refreshToken);
      if (familyId) revocations.revoke(familyId);
    },

    /**
     * As Google and most products do: this device stays signed in (with a new access token),
     * every other one is signed out and its sockets closed. Wrong guesses count against the
     * login limits, so a stolen access token cannot be used to try passwords faster.
     */
    async changePassword(change: PasswordChange): Promise<PasswordChangeResult> {
      const key = usernameKey(change.username);
      const attempt = await throttle.begin(change.ip, key);
      if (!attempt.ok) {
        return { ok: false, reason: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
      }
      const account = await changePassword(
        change.userId,
        change.currentPassword,
        change.newPassword,
        auth.bcryptCost,
      );
      if (!account) return { ok: false, reason: 'invalid-credentials' };
      await throttle.succeeded(key);
      const ended = await revokeOtherSessions(change.userId, change.sessionId);
      for (const familyId of ended) revocations.revoke(familyId);
      logger.info({ userId: change.userId, signedOut: ended.length }, 'password changed');
      return { ok: true, auth: authorize(account, change.sessionId) };
    },
  };
}
