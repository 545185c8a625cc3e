import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { User } from '../src/models/user.model.js';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { logIn, newCredentials, register } from './support/auth.js';

useTestDatabase();

const REGISTER = '/api/v1/auth/register';

describe('POST /auth/register', () => {
  it('when the details are valid, then it creates the user and answers 201 with the public user', async () => {
    const { app } = buildTestApp();
    const credentials = newCredentials({ name: '  Grace Hopper  ', username: 'Grace.Hopper_1' });

    const res = await request(app).post(REGISTER).send(credentials);

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      user: { id: expect.any(String), name: 'Grace Hopper', username: 'Grace.Hopper_1' },
    });
    const stored = await User.findById(res.body.user.id).select('+passwordHash');
    expect(stored?.usernameLower).toBe('grace.hopper_1');
    expect(stored?.passwordHash).toMatch(/^\$2b\$10\$/);
    expect(stored?.passwordHash).not.toContain(credentials.password);
  });

  it('when the username differs from a taken one only by case, then it answers 409 USERNAME_TAKEN', async () => {
    const { app } = buildTestApp();
    const { username } = await register(app);

    const res = await request(app)
      .post(REGISTER)
      .send(newCredentials({ username: username.toUpperCase() }));

    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: { code: 'USERNAME_TAKEN', message: expect.any(String) },
    });
  });

  it('when 20 registrations of one name in varying case race, then exactly one wins', async () => {
    const { app } = buildTestApp({ REGISTER_MAX_PER_IP: '50' });
    const base = newCredentials().username;
    const variants = Array.from({ length: 20 }, (_, i) =>
      [...base].map((char, j) => ((i >> (j % 5)) & 1 ? char.toUpperCase() : char)).join(''),
    );

    const responses = await Promise.all(
      variants.map((username) => request(app).post(REGISTER).send(newCredentials({ username }))),
    );

    const statuses = responses.map((res) => res.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    expect(await User.countDocuments({ usernameLower: base.toLowerCase() })).toBe(1);
  });

  it.each([
    ['a username shorter than 3 characters', { username: 'ab' }, 'username'],
    ['a username longer than 32 characters', { username: 'a'.repeat(33) }, 'username'],
    ['a username with a space', { username: 'ada lovelace' }, 'username'],
    ['a username with a non-ASCII letter', { username: 'adé' }, 'username'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a name longer than 80 characters', { name: 'n'.repeat(81) }, 'name'],
    ['a password shorter than 8 bytes', { password: 'seven77' }, 'password'],
    ['a password of 73 bytes in 25 characters', { password: `${'€'.repeat(24)}a` }, 'password'],
  ])(
    'when the body has %s, then it answers 400 VALIDATION_FAILED for that field',
    async (_, override, field) => {
      const { app } = buildTestApp();

      const res = await request(app).post(REGISTER).send(newCredentials(override));

      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details).toEqual([{ path: field, message: expect.any(String) }]);
    },
  );

  it('when every field is missing, then the details name each field', async () => {
    const { app } = buildTestApp();

    const res = await request(app).post(REGISTER).send({});

    expect(res.status).toBe(400);
    const paths = (res.body.error.details as { path: string }[]).map((detail) => detail.path);
    expect(paths.sort()).toEqual(['name', 'password', 'username']);
  });

  it('when the password has exactly 72 bytes, then it is accepted whole and signs in', async () => {
    const { app } = buildTestApp();
    const password = '€'.repeat(24);

    const credentials = await register(app, { password });
    const session = await logIn(app, credentials);

    expect(Buffer.byteLength(password)).toBe(72);
    expect(session.user.username).toBe(credentials.username);
  });

  it('when a field carries a query operator instead of a string, then it answers 400', async () => {
    const { app } = buildTestApp();

    const res = await request(app)
      .post(REGISTER)
      .send({ ...newCredentials(), username: { $ne: null } });

    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'username', message: expect.any(String) }]);
  });

  it('when one IP registers more than the limit, then it answers 429 with Retry-After', async () => {
    const { app } = buildTestApp({ REGISTER_MAX_PER_IP: '2', REGISTER_WINDOW_SECONDS: '600' });
    await register(app);
    await register(app);

    const res = await request(app).post(REGISTER).send(newCredentials());

    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(600);
  });
});
