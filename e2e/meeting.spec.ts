import { expect, test, type Page } from '@playwright/test';
import { PHONE, shot } from './support/screenshots.js';
import {
  dropWebSockets,
  expectDecodingRemoteVideo,
  expectFramesPresented,
  liveLocalTracks,
  markJoinClick,
  msToFirstFrame,
  openPeerConnections,
  sentVideo,
  stopSharingFromBrowser,
} from './support/meeting-media.js';
import {
  joinAsGuest,
  joinFromPreJoin,
  newParticipant,
  openChat,
  seriousAxeViolations,
  sendChat,
  signUp,
  startMeeting,
  tileOf,
  tiles,
} from './support/meeting.js';

test('when a member starts a meeting and a guest joins by the link, then they see, hear and chat with each other', async ({
  browser,
}) => {
  test.slow(); // Two browsers encoding and decoding video on a shared two-core machine.
  const host = await newParticipant(browser);
  const guest = await newParticipant(browser);

  await signUp(host.page, 'Hana Host');
  const code = await startMeeting(host.page, 'E2E sync');
  await expect(host.page.getByText('Joining as')).toContainText('Hana Host');
  await expectFramesPresented(host.page.getByTestId('prejoin-preview'), 1);
  await shot(host.page, 'prejoin');
  expect(await seriousAxeViolations(host.page)).toEqual([]);
  await joinFromPreJoin(host.page);

  await host.page.getByRole('button', { name: 'Copy invite link' }).click();
  await expect(host.page.getByTestId('call-notice')).toHaveText('Invite link copied');
  const invite = await host.page.evaluate(() => navigator.clipboard.readText());
  expect(invite).toBe(new URL(`/m/${code}`, host.page.url()).href);

  await guest.page.goto(invite);
  await joinFromPreJoin(guest.page, 'Gus Guest', { beforeJoin: () => markJoinClick(guest.page) });
  const firstFrameMs = await msToFirstFrame(tileOf(guest.page, 'Hana Host'));
  test
    .info()
    .annotations.push({ type: 'join-to-first-remote-frame-ms', description: `${firstFrameMs}` });
  console.log(`join click to first presented remote frame: ${firstFrameMs} ms`);

  for (const [page, other] of [
    [host.page, 'Gus Guest'],
    [guest.page, 'Hana Host'],
  ] as const) {
    await expect(tiles(page)).toHaveCount(2);
    await expectFramesPresented(tileOf(page, other));
    await expectDecodingRemoteVideo(page);
  }
  await expect(tileOf(host.page, '(You)')).toHaveAttribute('data-self', 'true');
  expect(
    await tileOf(host.page, '(You)')
      .locator('video')
      .evaluate((video: HTMLVideoElement) => getComputedStyle(video).transform),
  ).toContain('matrix(-1');
  await shot(host.page, 'call-2');

  // Chat both ways, with the unread badge while the panel is closed.
  await openChat(host.page);
  await sendChat(host.page, 'Hello from Hana');
  await expect(guest.page.getByTestId('chat-unread')).toHaveText('1');
  await openChat(guest.page);
  await expect(guest.page.getByTestId('chat-message').last()).toContainText('Hello from Hana');
  await expect(guest.page.getByTestId('chat-unread')).toHaveCount(0);
  await sendChat(guest.page, 'Hi Hana,\nglad to be here');
  await expect(host.page.getByTestId('chat-message').last()).toContainText('glad to be here');
  expect(await seriousAxeViolations(host.page)).toEqual([]);

  // A guest may take any name, so the guest is marked wherever it shows; the member is not.
  const messageOf = (page: Page, text: string) =>
    page.getByTestId('chat-message').filter({ hasText: text });
  await expect(tileOf(host.page, 'Gus Guest').getByTestId('guest-badge')).toHaveText('Guest');
  await expect(tileOf(host.page, 'Gus Guest')).toHaveAccessibleName(/^Gus Guest \(guest\)/);
  await expect(messageOf(host.page, 'glad to be here').getByTestId('guest-badge')).toBeVisible();
  await expect(messageOf(host.page, 'Hello from Hana')).toBeVisible();
  await expect(tileOf(host.page, '(You)').getByTestId('guest-badge')).toHaveCount(0);
  await expect(messageOf(host.page, 'Hello from Hana').getByTestId('guest-badge')).toHaveCount(0);
  await expect(tileOf(guest.page, 'Hana Host').getByTestId('guest-badge')).toHaveCount(0);
  await expect(messageOf(guest.page, 'Hello from Hana').getByTestId('guest-badge')).toHaveCount(0);
  await shot(host.page, 'guests-chat-1280');
  await shot(guest.page, 'guests-chat-guest-1280');
  await host.page.setViewportSize(PHONE);
  await shot(host.page, 'guests-chat-390');
  await host.page.setViewportSize({ width: 1280, height: 800 });

  // Mute and camera off are shown on the other side.
  await host.page.getByRole('button', { name: 'Microphone' }).click();
  await expect(host.page.getByRole('button', { name: 'Microphone' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(tileOf(guest.page, 'Hana Host')).toHaveAttribute('data-muted', 'true');
  await host.page.getByRole('button', { name: 'Camera' }).click();
  await expect(tileOf(guest.page, 'Hana Host')).toHaveAttribute('data-video-off', 'true');
  await host.page.getByRole('button', { name: 'Camera' }).click();
  await expect(tileOf(guest.page, 'Hana Host')).toHaveAttribute('data-video-off', 'false');
  expect(await openPeerConnections(host.page)).toBe(1);

  // A screen share replaces the camera on the other side, and ends with the browser's own stop.
  expect(await sentVideo(guest.page)).toBe('camera');
  await guest.page.getByRole('button', { name: 'Share screen' }).click();
  await expect(guest.page.getByRole('button', { name: 'Share screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => sentVideo(guest.page)).toBe('screen');
  await expect(tileOf(host.page, 'Gus Guest')).toHaveAttribute('data-screen', 'true');
  await expect(host.page.getByTestId('video-grid')).toHaveAttribute('data-layout', 'presentation');
  await expectFramesPresented(tileOf(host.page, 'Gus Guest'));
  await expectDecodingRemoteVideo(host.page);
  await shot(host.page, 'call-2-screen-share');
  await stopSharingFromBrowser(guest.page);
  await expect.poll(() => sentVideo(guest.page)).toBe('camera');
  await expect(tileOf(host.page, 'Gus Guest')).toHaveAttribute('data-screen', 'false');
  await expect(host.page.getByTestId('video-grid')).toHaveAttribute('data-layout', 'grid');
  await expectFramesPresented(tileOf(host.page, 'Gus Guest'));
  expect(await openPeerConnections(guest.page)).toBe(1);

  // Leaving removes the tile on the other side and turns the camera off.
  await guest.page.getByRole('button', { name: 'Leave call' }).click();
  await expect(guest.page.getByTestId('left-screen')).toBeVisible();
  await expect(tiles(host.page)).toHaveCount(1);
  await expect.poll(() => openPeerConnections(host.page)).toBe(0);
  await expect.poll(() => liveLocalTracks(guest.page)).toBe(0);
  expect(await openPeerConnections(guest.page)).toBe(0);

  await host.context.close();
  await guest.context.close();
});

test('when three people join, then each sees the two others', async ({ browser }) => {
  test.slow(); // Six video streams encoded and decoded at once on a shared two-core machine.
  const host = await newParticipant(browser);
  await signUp(host.page, 'Tess Three');
  const code = await startMeeting(host.page, 'Three of us');
  await joinFromPreJoin(host.page);
  const second = await newParticipant(browser);
  await joinAsGuest(second.page, code, 'Sam Second');
  const third = await newParticipant(browser);
  await joinAsGuest(third.page, code, 'Tom Third');

  const everyone = [
    [host.page, ['Sam Second', 'Tom Third']],
    [second.page, ['Tess Three', 'Tom Third']],
    [third.page, ['Tess Three', 'Sam Second']],
  ] as const;
  for (const [page, others] of everyone) {
    await expect(tiles(page)).toHaveCount(3);
    for (const other of others) await expectFramesPresented(tileOf(page, other));
    expect(await openPeerConnections(page)).toBe(2);
  }
  await expect(tiles(host.page).and(host.page.locator('[data-speaking="true"]'))).toHaveCount(1);
  await shot(host.page, 'call-3');

  await third.page.getByRole('button', { name: 'Leave call' }).click();
  for (const page of [host.page, second.page]) {
    await expect(tiles(page)).toHaveCount(2);
    await expect.poll(() => openPeerConnections(page)).toBe(1);
  }
  for (const participant of [host, second, third]) await participant.context.close();
});

test('when a member leaves a meeting, then their history lists it', async ({ browser }) => {
  const member = await newParticipant(browser);
  await signUp(member.page, 'Hilda History');
  const code = await startMeeting(member.page, 'Remember me');
  await joinFromPreJoin(member.page);

  // As the meeting's host, Leave offers to leave or to end it for everyone.
  await member.page.getByRole('button', { name: 'Leave call' }).click();
  await member.page.getByRole('button', { name: 'Leave meeting' }).click();
  await expect(member.page.getByTestId('left-screen')).toBeVisible();
  await expect.poll(() => liveLocalTracks(member.page)).toBe(0);
  await member.page.getByRole('link', { name: 'Return to home' }).click();
  await member.page.goto('/history');

  const row = member.page.getByRole('listitem').filter({ hasText: code });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Remember me');
  await member.context.close();
});

test('when a member reloads mid-meeting, then they come back through pre-join to the same meeting and chat', async ({
  browser,
}) => {
  const member = await newParticipant(browser);
  const guest = await newParticipant(browser);
  await signUp(member.page, 'Rita Reload');
  const code = await startMeeting(member.page, 'Reload test');
  await joinFromPreJoin(member.page);
  await joinAsGuest(guest.page, code, 'Gina Guest');
  await expectFramesPresented(tileOf(guest.page, 'Rita Reload'));
  await openChat(member.page);
  await sendChat(member.page, 'Before the reload');

  await member.page.reload();

  await expect(member.page.getByTestId('prejoin')).toBeVisible();
  await expect(member.page.getByText('Joining as')).toContainText('Rita Reload');
  await joinFromPreJoin(member.page);
  await openChat(member.page);
  await expect(member.page.getByTestId('chat-message')).toContainText(['Before the reload']);
  await expect(tiles(member.page)).toHaveCount(2);
  await expectFramesPresented(tileOf(member.page, 'Gina Guest'));

  await expectFramesPresented(tileOf(guest.page, 'Rita Reload'));
  await expect(tiles(guest.page)).toHaveCount(2);
  await expect(tileOf(guest.page, 'Rita Reload')).toHaveCount(1);
  expect(await openPeerConnections(guest.page)).toBe(1);

  await member.context.close();
  await guest.context.close();
});

test('when the connection drops mid-call, then a banner shows and the call comes back by itself', async ({
  browser,
}) => {
  const host = await newParticipant(browser);
  const guest = await newParticipant(browser);
  await signUp(host.page, 'Stella Steady');
  const code = await startMeeting(host.page, 'Flaky network');
  await joinFromPreJoin(host.page);
  await joinAsGuest(guest.page, code, 'Felix Flaky');
  await expectFramesPresented(tileOf(host.page, 'Felix Flaky'));
  const oldId = await tileOf(host.page, 'Felix Flaky').getAttribute('data-participant-id');

  await guest.context.setOffline(true);
  await dropWebSockets(guest.page);

  await expect(guest.page.getByTestId('reconnecting-banner')).toBeVisible();
  await expect(tiles(host.page)).toHaveCount(1);
  await guest.context.setOffline(false);
  await expect(guest.page.getByTestId('reconnecting-banner')).toHaveCount(0, { timeout: 30_000 });
  await expect(tiles(host.page)).toHaveCount(2);
  await expect(tileOf(host.page, 'Felix Flaky')).not.toHaveAttribute('data-participant-id', oldId!);
  await expectFramesPresented(tileOf(host.page, 'Felix Flaky'));
  await expectFramesPresented(tileOf(guest.page, 'Stella Steady'));
  await expect.poll(() => openPeerConnections(guest.page)).toBe(1);
  await expect.poll(() => openPeerConnections(host.page)).toBe(1);

  await host.context.close();
  await guest.context.close();
});

test('when the camera and microphone are refused, then the guest is told and can still join', async ({
  browser,
}) => {
  const host = await newParticipant(browser);
  await signUp(host.page, 'Nora Normal');
  const code = await startMeeting(host.page, 'No devices');
  await joinFromPreJoin(host.page);
  const guest = await newParticipant(browser, { denyMedia: true });

  await guest.page.goto(`/m/${code}`);
  await expect(guest.page.getByTestId('media-issue')).toContainText('blocked');
  await joinFromPreJoin(guest.page, 'Dana Denied');

  await expectFramesPresented(tileOf(guest.page, 'Nora Normal'));
  await expect(tileOf(host.page, 'Dana Denied')).toHaveAttribute('data-muted', 'true');
  await expect(tileOf(host.page, 'Dana Denied')).toHaveAttribute('data-video-off', 'true');
  await host.context.close();
  await guest.context.close();
});

test('when a meeting code does not exist, then the page says so and links home', async ({
  browser,
}) => {
  const visitor = await newParticipant(browser);

  await visitor.page.goto('/m/zzz-zzzz-zzz');

  await expect(
    visitor.page.getByRole('heading', { name: 'This meeting does not exist' }),
  ).toBeVisible();
  await visitor.page.getByRole('link', { name: 'Return to home' }).click();
  await expect(visitor.page).toHaveURL(/\/$/);
  await visitor.context.close();
});

test('when the call is on a 390px phone, then it fits, keeps its controls and passes axe', async ({
  browser,
}) => {
  const phone = await newParticipant(browser, { viewport: PHONE });
  const other = await newParticipant(browser);
  await signUp(other.page, 'Wide Screen');
  const code = await startMeeting(other.page, 'Phone check');
  await joinFromPreJoin(other.page);

  await phone.page.goto(`/m/${code}`);
  await expect(phone.page.getByRole('button', { name: 'Camera' })).toBeEnabled();
  await expectFramesPresented(phone.page.getByTestId('prejoin-preview'), 1);
  await shot(phone.page, 'prejoin-390');
  await joinFromPreJoin(phone.page, 'Pia Phone');
  await expectFramesPresented(tileOf(phone.page, 'Wide Screen'));
  for (const name of ['Microphone', 'Camera', 'Leave call', /^Chat/]) {
    await expect(phone.page.getByRole('button', { name })).toBeInViewport();
  }
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    390,
  );
  await shot(phone.page, 'call-2-390');
  await openChat(phone.page);
  await shot(phone.page, 'chat-390');
  expect(await seriousAxeViolations(phone.page)).toEqual([]);
  await phone.page.getByRole('button', { name: /^Participants/ }).click();
  await expect(phone.page.getByTestId('participant-item')).toHaveCount(2);
  expect(await seriousAxeViolations(phone.page)).toEqual([]);
  await phone.page.keyboard.press('Escape');
  await expect(phone.page.getByRole('button', { name: /^Participants/ })).toBeFocused();
  await phone.context.close();
  await other.context.close();
});
