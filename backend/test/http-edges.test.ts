import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { User } from '../src/models/user.model.js';
import { buildTestApp, TEST_ORIGIN } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { bearer, signUp } from './support/auth.js';

useTestDatabase();

afterEach(() => {
  vi.restoreAllMocks();
});

const errorShape = (code: string) => ({ error: { code, message: expect.any(String) } });

describe('HTTP edges', () => {
  it('when the JSON body is over 16 KB, then it answers 413 in the contract shape', async () => {
    const { app } = buildTestApp();

    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ username: 'someone', password: 'x'.repeat(17 * 1024) }));

    expect(res.status).toBe(413);
    expect(res.body).toEqual(errorShape('PAYLOAD_TOO_LARGE'));
  });

  it('when the JSON body is malformed, then it answers 400 INVALID_JSON', async () => {
    const { app } = buildTestApp();

    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "someone",');

    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorShape('INVALID_JSON'));
  });

  it('when any API response is sent, then X-Powered-By is absent and helmet headers are present', async () => {
    const { app } = buildTestApp();

    const res = await request(app).get('/api/v1/meetings/abc-defg-hij');

    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('when the route does not exist, then it answers 404 NOT_FOUND in the contract shape', async () => {
    const { app } = buildTestApp();

    const res = await request(app).get('/api/v1/nothing-here');

    expect(res.status).toBe(404);
    expect(res.body).toEqual(errorShape('NOT_FOUND'));
  });

  it('when the app origin calls with credentials, then CORS allows exactly that origin', async () => {
    const { app } = buildTestApp();

    const res = await request(app)
      .options('/api/v1/auth/login')
      .set('Origin', TEST_ORIGIN)
      .set('Access-Control-Request-Method', 'POST');

    expect(res.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it('when the database driver throws, then the 500 body has no stack, driver message or path', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    vi.spyOn(User, 'findById').mockImplementation(() => {
      const error = new Error('MongoServerError: E11000 at /work/main/backend/src/secret.ts:12');
      error.name = 'MongoServerError';
      throw error;
    });

    const res = await request(app).get('/api/v1/users/me').set(bearer(session.accessToken));

    expect(res.status).toBe(500);
    expect(res.body).toEqual(errorShape('INTERNAL_ERROR'));
    expect(res.text).not.toMatch(/Mongo|E11000|\/work|secret\.ts|stack|at /);
  });

  it('when validation fails, then the details name fields but never echo internals', async () => {
    const { app } = buildTestApp();

    const res = await request(app)
      .post('/api/v1/auth/register')
      .send({ name: 42, username: ['a'], password: null });

    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/stack|node_modules|\/work/);
    for (const detail of res.body.error.details as object[]) {
      expect(Object.keys(detail).sort()).toEqual(['message', 'path']);
    }
  });
});
