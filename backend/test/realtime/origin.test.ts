import { randomBytes } from 'node:crypto';
import { request, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import { TEST_ORIGIN, connectError, guest, useRealtime, type TestServer } from './helpers.js';

useTestDatabase();
const { startServer, client, connect } = useRealtime();
const FOREIGN_ORIGIN = 'http://evil.example';

function pollingHandshake(server: TestServer, origin?: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: origin ? { origin } : {},
    });
    req.once('response', (res) => {
      res.resume();
      resolve(res);
    });
    req.once('error', reject);
    req.end();
  });
}

async function pollingSid(server: TestServer): Promise<string> {
  const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
  const body = await res.text();
  return (JSON.parse(body.slice(1)) as { sid: string }).sid;
}

/** A raw WebSocket upgrade: resolves with 101 when accepted, the refusal's status otherwise. */
function upgrade(server: TestServer, origin: string, sid?: string): Promise<number> {
  const query = `EIO=4&transport=websocket${sid ? `&sid=${sid}` : ''}`;
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/socket.io/?${query}`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        'sec-websocket-version': '13',
        origin,
      },
    });
    req.once('upgrade', (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.once('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

describe('origin allowlist', () => {
  it('when a polling handshake comes from a foreign origin, then it is refused 403', async () => {
    const server = await startServer();

    const res = await pollingHandshake(server, FOREIGN_ORIGIN);

    expect(res.statusCode).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('when a polling handshake comes from the app origin, then it is accepted with credentials', async () => {
    const server = await startServer();

    const res = await pollingHandshake(server, TEST_ORIGIN);

    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it('when a websocket handshake comes from a foreign origin, then it is refused', async () => {
    const server = await startServer();

    // Engine.IO answers every refused upgrade with 400.
    expect(await upgrade(server, FOREIGN_ORIGIN)).toBe(400);
    const error = await connectError(
      client(server, guest(), { extraHeaders: { origin: FOREIGN_ORIGIN } }),
    );
    expect(error.message).toBe('websocket error');
    expect(server.io.of('/').sockets.size).toBe(0);
  });

  it('when a polling session is upgraded from a foreign origin, then the upgrade is refused', async () => {
    const server = await startServer();
    const sid = await pollingSid(server);

    expect(await upgrade(server, FOREIGN_ORIGIN, sid)).toBe(400);
  });

  it('when a websocket comes from the app origin or without any origin, then it connects', async () => {
    const server = await startServer();

    expect(await upgrade(server, TEST_ORIGIN)).toBe(101);
    await connect(server, guest(), { extraHeaders: { origin: TEST_ORIGIN } });
    await connect(server, guest());
    await connect(server, guest(), { transports: ['polling'] });
  });
});
