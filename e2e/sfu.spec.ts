import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { io as connectSocket } from 'socket.io-client';
import { startLiveKit } from '../backend/src/media/livekitServer.js';
import { startBuiltApp } from './support/builtApp.js';
import { ARTIFACTS_DIR } from './support/global-setup.js';
import { PHONE, shot } from './support/screenshots.js';
import {
  decodedByParticipant,
  expectDecodingEach,
  receivingTrack,
} from './support/meeting-media.js';
import {
  joinAsGuest,
  joinFromPreJoin,
  newParticipant,
  signUp,
  startMeeting,
  tileOf,
  tiles,
} from './support/meeting.js';

// Every test here goes through the app whose media plane is the LiveKit server.
test.use({ baseURL: process.env.HUDDLE_E2E_SFU_URL });

const NAMES = ['Ana', 'Ben', 'Cleo', 'Dev'];

/** A participant whose camera is small, so four browsers fit on two shared cores. */
async function smallVideoParticipant(browser: Browser, baseURL?: string) {
  const participant = await newParticipant(browser, baseURL ? { baseURL } : {});
  await participant.context.addInitScript(() => {
    const media = navigator.mediaDevices;
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = (constraints) =>
      getUserMedia(
        constraints?.video
          ? { ...constraints, video: { width: 320, height: 180, frameRate: 15 } }
          : constraints,
      );
  });
  return participant;
}

const selfId = (page: Page) =>
  tiles(page)
    .and(page.locator('[data-self]'))
    .getAttribute('data-participant-id') as Promise<string>;

test('when four people meet through the SFU, then each decodes everyone, sees a shared screen, and a leaver stops everywhere', async ({
  browser,
}) => {
  test.slow(); // Four browsers encoding and decoding video on a shared two-core machine.
  const people = [];
  for (let i = 0; i < NAMES.length; i += 1) people.push(await smallVideoParticipant(browser));
  const pages = people.map((person) => person.page);
  const [host, ...guests] = pages;

  await signUp(host!, NAMES[0]!);
  const code = await startMeeting(host!, 'SFU e2e');
  await joinFromPreJoin(host!);
  // Staggered: each joins once the previous one is in the call.
  for (const [i, page] of guests.entries()) await joinAsGuest(page, code, NAMES[i + 1]!);

  const ids = await Promise.all(pages.map(selfId));
  for (const page of pages) await expect(tiles(page)).toHaveCount(4);
  for (const [i, page] of pages.entries()) {
    await expectDecodingEach(
      page,
      ids.filter((_, j) => j !== i),
    );
  }
  await shot(pages[0]!, 'sfu-call-4');

  // Ben presents: his tile on every other page switches to a new track, decoded.
  const benId = ids[1]!;
  const others = pages.filter((_, i) => i !== 1);
  const cameraTracks = await Promise.all(
    others.map(async (page) => (await decodedByParticipant(page))[benId]!.trackId),
  );
  await pages[1]!.getByRole('button', { name: 'Share screen' }).click();
  for (const [i, page] of others.entries()) {
    await expect(tileOf(page, 'Ben')).toHaveAttribute('data-screen', 'true');
    await expect
      .poll(async () => (await decodedByParticipant(page))[benId]?.trackId)
      .not.toBe(cameraTracks[i]);
    await expectDecodingEach(page, [benId]);
  }
  await shot(pages[0]!, 'sfu-call-4-presenting');

  // Dev leaves: his tile goes and his video stops arriving on every other page.
  const devId = ids[3]!;
  const stayers = pages.slice(0, 3);
  const devTracks = await Promise.all(
    stayers.map(async (page) => (await decodedByParticipant(page))[devId]!.trackId),
  );
  await pages[3]!.getByRole('button', { name: 'Leave call' }).click();
  for (const [i, page] of stayers.entries()) {
    await expect(tileOf(page, 'Dev')).toHaveCount(0);
    await expect.poll(() => receivingTrack(page, devTracks[i]!)).toBe(false);
  }

  await Promise.all(people.map((person) => person.context.close()));
});

/** Resolves when livekit-client on the page says its own reconnection to the SFU gave up. */
const sfuGaveUp = (page: Page) =>
  page.waitForEvent('console', {
    predicate: (message) => message.text().includes('could not recover connection'),
    timeout: 120_000,
  });

test('when the SFU is killed and started again, then both pages join its room again by themselves and decode each other', async ({
  browser,
}) => {
  test.slow(); // Two browsers with video, and a LiveKit killed and started again.
  // A LiveKit and an app of the test's own: the suite's shared SFU stays up for the other tests.
  const dir = mkdtempSync(join(tmpdir(), 'huddle-livekit-restart-'));
  let livekit = await startLiveKit(dir);
  const app = await startBuiltApp(join(ARTIFACTS_DIR, 'server-sfu-restart.log'), {
    MONGODB_URI: process.env.HUDDLE_E2E_MONGODB_URI ?? '',
    JWT_SECRET: 'e2e-sfu-restart-secret-that-is-long-enough-0123456789',
    MEDIA_MODE: 'sfu',
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
  });
  try {
    const people = [
      await smallVideoParticipant(browser, app.baseUrl),
      await smallVideoParticipant(browser, app.baseUrl),
    ];
    const [host, guest] = people.map((person) => person.page) as [Page, Page];
    await signUp(host, 'Sia Restart');
    const code = await startMeeting(host, 'SFU restart drill');
    await joinFromPreJoin(host);
    await joinAsGuest(guest, code, 'Gil Guest');
    const [hostId, guestId] = await Promise.all([selfId(host), selfId(guest)]);
    await expectDecodingEach(host, [guestId]);
    await expectDecodingEach(guest, [hostId]);

    const gaveUp = [sfuGaveUp(host), sfuGaveUp(guest)];
    process.kill(livekit.pid, 'SIGKILL');
    // Back only once LiveKit's own reconnection has given up on both pages: from here on, only
    // Huddle's SPA can bring the call back (the token it joined with is good only for connecting).
    await Promise.all(gaveUp);
    livekit = await startLiveKit(dir, Number(new URL(livekit.url).port));

    await expectDecodingEach(host, [guestId]);
    await expectDecodingEach(guest, [hostId]);
    await expect(tiles(host)).toHaveCount(2);
    await shot(host, 'sfu-restart-host-after');
    await Promise.all(people.map((person) => person.context.close()));
  } finally {
    await app.stop();
    await livekit.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when 49 people are in a meeting, then a laptop shows them all and a 390px phone scrolls, every tile large enough', async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await smallVideoParticipant(browser);
  await signUp(page, 'Gallery Host');
  const code = await startMeeting(page, 'All hands');
  await joinFromPreJoin(page);
  // 48 others with camera and microphone off: presence only, over Socket.IO.
  const others = await Promise.all(
    Array.from({ length: 48 }, (_, i) => joinWithoutMedia(baseURL!, code, `Person ${i + 1}`)),
  );

  await expect(tiles(page)).toHaveCount(49);
  const grid = page.getByTestId('video-grid');
  await expect(grid).toHaveAttribute('data-layout', 'gallery');
  // A laptop shows all 49 at once, each at least 160 px wide.
  await expect(tileOf(page, 'Person 48')).toBeInViewport();
  expect((await tiles(page).last().boundingBox())!.width).toBeGreaterThanOrEqual(160);
  await shot(page, 'sfu-gallery-49-1280');

  // A phone shows two columns and scrolls to the rest.
  await page.setViewportSize(PHONE);
  expect((await tiles(page).first().boundingBox())!.width).toBeGreaterThanOrEqual(150);
  const scroll = await grid.evaluate((el) => ({ height: el.scrollHeight, seen: el.clientHeight }));
  expect(scroll.height).toBeGreaterThan(scroll.seen);
  await shot(page, 'sfu-gallery-49-390');
  await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(tiles(page).last()).toBeInViewport();
  await shot(page, 'sfu-gallery-49-390-scrolled');

  others.forEach((socket) => socket.disconnect());
  await context.close();
});

async function joinWithoutMedia(baseUrl: string, code: string, name: string) {
  const socket = connectSocket(baseUrl, {
    auth: { name },
    transports: ['websocket'],
    extraHeaders: { origin: baseUrl },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const ack = await socket.emitWithAck('meeting:join', { code, audio: false, video: false });
  if (!ack.ok) throw new Error(`${name} could not join: ${ack.error.code}`);
  return socket;
}
