import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { bearer, logIn, signUp } from './support/auth.js';

useTestDatabase();

const PASSWORD = '/api/v1/auth/password';
const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const ME = '/api/v1/users/me';
const NEW_PASSWORD = 'a brand new passphrase';

describe('POST /auth/password', () => {
  it('when the current password is wrong, then it answers the login 401 body and the password stays', async () => {
    const { app } = buildTestApp();
    const device = await signUp(app);
    const wrongLogin = await request(app)
      .post(LOGIN)
      .send({ username: device.credentials.username, password: 'not my password' });

    const res = await request(app)
      .post(PASSWORD)
      .set(bearer(device.accessToken))
      .send({ currentPassword: 'not my password', newPassword: NEW_PASSWORD });

    expect(res.status).toBe(401);
    expect(res.body).toEqual(wrongLogin.body);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
    await logIn(app, device.credentials);
    await request(app).get(ME).set(bearer(device.accessToken)).expect(200);
  });

  it('when the new password breaks the sign-up rules or repeats the current one, then it answers 400 naming newPassword', async () => {
    const { app } = buildTestApp();
    const device = await signUp(app);
    const currentPassword = device.credentials.password;

    const bodies = [
      { currentPassword, newPassword: 'short' },
      { currentPassword, newPassword: 'é'.repeat(40) },
      { currentPassword, newPassword: currentPassword },
      { currentPassword },
    ];
    const answers = await Promise.all(
      bodies.map((body) => request(app).post(PASSWORD).set(bearer(device.accessToken)).send(body)),
    );

    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details).toEqual([
        { path: 'newPassword', message: expect.any(String) },
      ]);
    }
    await logIn(app, device.credentials);
  });

  it('when there is no access token, then it answers 401 UNAUTHORIZED', async () => {
    const { app } = buildTestApp();
    const device = await signUp(app);

    const res = await request(app)
      .post(PASSWORD)
      .send({ currentPassword: device.credentials.password, newPassword: NEW_PASSWORD });

    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('when it succeeds, then this device gets a new token and stays signed in, the others are signed out, and every older access token is refused', async () => {
    const { app } = buildTestApp();
    const phone = await signUp(app);
    const laptop = await logIn(app, phone.credentials);
    const tablet = await logIn(app, phone.credentials);

    const res = await request(app)
      .post(PASSWORD)
      .set(bearer(phone.accessToken))
      .send({ currentPassword: phone.credentials.password, newPassword: NEW_PASSWORD });

    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, user: phone.user });
    await request(app)
      .get(ME)
      .set(bearer(res.body.accessToken as string))
      .expect(200);
    for (const old of [phone, laptop, tablet]) {
      const refused = await request(app).get(ME).set(bearer(old.accessToken));
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('UNAUTHORIZED');
    }
    await request(app).post(REFRESH).set('Cookie', laptop.cookie).expect(401);
    await request(app).post(REFRESH).set('Cookie', tablet.cookie).expect(401);
    const refreshed = await request(app).post(REFRESH).set('Cookie', phone.cookie).expect(200);
    await request(app)
      .get(ME)
      .set(bearer(refreshed.body.accessToken as string))
      .expect(200);
    await request(app)
      .post(LOGIN)
      .send({ username: phone.credentials.username, password: phone.credentials.password })
      .expect(401);
    await logIn(app, { ...phone.credentials, password: NEW_PASSWORD });
  });
});
