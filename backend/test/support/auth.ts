import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { expect } from 'vitest';
import type { Config } from '../../src/config.js';

/** An app for supertest, or the URL of a running server. */
type Target = Parameters<typeof request>[0];

export interface Credentials {
  name: string;
  username: string;
  password: string;
}

export interface SignedIn {
  accessToken: string;
  /** `huddle_refresh=<token>`, ready for a Cookie header. */
  cookie: string;
  token: string;
  user: { id: string; name: string; username: string };
}

export function newCredentials(overrides: Partial<Credentials> = {}): Credentials {
  return {
    name: 'Ada Lovelace',
    username: `user_${randomBytes(5).toString('hex')}`,
    password: 'correct horse battery',
    ...overrides,
  };
}

export async function register(app: Target, overrides: Partial<Credentials> = {}) {
  const credentials = newCredentials(overrides);
  const res = await request(app).post('/api/v1/auth/register').send(credentials);
  expect(res.status).toBe(201);
  return { ...credentials, user: res.body.user as SignedIn['user'] };
}

export function setCookies(res: request.Response): string[] {
  const header = res.headers['set-cookie'] as unknown;
  if (Array.isArray(header)) return header as string[];
  return typeof header === 'string' ? [header] : [];
}

export function refreshCookieOf(res: request.Response): string {
  const cookie = setCookies(res).find((value) => value.startsWith('huddle_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0] ?? '';
}

export async function logIn(app: Target, { username, password }: Credentials): Promise<SignedIn> {
  const res = await request(app).post('/api/v1/auth/login').send({ username, password });
  expect(res.status).toBe(200);
  const cookie = refreshCookieOf(res);
  return {
    accessToken: res.body.accessToken as string,
    cookie,
    token: cookie.slice('huddle_refresh='.length),
    user: res.body.user as SignedIn['user'],
  };
}

/** Registers a fresh user and signs them in. */
export async function signUp(app: Target, overrides: Partial<Credentials> = {}) {
  const credentials = await register(app, overrides);
  return { ...(await logIn(app, credentials)), credentials };
}

export const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` });

/** Signs an access token for `userId` as the app would, with any part of it overridden. */
export function forge(
  auth: Config['auth'],
  userId: string,
  options: {
    secret?: string;
    algorithm?: jwt.Algorithm;
    claims?: object;
    sign?: jwt.SignOptions;
  } = {},
) {
  return jwt.sign(
    { typ: 'access', name: 'Ada', username: 'ada', ...options.claims },
    options.secret ?? auth.jwtSecret,
    {
      algorithm: options.algorithm ?? 'HS256',
      issuer: auth.issuer,
      audience: auth.audience,
      subject: userId,
      expiresIn: 60,
      ...options.sign,
    },
  );
}
