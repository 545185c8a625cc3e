import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import { forge } from '../support/auth.js';
import {
  connectError,
  createMeeting,
  disconnected,
  guest,
  join,
  member,
  useRealtime,
} from './helpers.js';

useTestDatabase();
const { startServer, client, connect } = useRealtime();

describe('socket handshake', () => {
  it('when a valid access token is given, then the socket is that member', async () => {
    const server = await startServer();
    const { auth, userId } = member(server.deps, 'Ada');
    const socket = await connect(server, auth);
    const code = await createMeeting();

    const { self } = await join(socket, code);

    expect(self).toEqual({
      id: socket.id,
      name: 'Ada',
      userId,
      isGuest: false,
      audio: true,
      video: true,
      screen: false,
      role: 'participant',
      handRaised: false,
    });
  });

  it('when only a name is given, then the socket is a guest with the trimmed name', async () => {
    const server = await startServer();
    const socket = await connect(server, guest('  Grace  '));
    const code = await createMeeting();

    const { self } = await join(socket, code);

    expect(self).toMatchObject({ name: 'Grace', isGuest: true });
    expect(self).not.toHaveProperty('userId');
  });

  it('when neither a token nor a valid name is given, then the handshake fails UNAUTHORIZED', async () => {
    const server = await startServer();
    const refusals = [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(41) }, { name: 42 }];

    for (const auth of refusals) {
      const error = await connectError(client(server, auth));
      expect(error.message).toBe('UNAUTHORIZED');
    }
    expect(server.io.of('/').sockets.size).toBe(0);
  });

  it('when the token is forged, expired or unsigned, then the handshake fails even with a name', async () => {
    const server = await startServer();
    const { auth } = member(server.deps);
    const authConfig = server.deps.config.auth;
    const userId = '0123456789abcdef01234567';
    const forged = forge(authConfig, userId, {
      secret: 'another-secret-that-is-long-enough-0123456789',
    });
    const expired = forge(authConfig, userId, { sign: { expiresIn: -60 } });
    const unsigned = forge(authConfig, userId, { secret: '', algorithm: 'none' });
    const tampered = `${auth.token.slice(0, -4)}AAAA`;

    for (const token of [forged, expired, unsigned, tampered, 'not-a-jwt', '']) {
      const error = await connectError(client(server, { token, name: 'Eve' }));
      expect(error.message).toBe('UNAUTHORIZED');
    }
  });

  it('when a packet is larger than 64 KB, then the server drops that connection', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());
    const gone = disconnected(socket);

    socket.emit('chat:send', { text: 'x'.repeat(70 * 1024) }, () => undefined);

    expect(await gone).toBe('transport close');
  });
});
