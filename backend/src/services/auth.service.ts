import type { AuthResult, User } from '@huddle/contract';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import type { SessionRevocations } from '../lib/sessionRevocations.js';
import type { AccessTokenService } from './accessToken.service.js';
import type { LoginThrottle } from './loginThrottle.service.js';
import { revokeSession, rotateSession, startSession } from './session.service.js';
import {
  checkCredentials,
  findPublicUser,
  registerUser,
  usernameKey,
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

export type RegisterResult = { ok: true; user: User } | { ok: false; reason: 'username-taken' };

export type LoginResult =
  | { ok: true; signedIn: SignedIn }
  | { ok: false; reason: 'invalid-credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** `ended`: the refresh token is unknown, expired or revoked; `user-gone`: its user was deleted. */
export type RefreshResult =
  { ok: true; signedIn: SignedIn } | { ok: false; reason: 'ended' | 'user-gone' };

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

  const signIn = (user: User, session: { token: string; familyId: string }): SignedIn => {
    const { accessToken, expiresIn } = tokens.signAccessToken({
      userId: user.id,
      name: user.name,
      username: user.username,
      sessionId: session.familyId,
    });
    return { auth: { accessToken, expiresIn, user }, refreshToken: session.token };
  };

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
      const user = await checkCredentials(username, password, auth.bcryptCost);
      if (!user) return { ok: false, reason: 'invalid-credentials' };
      await throttle.succeeded(key);
      const session = await startSession(user.id, { ttlDays: auth.refreshTokenTtlDays, userAgent });
      return { ok: true, signedIn: signIn(user, session) };
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
      const user = await findPublicUser(rotation.userId);
      if (!user) return { ok: false, reason: 'user-gone' };
      return { ok: true, signedIn: signIn(user, rotation) };
    },

    async logout(refreshToken: string): Promise<void> {
      const familyId = await revokeSession(refreshToken);
      if (familyId) revocations.revoke(familyId);
    },
  };
}
