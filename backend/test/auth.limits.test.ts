import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { register } from './support/auth.js';

useTestDatabase();

const LOGIN = '/api/v1/auth/login';
const WRONG = 'not the password';

afterEach(() => {
  vi.useRealTimers();
});

// Only Date is faked: the limiter windows move with it while sockets and timers stay real.
const fakeClock = () => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });

describe('login rate limits', () => {
  it('when one IP exceeds its attempts, then it answers 429 with Retry-After in seconds', async () => {
    const { app } = buildTestApp({ LOGIN_MAX_PER_IP: '3', LOGIN_WINDOW_SECONDS: '120' });
    const { username } = await register(app);
    for (let i = 0; i < 3; i += 1) {
      await request(app).post(LOGIN).send({ username, password: WRONG }).expect(401);
    }

    const res = await request(app).post(LOGIN).send({ username: 'someone_else', password: WRONG });

    expect(res.status).toBe(429);
    expect(res.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: expect.any(String) } });
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(120);
  });

  it('when a username has too many consecutive failures, then even the right password gets 429', async () => {
    const { app } = buildTestApp({ LOGIN_MAX_FAILURES_PER_USERNAME: '3' });
    const { username, password } = await register(app);
    for (let i = 0; i < 3; i += 1) {
      await request(app).post(LOGIN).send({ username, password: WRONG }).expect(401);
    }

    const res = await request(app).post(LOGIN).send({ username, password });

    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('when failures hit one username, then another username from the same IP still signs in', async () => {
    const { app } = buildTestApp({ LOGIN_MAX_FAILURES_PER_USERNAME: '2' });
    const target = await register(app);
    const other = await register(app);
    for (let i = 0; i < 3; i += 1) {
      await request(app).post(LOGIN).send({ username: target.username, password: WRONG });
    }

    const res = await request(app)
      .post(LOGIN)
      .send({ username: other.username, password: other.password });

    expect(res.status).toBe(200);
  });

  it('when a sign-in succeeds, then the run of failures starts again from zero', async () => {
    const { app } = buildTestApp({ LOGIN_MAX_FAILURES_PER_USERNAME: '3' });
    const { username, password } = await register(app);
    const attempt = (pass: string) => request(app).post(LOGIN).send({ username, password: pass });
    await attempt(WRONG).expect(401);
    await attempt(WRONG).expect(401);
    await attempt(password).expect(200);
    await attempt(WRONG).expect(401);
    await attempt(WRONG).expect(401);

    const res = await attempt(password);

    expect(res.status).toBe(200);
  });

  it('when the username does not exist, then it is limited exactly like one that does', async () => {
    const { app } = buildTestApp({ LOGIN_MAX_FAILURES_PER_USERNAME: '2' });
    const { username } = await register(app);
    const statuses = async (name: string) => {
      const result: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        result.push(
          (await request(app).post(LOGIN).send({ username: name, password: WRONG })).status,
        );
      }
      return result;
    };

    expect(await statuses('nobody_here')).toEqual(await statuses(username));
  });

  it('when the window has passed after a lockout, then the real user signs in again', async () => {
    const { app } = buildTestApp({
      LOGIN_MAX_PER_IP: '4',
      LOGIN_MAX_FAILURES_PER_USERNAME: '2',
      LOGIN_WINDOW_SECONDS: '60',
    });
    const { username, password } = await register(app);
    fakeClock();
    for (let i = 0; i < 4; i += 1) {
      await request(app).post(LOGIN).send({ username, password: WRONG });
    }
    await request(app).post(LOGIN).send({ username, password }).expect(429);

    vi.advanceTimersByTime(61_000);
    const res = await request(app).post(LOGIN).send({ username, password });

    expect(res.status).toBe(200);
  });

  it('when two apps are built, then they do not share limiter state', async () => {
    const first = buildTestApp({ LOGIN_MAX_PER_IP: '1' });
    const second = buildTestApp({ LOGIN_MAX_PER_IP: '1' });
    await request(first.app).post(LOGIN).send({ username: 'someone', password: WRONG }).expect(401);

    const res = await request(second.app)
      .post(LOGIN)
      .send({ username: 'someone', password: WRONG });

    expect(res.status).toBe(401);
  });
});

describe('login rate limits shared through Redis', () => {
  it('when two processes share REDIS_URL, then failures counted by one limit the other', async () => {
    const shared = { REDIS_URL: 'redis://127.0.0.1:6379', LOGIN_MAX_FAILURES_PER_USERNAME: '2' };
    const first = buildTestApp(shared);
    const second = buildTestApp(shared);
    try {
      const { username, password } = await register(first.app);
      for (let i = 0; i < 2; i += 1) {
        await request(first.app).post(LOGIN).send({ username, password: WRONG }).expect(401);
      }

      const res = await request(second.app).post(LOGIN).send({ username, password });

      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await Promise.all([first.deps.close(), second.deps.close()]);
    }
  });
});
