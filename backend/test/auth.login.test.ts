import bcrypt from 'bcrypt';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dummyHash } from '../src/services/password.service.js';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { register } from './support/auth.js';

useTestDatabase();

const LOGIN = '/api/v1/auth/login';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('POST /auth/login', () => {
  it('when the credentials match, then it answers 200 with a token, its lifetime and the user', async () => {
    const { app } = buildTestApp();
    const { username, password, user } = await register(app);

    const res = await request(app).post(LOGIN).send({ username, password });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, user });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']?.[0]).toMatch(/^huddle_refresh=[a-f0-9]{64};/);
  });

  it('when the username is typed in another case, then it still signs in', async () => {
    const { app } = buildTestApp();
    const { username, password } = await register(app);

    const res = await request(app).post(LOGIN).send({ username: username.toUpperCase(), password });

    expect(res.status).toBe(200);
  });

  it('when the user is unknown or the password wrong, then both get the same 401 body', async () => {
    const { app } = buildTestApp();
    const { username } = await register(app);

    const wrongPassword = await request(app)
      .post(LOGIN)
      .send({ username, password: 'not it at all' });
    const unknownUser = await request(app)
      .post(LOGIN)
      .send({ username: 'nobody_here', password: 'not it at all' });

    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: expect.any(String) },
    });
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('when the user is unknown, then bcrypt still compares once, against a hash of the same cost', async () => {
    const { app, deps } = buildTestApp();
    const { username } = await register(app);
    const compare = vi.spyOn(bcrypt, 'compare');

    await request(app).post(LOGIN).send({ username, password: 'not it at all' });
    await request(app).post(LOGIN).send({ username: 'nobody_here', password: 'not it at all' });

    expect(compare).toHaveBeenCalledTimes(2);
    const [knownHash, unknownHash] = compare.mock.calls.map((call) => String(call[1]));
    expect(unknownHash).toBe(await dummyHash(deps.config.auth.bcryptCost));
    expect(knownHash).not.toBe(unknownHash);
    expect(unknownHash?.slice(0, 7)).toBe(knownHash?.slice(0, 7));
  });

  it('when the password is longer than 72 bytes but starts with the right one, then it is refused', async () => {
    const { app } = buildTestApp();
    const password = 'p'.repeat(72);
    const { username } = await register(app, { password });

    const res = await request(app)
      .post(LOGIN)
      .send({ username, password: `${password}-and-more` });

    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('when the username is a query operator, then it answers 400 and signs nobody in', async () => {
    const { app } = buildTestApp();
    await register(app);

    const res = await request(app)
      .post(LOGIN)
      .send({ username: { $ne: null }, password: { $ne: null } });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('when a field is missing, then it answers 400 VALIDATION_FAILED', async () => {
    const { app } = buildTestApp();

    const res = await request(app).post(LOGIN).send({ username: 'someone' });

    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'password', message: expect.any(String) }]);
  });
});
