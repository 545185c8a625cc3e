import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useServerProcesses } from '../faults/processes.js';
import { useTestDatabase } from '../helpers/database.js';
import { bearer, logIn, signUp } from '../support/auth.js';
import { connectError, disconnected, nextEvent, settled, useRealtime } from './helpers.js';

useTestDatabase();
const { connect, client } = useRealtime();
const startProcess = useServerProcesses();

describe('a password change across two server processes on Redis', () => {
  it('when a device changes the password through one process, then the other device’s socket on the other process ends with SESSION_EXPIRED, and the changing device’s socket stays', async () => {
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `huddle-test-${randomBytes(6).toString('hex')}`,
      // Redis keeps the sign-up and login limits across runs; this test must not run into them.
      REGISTER_MAX_PER_IP: '100000',
      LOGIN_MAX_PER_IP: '100000',
    };
    const [one, two] = await Promise.all([startProcess(env), startProcess(env)]);
    const phone = await signUp(one.url);
    const laptop = await logIn(one.url, phone.credentials);
    const phoneSocket = await connect(one, { token: phone.accessToken });
    const laptopSocket = await connect(two, { token: laptop.accessToken });
    const ending = nextEvent(laptopSocket, 'session:ended');
    const gone = disconnected(laptopSocket);
    let phoneEnded = false;
    phoneSocket.on('session:ended', () => (phoneEnded = true));

    await request(one.url)
      .post('/api/v1/auth/password')
      .set(bearer(phone.accessToken))
      .send({ currentPassword: phone.credentials.password, newPassword: 'a brand new passphrase' })
      .expect(200);

    expect((await ending).error.code).toBe('SESSION_EXPIRED');
    expect(await gone).toBe('io server disconnect');
    const again = client(two, { token: laptop.accessToken });
    expect((await connectError(again)).message).toBe('UNAUTHORIZED');
    await settled(phoneSocket);
    expect(phoneSocket.connected).toBe(true);
    expect(phoneEnded).toBe(false);
  }, 60_000);
});
