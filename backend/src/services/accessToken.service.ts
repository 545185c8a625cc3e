import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Config } from '../config.js';

export interface AccessClaims {
  userId: string;
  name: string;
  username: string;
  /** The signed-in device's session (its refresh family); tokens from before it was added lack it. */
  sessionId?: string;
  /** The user's token version when it was issued; tokens from before it was added lack it (0). */
  tokenVersion?: number;
}

export interface VerifiedAccess extends AccessClaims {
  /** When the token stops being valid (epoch milliseconds). */
  expiresAt: number;
}

/** Signs and checks the short-lived access tokens (JWT, HS256); refresh tokens are sessions. */
export interface AccessTokenService {
  signAccessToken(claims: AccessClaims): { accessToken: string; expiresIn: number };
  /** The claims of a valid, unexpired access token of this app; null for anything else. */
  verifyAccessToken(token: string): VerifiedAccess | null;
}

const ACCESS_TYPE = 'access';

export function createAccessTokenService(auth: Config['auth']): AccessTokenService {
  // Imported once: given the secret as a string, jsonwebtoken first tries (and fails) to parse
  // it as a PEM key on every call, which cost most of a handshake's CPU.
  const key = createSecretKey(Buffer.from(auth.jwtSecret));
  return {
    signAccessToken({ userId, name, username, sessionId, tokenVersion }) {
      const claims = {
        typ: ACCESS_TYPE,
        name,
        username,
        ...(sessionId ? { sid: sessionId } : {}),
        ...(tokenVersion ? { ver: tokenVersion } : {}),
      };
      const accessToken = jwt.sign(claims, key, {
        algorithm: 'HS256',
        expiresIn: auth.accessTokenTtlSeconds,
        issuer: auth.issuer,
        audience: auth.audience,
        subject: userId,
      });
      return { accessToken, expiresIn: auth.accessTokenTtlSeconds };
    },

    verifyAccessToken(token) {
      let payload: string | jwt.JwtPayload;
      try {
        // The algorithm is pinned: a token signed with `none` or another algorithm never verifies.
        payload = jwt.verify(token, key, {
          algorithms: ['HS256'],
          issuer: auth.issuer,
          audience: auth.audience,
        });
      } catch {
        return null;
      }
      if (
        typeof payload !== 'object' ||
        payload.typ !== ACCESS_TYPE ||
        typeof payload.sub !== 'string' ||
        typeof payload.name !== 'string' ||
        typeof payload.username !== 'string' ||
        typeof payload.exp !== 'number' ||
        !['string', 'undefined'].includes(typeof payload.sid) ||
        !['number', 'undefined'].includes(typeof payload.ver)
      ) {
        return null;
      }
      return {
        userId: payload.sub,
        name: payload.name,
        username: payload.username,
        ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
        tokenVersion: typeof payload.ver === 'number' ? payload.ver : 0,
        expiresAt: payload.exp * 1000,
      };
    },
  };
}
