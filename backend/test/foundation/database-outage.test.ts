import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, disconnectDatabase } from '../../src/db/connect.js';
import { startFerretDb, type DatabaseServer } from '../../src/db/ferretdb.js';
import { buildTestApp } from '../helpers/app.js';

/** A FerretDB of this file's own, so it can be stopped and started again on the same port. */
class DisposableDatabase {
  readonly dir = mkdtempSync(join(tmpdir(), 'huddle-outage-'));
  private port: number | undefined;
  private server: DatabaseServer | undefined;

  async start(): Promise<string> {
    this.server = await startFerretDb(this.dir, this.port);
    this.port = Number(new URL(this.server.uri).port);
    return `${this.server.uri}huddle_outage`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

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
