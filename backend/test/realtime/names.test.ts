import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import { newCredentials } from '../support/auth.js';
import { connectError, errorCode, guest, join, ok, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect, client: openClient, meetingOfTwo } = useRealtime();

const INVISIBLE = '\u200B\u2060\uFEFF';
const refusedNames = [
  ['only zero-width characters', ` ${INVISIBLE} `],
  ['a control character', 'Ali\u0007ce'],
  ['a right-to-left override', '\u202Eecila'],
];

describe('names and text people type', () => {
  it.each(refusedNames)(
    'when a guest name has %s, then the handshake is refused',
    async (_, name) => {
      const server = await startServer();

      const error = await connectError(openClient(server, guest(name)));

      expect(error.message).toBe('UNAUTHORIZED');
    },
  );

  it('when a guest name has zero-width characters at its ends, then they are trimmed', async () => {
    const server = await startServer();
    const { code } = await meetingOfTwo(server);
    const socket = await connect(server, guest(`${INVISIBLE}Alice Member${INVISIBLE}`));

    const { self } = await join(socket, code, { audio: false, video: false });

    expect(self).toMatchObject({ name: 'Alice Member', isGuest: true });
  });

  it.each(refusedNames)('when a sign-up name has %s, then it answers 400', async (_, name) => {
    const { app } = buildTestApp();

    const res = await request(app).post('/api/v1/auth/register').send(newCredentials({ name }));

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('when chat text is invisible or has control characters, then it is refused; line breaks are kept', async () => {
    const server = await startServer();
    const { a } = await meetingOfTwo(server);

    const invisible = await a.emitWithAck('chat:send', { text: INVISIBLE });
    const bell = await a.emitWithAck('chat:send', { text: 'ding\u0007' });
    const lines = await a.emitWithAck('chat:send', { text: 'one\ntwo' });

    expect([errorCode(invisible), errorCode(bell)]).toEqual([
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    expect(ok(lines).message.text).toBe('one\ntwo');
  });
});
