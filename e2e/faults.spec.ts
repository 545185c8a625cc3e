import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startBuiltApp } from './support/builtApp.js';
import { ARTIFACTS_DIR } from './support/global-setup.js';
import {
  expectDecodingRemoteVideo,
  framesDecoded,
  type PageRecorders,
} from './support/meeting-media.js';
import {
  joinAsGuest,
  joinFromPreJoin,
  newParticipant,
  openChat,
  sendChat,
  signUp,
  startMeeting,
  tileOf,
  tiles,
} from './support/meeting.js';
import { startPm2Cluster } from './support/pm2Cluster.js';
import { shot } from './support/screenshots.js';

// Each test runs an app process of its own, which it kills; the suites' shared one is untouched.
const ownEnv = (env: Record<string, string> = {}) => ({
  MONGODB_URI: process.env.HUDDLE_E2E_MONGODB_URI ?? '',
  JWT_SECRET: 'e2e-faults-secret-that-is-long-enough-0123456789',
  MEDIA_MODE: 'mesh',
  ...env,
});

/** An app process of the test's own, logging to e2e/artifacts/NAME.log; on `port` for a restart. */
const startApp = (name: string, env: Record<string, string>, port?: number) =>
  startBuiltApp(join(ARTIFACTS_DIR, `${name}.log`), env, port);

test('when the server is killed (SIGKILL) and started again on the same port, then both pages are back in the call with video and chat, without a reload', async ({
  browser,
}) => {
  test.slow(); // Two browsers encoding and decoding video on a shared two-core machine.
  let app = await startApp('server-restart', ownEnv());
  const host = await newParticipant(browser, { baseURL: app.baseUrl });
  const guest = await newParticipant(browser, { baseURL: app.baseUrl });
  await signUp(host.page, 'Rhea Restart');
  const code = await startMeeting(host.page, 'Restart drill');
  await joinFromPreJoin(host.page);
  await joinAsGuest(guest.page, code, 'Gus Guest');
  await expect(tiles(host.page)).toHaveCount(2);
  await expectDecodingRemoteVideo(guest.page);
  await openChat(guest.page);
  await sendChat(guest.page, 'said before the crash');
  const navigations = [host.page, guest.page].map((page) => countNavigations(page));

  await app.kill('SIGKILL');
  await expect(guest.page.getByTestId('reconnecting-banner')).toBeVisible();
  app = await startApp('server-restart', ownEnv(), app.port);
  const answeringAt = Date.now();

  for (const page of [host.page, guest.page]) {
    await expect(page.getByTestId('reconnecting-banner')).toHaveCount(0, { timeout: 5000 });
    await expect(tiles(page)).toHaveCount(2, { timeout: 5000 });
  }
  const backMs = Date.now() - answeringAt;
  const decodedAfterRestart = await Promise.all([host.page, guest.page].map(framesDecoded));
  await expect
    .poll(() => framesDecoded(host.page), { timeout: 15_000 })
    .toBeGreaterThan(decodedAfterRestart[0]! + 10);
  await expect
    .poll(() => framesDecoded(guest.page), { timeout: 15_000 })
    .toBeGreaterThan(decodedAfterRestart[1]! + 10);
  const videoMs = Date.now() - answeringAt;
  console.info(
    `restart: tiles back ${backMs} ms, video rising ${videoMs} ms after the server answered`,
  );
  await expect(guest.page.getByText('said before the crash')).toBeVisible();
  expect(navigations.map((count) => count())).toEqual([0, 0]);
  await shot(host.page, 'restart-host-after');
  await shot(guest.page, 'restart-guest-after');

  await host.context.close();
  await guest.context.close();
  await app.stop();
});

test('when access tokens live 6 s, then a member stays in the call across several renewals, on the same connection', async ({
  browser,
}) => {
  test.slow();
  const app = await startApp('server-short-tokens', ownEnv({ ACCESS_TOKEN_TTL_SECONDS: '6' }));
  const host = await newParticipant(browser, { baseURL: app.baseUrl });
  const guest = await newParticipant(browser, { baseURL: app.baseUrl });
  await signUp(host.page, 'Tara Token');
  const code = await startMeeting(host.page, 'Token drill');
  await joinFromPreJoin(host.page);
  await joinAsGuest(guest.page, code, 'Gus Guest');
  const hostTile = tiles(guest.page).filter({ hasText: 'Tara Token' });
  const hostId = await hostTile.getAttribute('data-participant-id');

  // Four renewals, halfway through each token's life: the first token expired (and would have
  // ended the socket) twice over.
  for (let renewal = 0; renewal < 4; renewal += 1) {
    await host.page.waitForResponse((res) => res.url().endsWith('/auth/refresh') && res.ok(), {
      timeout: 15_000,
    });
  }

  await expectDecodingRemoteVideo(host.page);
  await expect(hostTile).toHaveAttribute('data-participant-id', hostId!);
  await expect(host.page.getByTestId('call')).toBeVisible();
  await shot(host.page, 'short-tokens-host-after');

  await host.context.close();
  await guest.context.close();
  await app.stop();
});

/** How many times the page navigates (a reload would) from now on. */
function countNavigations(page: Page): () => number {
  let count = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) count += 1;
  });
  return () => count;
}

test('when pm2 reloads both processes of a cluster under a live meeting, then nobody loses the call: everyone is back with everyone, the chat intact, no reload', async ({
  browser,
}) => {
  test.slow(); // Two browsers and two app processes, each replaced, on a shared two-core machine.
  const cluster = await startPm2Cluster(join(ARTIFACTS_DIR, 'pm2-reload'), {
    MONGODB_URI: process.env.HUDDLE_E2E_MONGODB_URI ?? '',
    JWT_SECRET: 'e2e-faults-secret-that-is-long-enough-0123456789',
    MEDIA_MODE: 'mesh',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `huddle-e2e-${randomBytes(6).toString('hex')}`,
    LOGIN_MAX_PER_IP: '1000',
    REGISTER_MAX_PER_IP: '1000',
  });
  try {
    const host = await newParticipant(browser, { baseURL: cluster.baseUrl });
    const guest = await newParticipant(browser, { baseURL: cluster.baseUrl });
    const pages = [host.page, guest.page];
    await signUp(host.page, 'Pia Reload');
    const code = await startMeeting(host.page, 'Reload drill');
    await joinFromPreJoin(host.page);
    await joinAsGuest(guest.page, code, 'Gus Guest');
    for (const page of pages) await expect(tiles(page)).toHaveCount(2);
    await openChat(host.page);
    await sendChat(host.page, 'said before the reload');
    await openChat(guest.page);
    await expect(guest.page.getByText('said before the reload')).toBeVisible();
    const navigations = pages.map((page) => countNavigations(page));
    await Promise.all(pages.map(watchSocketGaps));
    const pidsBefore = await cluster.pids();

    const reloadAt = Date.now();
    await cluster.reload();
    const reloadedMs = Date.now() - reloadAt;
    const pidsAfter = await cluster.pids();
    expect(pidsAfter).toHaveLength(2);
    expect(pidsAfter.filter((pid) => pidsBefore.includes(pid))).toEqual([]);
    // Every process a page was connected to is gone: each page must be on a new socket by now.
    for (const page of pages) {
      await expect.poll(() => socketGaps(page)).not.toBeNull();
      await expect(page.getByTestId('reconnecting-banner')).toHaveCount(0);
      await expect(tiles(page)).toHaveCount(2);
    }
    const gaps = (await Promise.all(pages.map(socketGaps))).flatMap((page) => page!);
    const backMs = Math.max(...(await Promise.all(pages.map(tilesChangedAt)))) - reloadAt;
    console.info(
      `pm2 reload: every participant back with everyone ${backMs} ms after the reload began ` +
        `(sockets down ${gaps.map((gap) => `${gap.up! - gap.down} ms`).join(', ')}); ` +
        `pm2 replaced both processes in ${reloadedMs} ms`,
    );

    // Both screens show the same people under the same ids: nobody is a stale tile on one of them.
    await expect
      .poll(async () => {
        const [onHost, onGuest] = await Promise.all(pages.map(participantIds));
        return onHost!.join() === onGuest!.join();
      })
      .toBe(true);
    for (const page of pages) {
      await expect(page.getByTestId('call')).toBeVisible();
      await expect(tileOf(page, 'Pia Reload')).toHaveCount(1);
      await expect(tileOf(page, 'Gus Guest')).toHaveCount(1);
      await expect(page.getByText('said before the reload')).toBeVisible();
    }
    await sendChat(guest.page, 'said after the reload');
    await expect(host.page.getByText('said after the reload')).toBeVisible();
    expect(navigations.map((count) => count())).toEqual([0, 0]);
    await shot(host.page, 'pm2-reload-host-after');
    await shot(guest.page, 'pm2-reload-guest-after');
    await host.context.close();
    await guest.context.close();
  } finally {
    await cluster.kill();
  }
});

/** The participant ids of the page's tiles, sorted. */
async function participantIds(page: Page): Promise<string[]> {
  const ids = await tiles(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-participant-id') ?? ''),
  );
  return ids.sort();
}

interface SocketGap {
  down: number;
  up?: number;
}

/**
 * Records from now on each time the page has no open WebSocket (`down`) until it has one again
 * (`up`), and when its tiles last changed (`__tilesAt`: a rejoin brings new ids), in epoch ms.
 */
function watchSocketGaps(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as PageRecorders & { __gaps: SocketGap[]; __tilesAt: number };
    const gaps: SocketGap[] = [];
    w.__gaps = gaps;
    const tileIds = () =>
      Array.from(document.querySelectorAll('[data-testid="video-tile"]'))
        .map((tile) => tile.getAttribute('data-participant-id'))
        .sort()
        .join();
    let tiles = tileIds();
    setInterval(() => {
      if (tileIds() !== tiles) {
        tiles = tileIds();
        w.__tilesAt = Date.now();
      }
      const open = w.__sockets.some((socket) => socket.readyState === WebSocket.OPEN);
      const last = gaps.at(-1);
      if (!open && (!last || last.up !== undefined)) gaps.push({ down: Date.now() });
      if (open && last && last.up === undefined) last.up = Date.now();
    }, 20);
  });
}

/** When the page's tiles last changed (someone's rejoin reached it), in epoch milliseconds. */
function tilesChangedAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tilesAt: number }).__tilesAt);
}

/** The page's gaps so far, once it was down at least once and is up again; otherwise null. */
async function socketGaps(page: Page): Promise<SocketGap[] | null> {
  const gaps = await page.evaluate(() => [
    ...(window as unknown as { __gaps: SocketGap[] }).__gaps,
  ]);
  return gaps.length > 0 && gaps.at(-1)!.up !== undefined ? gaps : null;
}
