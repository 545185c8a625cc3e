import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, disconnectDatabase } from '../../src/db/connect.js';
import { buildTestApp } from '../helpers/app.js';
import { DisposableDatabase } from '../helpers/disposableDatabase.js';

describe('when the database goes away and comes back', () => {
  const database = new DisposableDatabase();
  const { app, deps } = buildTestApp({ DB_TIMEOUT_MS: '1000' });
  const connecting = new AbortController();
  let uri = '';

  beforeAll(async () => {
    uri = await database.start();
  });

  afterAll(async () => {
    connecting.abort();
    await disconnectDatabase();
    await database.stop();
    database.dispose();
  });

  it('then the app connects with retries once the database is up', async () => {
    await database.stop();
    const connected = connectDatabase({
      uri,
      timeoutMs: 1000,
      maxPoolSize: 4,
      logger: deps.logger,
      signal: connecting.signal,
    });
    await expect(request(app).get('/readyz')).resolves.toMatchObject({ status: 503 });

    await database.start();
    await connected;

    await expect(request(app).get('/readyz')).resolves.toMatchObject({ status: 200 });
  });

  it('then API calls answer 503 DATABASE_UNAVAILABLE while it is down, and work again after', async () => {
    const user = { name: 'Ada', username: 'ada-outage', password: 'correct horse battery' };
    await request(app).post('/api/v1/auth/register').send(user).expect(201);

    await database.stop();
    const whileDown = await request(app)
      .post('/api/v1/auth/login')
      .send({ username: user.username, password: user.password })
      .timeout(10_000);

    expect(whileDown.status).toBe(503);
    expect(whileDown.body).toEqual({
      error: { code: 'DATABASE_UNAVAILABLE', message: expect.any(String) },
    });
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 15_000 })
      .toBe(503);

    await database.start();
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 30_000 })
      .toBe(200);
    const afterRecovery = await request(app)
      .post('/api/v1/auth/login')
      .send({ username: user.username, password: user.password });
    expect(afterRecovery.status).toBe(200);
  });
});
