import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { iceServersFor, turnIdentity } from '../../src/realtime/iceServers.js';
import { testConfig } from '../helpers/app.js';

describe('iceServersFor', () => {
  it('when only STUN is configured, then it is one entry with every URL', () => {
    const { ice } = testConfig({ STUN_URLS: 'stun:a.example:3478, stun:b.example:3478' });

    expect(iceServersFor(ice, 'user')).toEqual([
      { urls: ['stun:a.example:3478', 'stun:b.example:3478'] },
    ]);
  });

  it('when TURN has a shared secret, then the credential is coturn REST: expiry:user and HMAC-SHA1', () => {
    const { ice } = testConfig({
      STUN_URLS: 'stun:turn.example:3478',
      TURN_URLS: 'turn:turn.example:3478?transport=udp,turns:turn.example:5349',
      TURN_SECRET: 's3cret',
      TURN_TTL_SECONDS: '3600',
    });
    const now = Date.UTC(2030, 0, 1);

    const [, turn] = iceServersFor(ice, '64b000000000000000000001', now);

    const username = `${now / 1000 + 3600}:64b000000000000000000001`;
    expect(turn).toEqual({
      urls: ['turn:turn.example:3478?transport=udp', 'turns:turn.example:5349'],
      username,
      credential: createHmac('sha1', 's3cret').update(username).digest('base64'),
    });
  });

  it('when nothing is configured, then there are no ICE servers', () => {
    expect(iceServersFor(testConfig().ice, 'user')).toEqual([]);
  });

  it('when the participant is a guest, then the TURN user is named after the connection', () => {
    expect(turnIdentity('abc', undefined)).toBe('guest-abc');
    expect(turnIdentity('abc', 'u1')).toBe('u1');
  });
});
