import jwt from 'jsonwebtoken';
import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startScratchLiveKit, type LiveKitServer } from '../../src/media/livekitServer.js';
import type { MediaAccess } from '@huddle/contract';
import { useTestDatabase } from '../helpers/database.js';
import {
  createMeeting,
  disconnected,
  errorCode,
  guest,
  join,
  member,
  ok,
  useRealtime,
  type Client,
  type TestServer,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, hostedMeeting } = useRealtime();

let livekit: LiveKitServer;
let rooms: RoomServiceClient;
beforeAll(async () => {
  livekit = await startScratchLiveKit();
  rooms = new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret);
});
afterAll(() => livekit?.stop());

function sfuServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  return startServer({
    MEDIA_MODE: 'sfu',
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
    ...overrides,
  });
}

function sfuAccess(result: { media: MediaAccess }): Extract<MediaAccess, { mode: 'sfu' }> {
  if (result.media.mode !== 'sfu') throw new Error(`expected SFU media, got ${result.media.mode}`);
  return result.media;
}

/** The claims of a LiveKit token, after checking it is signed with the server's secret. */
function verifiedClaims(token: string) {
  return jwt.verify(token, livekit.apiSecret, { algorithms: ['HS256'] }) as jwt.JwtPayload & {
    name: string;
    video: Record<string, unknown>;
  };
}

/** Joins the meeting's LiveKit room over its signalling WebSocket, as a browser's first step. */
async function connectToSfu(access: { url: string; token: string }): Promise<WebSocket> {
  const socket = new WebSocket(`${access.url}/rtc?access_token=${access.token}&protocol=16`);
  await new Promise((resolve, reject) => {
    socket.once('message', resolve);
    socket.once('error', reject);
  });
  return socket;
}

async function identitiesIn(room: string): Promise<string[]> {
  return (await rooms.listParticipants(room).catch(() => [])).map((p) => p.identity);
}

describe('meeting:join in SFU mode', () => {
  it('when a guest joins, then the ack carries a LiveKit token for that meeting room only, with publish and subscribe grants', async () => {
    const server = await sfuServer({ LIVEKIT_TOKEN_TTL_SECONDS: '120' });
    const code = await createMeeting();
    const socket = await connect(server, guest('Ada'));

    const before = Math.floor(Date.now() / 1000);
    const result = await join(socket, code);
    const access = sfuAccess(result);

    expect(access.url).toBe(livekit.url);
    const claims = verifiedClaims(access.token);
    expect(claims.sub).toBe(socket.id);
    expect(claims.sub).toBe(result.self.id);
    expect(claims.name).toBe('Ada');
    expect(claims.iss).toBe(livekit.apiKey);
    expect(claims.exp! - before).toBeGreaterThanOrEqual(120);
    expect(claims.exp! - before).toBeLessThanOrEqual(121);
    expect(claims.video).toEqual({
      roomJoin: true,
      room: code,
      canPublish: true,
      canPublishSources: ['camera', 'microphone', 'screen_share', 'screen_share_audio'],
      canSubscribe: true,
      canPublishData: false,
      canUpdateOwnMetadata: false,
    });
  });

  it('when no LIVEKIT_TOKEN_TTL_SECONDS is set, then the token lives only as long as connecting takes (LiveKit refreshes a connected participant\u2019s own)', async () => {
    const server = await sfuServer();
    const code = await createMeeting();
    const socket = await connect(server, guest('Ada'));

    const claims = verifiedClaims(sfuAccess(await join(socket, code)).token);

    expect(claims.exp! - claims.nbf!).toBe(30);
  });

  it('when a member joins, then the token names them by display name and participant id', async () => {
    const server = await sfuServer();
    const code = await createMeeting();
    const { auth } = member(server.deps, 'Grace');
    const socket = await connect(server, auth);

    const claims = verifiedClaims(sfuAccess(await join(socket, code)).token);

    expect(claims.sub).toBe(socket.id);
    expect(claims.name).toBe('Grace');
  });

  it('when the join is refused, then no token is handed out', async () => {
    const server = await sfuServer({ MEETING_MAX_PARTICIPANTS: '2' });
    const code = await createMeeting();
    const a = await connect(server, guest('A'));
    const b = await connect(server, guest('B'));
    const c = await connect(server, guest('C'));
    await join(a, code);
    await join(b, code);

    const full = await c.emitWithAck('meeting:join', { code, audio: true, video: true });
    const missing = await c.emitWithAck('meeting:join', {
      code: 'zzz-zzzz-zzz',
      audio: true,
      video: true,
    });

    expect(errorCode(full)).toBe('MEETING_FULL');
    expect(errorCode(missing)).toBe('MEETING_NOT_FOUND');
    expect(JSON.stringify([full, missing])).not.toMatch(/token/);
  });

  it('when no MEETING_MAX_PARTICIPANTS is set, then an SFU meeting holds 100', async () => {
    const server = await sfuServer();

    expect(server.deps.config.meetings.maxParticipants).toBe(100);
  });
});

describe('media:token', () => {
  it('when a participant still in the meeting asks, then they get a fresh token for the same room and identity; anyone else gets NOT_IN_MEETING', async () => {
    const server = await sfuServer();
    const code = await createMeeting();
    const ada = await connect(server, guest('Ada'));
    const first = verifiedClaims(sfuAccess(await join(ada, code)).token);
    const outsider = await connect(server, guest('Eve'));

    const fresh = sfuAccess(ok(await ada.emitWithAck('media:token', {})));
    const refused = await outsider.emitWithAck('media:token', {});
    await ada.emitWithAck('meeting:leave', {});
    const afterLeaving = await ada.emitWithAck('media:token', {});

    const claims = verifiedClaims(fresh.token);
    expect(fresh.url).toBe(livekit.url);
    expect([claims.sub, claims.video.room, claims.name]).toEqual([ada.id, code, 'Ada']);
    expect(claims.video).toEqual(first.video);
    expect([errorCode(refused), errorCode(afterLeaving)]).toEqual([
      'NOT_IN_MEETING',
      'NOT_IN_MEETING',
    ]);
  });
});

describe('leaving a meeting in SFU mode', () => {
  async function joinedThroughSfu(server: TestServer, code: string, name: string) {
    const socket = await connect(server, guest(name));
    const sfu = await connectToSfu(sfuAccess(await join(socket, code)));
    return { socket, sfu };
  }

  async function expectRemovedFromSfu(who: { socket: Client; sfu: WebSocket }, code: string) {
    const id = who.socket.id!;
    await expect.poll(() => identitiesIn(code)).not.toContain(id);
    await new Promise((resolve) =>
      who.sfu.readyState === WebSocket.CLOSED ? resolve(null) : who.sfu.once('close', resolve),
    );
  }

  it('when a participant leaves, then the SFU drops them from the room and closes their connection', async () => {
    const server = await sfuServer();
    const code = await createMeeting();
    const stays = await joinedThroughSfu(server, code, 'Stays');
    const leaves = await joinedThroughSfu(server, code, 'Leaves');
    await expect.poll(() => identitiesIn(code)).toContain(leaves.socket.id);

    await leaves.socket.emitWithAck('meeting:leave', {});

    await expectRemovedFromSfu(leaves, code);
    expect(await identitiesIn(code)).toEqual([stays.socket.id]);
    expect(stays.sfu.readyState).toBe(WebSocket.OPEN);
    stays.sfu.close();
  });

  it('when a participant disconnects from Huddle, then the SFU drops them too', async () => {
    const server = await sfuServer();
    const code = await createMeeting();
    const drops = await joinedThroughSfu(server, code, 'Drops');
    await expect.poll(() => identitiesIn(code)).toContain(drops.socket.id);
    const id = drops.socket.id;

    const gone = disconnected(drops.socket);
    drops.socket.disconnect();
    await gone;

    await expect.poll(() => identitiesIn(code)).not.toContain(id);
  });

  it('when the host removes a participant, then the SFU drops them and, once it expires, their token no longer gets them back in', async () => {
    const server = await sfuServer({ LIVEKIT_TOKEN_TTL_SECONDS: '5' });
    const { code, host } = await hostedMeeting(server);
    const socket = await connect(server, guest('Removed'));
    const access = sfuAccess(await join(socket, code));
    const removed = { socket, sfu: await connectToSfu(access) };
    await expect.poll(() => identitiesIn(code)).toContain(socket.id);

    ok(await host.emitWithAck('participant:remove', { id: socket.id ?? '' }));

    await expectRemovedFromSfu(removed, code);
    await expect
      .poll(() => connectToSfu(access).then((sfu) => (sfu.close(), 'connected'), String), {
        // LiveKit accepts a token up to a minute past its expiry (go-jose's default leeway).
        timeout: 80_000,
        interval: 2000,
      })
      .toMatch(/401/);
  }, 100_000);

  it('when the host ends the meeting, then the SFU drops everyone', async () => {
    const server = await sfuServer();
    const { code, host } = await hostedMeeting(server);
    const ada = await joinedThroughSfu(server, code, 'Ada');
    const bob = await joinedThroughSfu(server, code, 'Bob');
    await expect
      .poll(() => identitiesIn(code))
      .toEqual(expect.arrayContaining([ada.socket.id, bob.socket.id]));

    ok(await host.emitWithAck('meeting:end', {}));

    await expectRemovedFromSfu(ada, code);
    await expectRemovedFromSfu(bob, code);
  });

  it('when a participant leaves before reaching the SFU, then leaving still succeeds', async () => {
    const server = await sfuServer();
    const code = await createMeeting();
    const socket = await connect(server, guest('Quick'));
    await join(socket, code);

    const ack = await socket.emitWithAck('meeting:leave', {});

    expect(ack).toEqual({ ok: true, data: {} });
  });
});

describe('the page policy in SFU mode', () => {
  it('when the SPA is served, then its Content-Security-Policy lets it connect to the SFU only', async () => {
    const server = await sfuServer();
    const { host } = new URL(livekit.url);

    const policy = (await fetch(`${server.url}/healthz`)).headers.get('content-security-policy');

    expect(policy).toContain(`connect-src 'self' ws://${host} http://${host};`);
  });
});
