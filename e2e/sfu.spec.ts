import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ARTIFACTS_DIR } from './support/global-setup.js';
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
async function smallVideoParticipant(browser: Browser) {
  const participant = await newParticipant(browser);
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
  await pages[0]!.screenshot({ path: join(ARTIFACTS_DIR, 'sfu-call-4.png') });

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
  await pages[0]!.screenshot({ path: join(ARTIFACTS_DIR, 'sfu-call-4-presenting.png') });

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
