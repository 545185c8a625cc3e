import { expect, test } from '@playwright/test';
import {
  joinFromPreJoin,
  newParticipant,
  seriousAxeViolations,
  signUp,
  startMeeting,
  tileOf,
} from './support/meeting.js';
import { shot, shotWithPhone } from './support/screenshots.js';

test('when a host admits a guest from the lobby, mutes them, sees their hand and reaction and ends the meeting, then the guest sees it end', async ({
  browser,
}) => {
  test.slow(); // Three browsers on a shared two-core machine.
  const host = await newParticipant(browser);
  const guest = await newParticipant(browser);
  const rex = await newParticipant(browser, { denyMedia: true });

  await signUp(host.page, 'Hana Host');
  const code = await startMeeting(host.page, 'Lobby drill');
  await joinFromPreJoin(host.page);

  // Security: the waiting room goes on.
  await host.page.getByRole('button', { name: 'Meeting security' }).click();
  const waitingRoom = host.page.getByRole('switch', { name: /Waiting room/ });
  await waitingRoom.click();
  await expect(waitingRoom).toBeChecked();
  await shotWithPhone(host.page, 'host-controls/security-panel');
  await host.page.getByRole('button', { name: 'Close meeting security' }).click();

  // The guest knocks and waits, seeing nothing of the meeting.
  await guest.page.goto(`/m/${code}`);
  await guest.page.getByLabel('Your name').fill('Gus Guest');
  await expect(guest.page.getByRole('button', { name: 'Camera' })).toBeEnabled();
  await guest.page.getByRole('button', { name: 'Join now' }).click();
  await expect(guest.page.getByTestId('waiting-screen')).toBeVisible();
  await expect(guest.page.getByTestId('waiting-status')).toContainText('A host will let you in');
  await expect(guest.page.getByTestId('call')).toHaveCount(0);
  expect(await seriousAxeViolations(guest.page)).toEqual([]);
  await shotWithPhone(guest.page, 'host-controls/waiting');

  // The host hears the knock and admits from the keyboard.
  const knock = host.page.getByTestId('lobby-request');
  await expect(knock).toContainText('Gus Guest Guest wants to join');
  await expect(knock.getByTestId('guest-badge')).toBeVisible();
  await shotWithPhone(host.page, 'host-controls/knock');
  await host.page.getByRole('button', { name: 'Admit Gus Guest' }).focus();
  await host.page.keyboard.press('Enter');
  await expect(knock).toHaveCount(0);
  await expect(guest.page.getByTestId('call')).toBeVisible();
  await expect(tileOf(host.page, 'Gus Guest')).toBeVisible();

  // The host mutes the guest from the participant's menu.
  await host.page.getByRole('button', { name: /^Participants/ }).click();
  await host.page.getByRole('button', { name: 'Host controls for Gus Guest' }).click();
  await shotWithPhone(host.page, 'host-controls/host-menu');
  await host.page.getByRole('button', { name: 'Mute microphone' }).click();
  await expect(guest.page.getByTestId('call-notice')).toHaveText(
    'Hana Host turned off your microphone',
  );
  await expect(guest.page.getByRole('button', { name: 'Microphone' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(tileOf(host.page, 'Gus Guest')).toHaveAttribute('data-muted', 'true');

  // The guest raises a hand and reacts; the host sees both on the guest's tile.
  await guest.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(guest.page.getByRole('button', { name: 'Lower hand' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(tileOf(host.page, 'Gus Guest')).toHaveAttribute('data-hand-raised', 'true');
  await expect(host.page.getByTestId('participant-item').first()).toContainText('Gus Guest');
  await expect(
    host.page.getByTestId('participant-item').first().getByRole('img', { name: 'Hand raised' }),
  ).toBeVisible();
  await guest.page.getByRole('button', { name: 'Send a reaction' }).click();
  await shotWithPhone(guest.page, 'host-controls/reactions');
  await guest.page.getByRole('button', { name: 'Applause' }).click();
  await expect(
    tileOf(host.page, 'Gus Guest').getByRole('img', {
      name: 'Gus Guest (guest) reacted: Applause',
    }),
  ).toBeVisible();
  await shot(host.page, 'host-controls/hand-and-reaction-1280');

  // A second guest is let in and then removed; they cannot come back.
  await rex.page.goto(`/m/${code}`);
  await rex.page.getByLabel('Your name').fill('Rex Rowdy');
  await rex.page.getByRole('button', { name: 'Join now' }).click();
  await host.page.getByRole('button', { name: 'Admit Rex Rowdy' }).click();
  await expect(rex.page.getByTestId('call')).toBeVisible();
  await host.page.getByRole('button', { name: 'Host controls for Rex Rowdy' }).click();
  await host.page.getByRole('button', { name: 'Remove from meeting' }).click();
  await expect(rex.page.getByTestId('removed-screen')).toBeVisible();
  await shotWithPhone(rex.page, 'host-controls/removed');
  await rex.page.goto(`/m/${code}`);
  await rex.page.getByLabel('Your name').fill('Rex Rowdy');
  await rex.page.getByRole('button', { name: 'Join now' }).click();
  await expect(rex.page.getByTestId('removed-screen')).toBeVisible();

  // The host ends the meeting for everyone.
  await host.page.getByRole('button', { name: 'Leave call' }).click();
  await shotWithPhone(host.page, 'host-controls/leave-menu');
  await host.page.getByRole('button', { name: 'End for everyone' }).click();
  await expect(guest.page.getByTestId('ended-screen')).toBeVisible();
  await expect(host.page.getByTestId('ended-screen')).toBeVisible();
  expect(await seriousAxeViolations(guest.page)).toEqual([]);
  await shotWithPhone(guest.page, 'host-controls/ended');

  // The link now says the meeting has ended, and nobody can join it again.
  await guest.page.goto(`/m/${code}`);
  await expect(guest.page.getByTestId('ended-screen')).toBeVisible();

  await Promise.all([host.context.close(), guest.context.close(), rex.context.close()]);
});

test('when the host makes a member co-host and then takes it back, then the member gains and loses the host controls', async ({
  browser,
}) => {
  const host = await newParticipant(browser);
  const mia = await newParticipant(browser);
  await signUp(host.page, 'Hana Host');
  const code = await startMeeting(host.page, 'Co-host drill');
  await joinFromPreJoin(host.page);
  await signUp(mia.page, 'Mia Member');
  await mia.page.goto(`/m/${code}`);
  await joinFromPreJoin(mia.page);
  const security = mia.page.getByRole('button', { name: 'Meeting security' });
  await expect(security).toHaveCount(0);

  await host.page.getByRole('button', { name: /^Participants/ }).click();
  await host.page.getByRole('button', { name: 'Host controls for Mia Member' }).click();
  await host.page.getByRole('button', { name: 'Make co-host' }).click();
  await expect(security).toBeVisible();

  await host.page.getByRole('button', { name: 'Host controls for Mia Member' }).click();
  await expect(host.page.getByRole('button', { name: 'Make co-host' })).toHaveCount(0);
  await shotWithPhone(host.page, 'host-controls/cohost-menu');
  await host.page.getByRole('button', { name: 'Remove co-host' }).click();
  await expect(security).toHaveCount(0);
  await host.page.getByRole('button', { name: 'Host controls for Mia Member' }).click();
  await expect(host.page.getByRole('button', { name: 'Make co-host' })).toBeVisible();

  await Promise.all([host.context.close(), mia.context.close()]);
});
