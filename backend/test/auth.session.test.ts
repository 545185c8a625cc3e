import { createHash } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/models/session.model.js';
import { rotateFrom } from '../src/services/session.service.js';
import { buildTestApp, TEST_ORIGIN } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { bearer, logIn, refreshCookieOf, register, setCookies, signUp } from './support/auth.js';

useTestDatabase();

const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const sessionOf = (token: string) => Session.findOne({ tokenHash: sha256(token) });

/** Moves the rotation of `token` back past the grace window (REFRESH_REUSE_GRACE_SECONDS). */
async function pastGraceWindow(token: string) {
  const parent = await sessionOf(token);
  await Session.collection.updateMany(
    { parentKey: String(parent?._id) },
    { $set: { createdAt: new Date(Date.now() - 60_000) } },
  );
}

describe('refresh cookie', () => {
  it('when signing in outside production, then the cookie is HttpOnly, SameSite=Strict, scoped, not Secure', async () => {
    const { app } = buildTestApp();
    const credentials = await register(app);

    const res = await request(app).post('/api/v1/auth/login').send(credentials);

    const cookie = setCookies(res).find((value) => value.startsWith('huddle_refresh='));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth;/);
    expect(cookie).toMatch(/; Max-Age=2592000;/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('when signing in in production, then the cookie is also Secure', async () => {
    const { app } = buildTestApp({ NODE_ENV: 'production', REFRESH_TOKEN_TTL_DAYS: '7' });
    const credentials = await register(app);

    const res = await request(app).post('/api/v1/auth/login').send(credentials);

    const cookie = setCookies(res).find((value) => value.startsWith('huddle_refresh='));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Max-Age=604800;/);
  });

  it('when signing in, then the database holds the token hash only, in a session of its own', async () => {
    const { app } = buildTestApp();
    const credentials = await register(app);

    const first = await logIn(app, credentials);
    const second = await logIn(app, credentials);

    const [a, b] = await Promise.all([sessionOf(first.token), sessionOf(second.token)]);
    expect(a?.familyId).toBeDefined();
    expect(a?.familyId).not.toBe(b?.familyId);
    expect(String(a?.userId)).toBe(credentials.user.id);
    expect(await Session.countDocuments({ tokenHash: first.token })).toBe(0);
  });
});

describe('POST /auth/refresh', () => {
  it('when the cookie is current, then it answers a new token and rotates the cookie in the family', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).post(REFRESH).set('Cookie', session.cookie);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 900,
      user: session.user,
    });
    const rotated = refreshCookieOf(res);
    expect(rotated).not.toBe(session.cookie);
    const [old, next] = await Promise.all([
      sessionOf(session.token),
      sessionOf(rotated.slice('huddle_refresh='.length)),
    ]);
    expect(old?.revokedAt).toBeInstanceOf(Date);
    expect(String(old?.replacedBy)).toBe(String(next?._id));
    expect(next?.familyId).toBe(old?.familyId);
    expect(next?.revokedAt).toBeNull();
  });

  it('when a rotated cookie is presented again after the grace window, then the whole family is revoked and the newest fails too', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const first = await request(app).post(REFRESH).set('Cookie', session.cookie).expect(200);
    const newest = refreshCookieOf(first);
    await pastGraceWindow(session.token);

    const reuse = await request(app).post(REFRESH).set('Cookie', session.cookie);
    const afterReuse = await request(app).post(REFRESH).set('Cookie', newest);

    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('UNAUTHORIZED');
    expect(afterReuse.status).toBe(401);
    const familyId = (await sessionOf(session.token))?.familyId;
    expect(await Session.countDocuments({ familyId, revokedAt: null })).toBe(0);
  });

  it("when one device's token is reused, then the user's other devices stay signed in", async () => {
    const { app } = buildTestApp();
    const laptop = await signUp(app);
    const phone = await logIn(app, laptop.credentials);
    await request(app).post(REFRESH).set('Cookie', laptop.cookie).expect(200);
    await pastGraceWindow(laptop.token);
    await request(app).post(REFRESH).set('Cookie', laptop.cookie).expect(401);

    const res = await request(app).post(REFRESH).set('Cookie', phone.cookie);

    expect(res.status).toBe(200);
  });

  it('when refreshes race with one cookie, then every one gets the same successor, which stays valid', async () => {
    const { app } = buildTestApp();

    for (let round = 0; round < 3; round += 1) {
      const session = await signUp(app);
      const responses = await Promise.all(
        Array.from({ length: 4 }, () => request(app).post(REFRESH).set('Cookie', session.cookie)),
      );

      expect(responses.map((res) => res.status)).toEqual([200, 200, 200, 200]);
      const successors = new Set(responses.map(refreshCookieOf));
      expect(successors.size).toBe(1);
      const familyId = (await sessionOf(session.token))?.familyId;
      expect(await Session.countDocuments({ familyId, revokedAt: null })).toBe(1);
      const [successor = ''] = successors;
      await request(app).post(REFRESH).set('Cookie', successor).expect(200);
    }
  });

  it('when a refresh is retried within the grace window, then it gets the same successor again', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const first = await request(app).post(REFRESH).set('Cookie', session.cookie).expect(200);
    const retry = await request(app).post(REFRESH).set('Cookie', session.cookie);

    expect(retry.status).toBe(200);
    expect(refreshCookieOf(retry)).toBe(refreshCookieOf(first));
    expect(String((await sessionOf(session.token))?.replacedBy)).toBe(
      String((await sessionOf(refreshCookieOf(first).slice('huddle_refresh='.length)))?._id),
    );
  });

  it('when the grace window is 0, then an immediate retry already revokes the family', async () => {
    const { app } = buildTestApp({ REFRESH_REUSE_GRACE_SECONDS: '0' });
    const session = await signUp(app);
    await request(app).post(REFRESH).set('Cookie', session.cookie).expect(200);

    await request(app).post(REFRESH).set('Cookie', session.cookie).expect(401);

    const familyId = (await sessionOf(session.token))?.familyId;
    expect(await Session.countDocuments({ familyId, revokedAt: null })).toBe(0);
  });

  it.each([
    ['no cookie', undefined],
    ['a malformed cookie', 'huddle_refresh=not-a-token'],
    ['an unknown token', `huddle_refresh=${'ab'.repeat(32)}`],
  ])('when the request has %s, then it answers 401 UNAUTHORIZED', async (_, cookie) => {
    const { app } = buildTestApp();

    const req = request(app).post(REFRESH);
    const res = await (cookie ? req.set('Cookie', cookie) : req);

    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
  });

  it('when the session has expired, then it answers 401', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    await Session.updateOne(
      { tokenHash: sha256(session.token) },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );

    const res = await request(app).post(REFRESH).set('Cookie', session.cookie);

    expect(res.status).toBe(401);
  });

  it('when the Origin is another site, then it answers 403', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .post(REFRESH)
      .set('Origin', 'https://evil.example')
      .set('Cookie', session.cookie);

    expect(res.status).toBe(403);
    expect(res.body.error.code).toMatch(/^[A-Z_]+$/);
  });

  it('when the browser says Sec-Fetch-Site: cross-site, then it answers 403 even with an allowed Origin', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .post(REFRESH)
      .set('Origin', TEST_ORIGIN)
      .set('Sec-Fetch-Site', 'cross-site')
      .set('Cookie', session.cookie);

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CROSS_SITE_REQUEST');
  });

  it('when the request comes from the app origin or from curl, then it refreshes', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const fromApp = await request(app)
      .post(REFRESH)
      .set('Origin', TEST_ORIGIN)
      .set('Sec-Fetch-Site', 'same-origin')
      .set('Cookie', session.cookie);
    const fromCurl = await request(app).post(REFRESH).set('Cookie', refreshCookieOf(fromApp));

    expect(fromApp.status).toBe(200);
    expect(fromCurl.status).toBe(200);
  });
});

describe('POST /auth/logout', () => {
  it('when signed in, then it answers 204, revokes the session and clears the cookie', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).post(LOGOUT).set('Cookie', session.cookie);

    expect(res.status).toBe(204);
    const cleared = setCookies(res).find((value) => value.startsWith('huddle_refresh=;'));
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/Path=\/api\/v1\/auth/);
    expect((await sessionOf(session.token))?.revokedAt).toBeInstanceOf(Date);
    await request(app).post(REFRESH).set('Cookie', session.cookie).expect(401);
  });

  it.each([
    ['no cookie', undefined],
    ['an unknown cookie', `huddle_refresh=${'cd'.repeat(32)}`],
  ])('when the request has %s, then it still answers 204', async (_, cookie) => {
    const { app } = buildTestApp();

    const req = request(app).post(LOGOUT);
    const res = await (cookie ? req.set('Cookie', cookie) : req);

    expect(res.status).toBe(204);
    expect(setCookies(res).some((value) => value.startsWith('huddle_refresh=;'))).toBe(true);
  });
});

describe('a refresh racing a revocation', () => {
  const ROTATION = { ttlDays: 30, successorKey: 'a test key', reuseGraceMs: 10_000 };
  const liveInFamily = (familyId: string) => Session.countDocuments({ familyId, revokedAt: null });

  it('when a sign-out lands between the refresh reading the session and rotating it, then the refresh fails and nothing of the session stays live', async () => {
    const { app } = buildTestApp();
    const device = await signUp(app);
    const read = await sessionOf(device.token);

    await request(app).post(LOGOUT).set('Cookie', device.cookie).expect(204);
    const rotation = await rotateFrom(read!, device.token, ROTATION);

    expect(rotation).toMatchObject({ ok: false, reason: 'revoked' });
    expect(await liveInFamily(read!.familyId)).toBe(0);
  });

  it('when a password change elsewhere lands between the refresh reading the session and rotating it, then the refresh fails and nothing of that session stays live', async () => {
    const { app } = buildTestApp();
    const laptop = await signUp(app);
    const phone = await logIn(app, laptop.credentials);
    const read = await sessionOf(phone.token);

    await request(app)
      .post('/api/v1/auth/password')
      .set(bearer(laptop.accessToken))
      .send({ currentPassword: laptop.credentials.password, newPassword: 'a brand new passphrase' })
      .expect(200);
    const rotation = await rotateFrom(read!, phone.token, ROTATION);

    expect(rotation).toMatchObject({ ok: false, reason: 'revoked' });
    expect(await liveInFamily(read!.familyId)).toBe(0);
  });

  it('when another tab rotated the cookie just before a sign-out with the old one, then the new cookie is signed out too', async () => {
    const { app } = buildTestApp();
    const device = await signUp(app);
    const otherTab = await request(app).post(REFRESH).set('Cookie', device.cookie).expect(200);

    await request(app).post(LOGOUT).set('Cookie', device.cookie).expect(204);

    await request(app).post(REFRESH).set('Cookie', refreshCookieOf(otherTab)).expect(401);
  });
});
