import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startBuiltApp } from './support/builtApp.js';
import { ARTIFACTS_DIR } from './support/global-setup.js';
import { expectDecodingRemoteVideo, framesDecoded } from './support/meeting-media.js';
import {
  joinAsGuest,
  joinFromPreJoin,
  newParticipant,
  openChat,
  sendChat,
  signUp,
  startMeeting,
  tiles,
} from './support/meeting.js';

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

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });

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
