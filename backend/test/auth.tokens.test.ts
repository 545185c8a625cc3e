import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { bearer, forge, signUp } from './support/auth.js';

useTestDatabase();

const ME = '/api/v1/users/me';
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('GET /users/me', () => {
  it('when the access token is valid, then it answers 200 with the user', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).get(ME).set(bearer(session.accessToken));

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: session.user });
  });

  it('when there is no Authorization header, then it answers 401 UNAUTHORIZED', async () => {
    const { app } = buildTestApp();

    const res = await request(app).get(ME);

    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
  });

  const tampered: [string, (auth: Config['auth'], userId: string) => string][] = [
    [
      'signed with alg none',
      (auth, userId) => {
        const now = Math.floor(Date.now() / 1000);
        const payload = {
          typ: 'access',
          name: 'Ada',
          username: 'ada',
          sub: userId,
          iss: auth.issuer,
          aud: auth.audience,
          iat: now,
          exp: now + 60,
        };
        return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
      },
    ],
    [
      'signed with HS512 and the right secret',
      (auth, userId) => forge(auth, userId, { algorithm: 'HS512' }),
    ],
    [
      'signed with another secret',
      (auth, userId) =>
        forge(auth, userId, { secret: 'another-secret-that-is-long-enough-0123456789' }),
    ],
    [
      'for another audience',
      (auth, userId) => forge(auth, userId, { sign: { audience: 'someone-else' } }),
    ],
    [
      'from another issuer',
      (auth, userId) => forge(auth, userId, { sign: { issuer: 'someone-else' } }),
    ],
    ['expired', (auth, userId) => forge(auth, userId, { sign: { expiresIn: -10 } })],
    ['of another type', (auth, userId) => forge(auth, userId, { claims: { typ: 'refresh' } })],
    [
      'with its payload edited',
      (auth, userId) => {
        const [header, , signature] = forge(auth, userId).split('.');
        const payload = {
          typ: 'access',
          name: 'Eve',
          username: 'eve',
          sub: userId,
          iss: auth.issuer,
          aud: auth.audience,
          exp: 9_999_999_999,
        };
        return `${header}.${base64url(payload)}.${signature}`;
      },
    ],
  ];

  it.each(tampered)('when the token is %s, then it answers 401', async (_, makeToken) => {
    const { app, deps } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .get(ME)
      .set(bearer(makeToken(deps.config.auth, session.user.id)));

    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('when a hand-made token is signed exactly like the real ones, then it is accepted', async () => {
    const { app, deps } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .get(ME)
      .set(bearer(forge(deps.config.auth, session.user.id)));

    expect(res.status).toBe(200);
  });

  it('when the refresh token is used as an access token, then it answers 401', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).get(ME).set(bearer(session.token));

    expect(res.status).toBe(401);
  });

  it('when the scheme is not Bearer, then it answers 401', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).get(ME).set('Authorization', `Basic ${session.accessToken}`);

    expect(res.status).toBe(401);
  });
});
