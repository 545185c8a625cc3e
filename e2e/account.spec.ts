import { expect, test } from '@playwright/test';
import { PASSWORD, newParticipant, seriousAxeViolations, signUp } from './support/meeting.js';
import { shotWithPhone } from './support/screenshots.js';

const NEW_PASSWORD = 'a brand new passphrase';

test('when a member changes the password from the account page, then this browser stays signed in and another one is signed out', async ({
  browser,
}) => {
  const laptop = await newParticipant(browser);
  const phone = await newParticipant(browser);
  const username = await signUp(laptop.page, 'Cara Change');
  await phone.page.goto('/signin');
  await phone.page.getByLabel('Username').fill(username);
  await phone.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await phone.page.getByRole('button', { name: 'Sign in' }).click();
  await phone.page.waitForURL('**/home');

  await laptop.page.getByRole('button', { name: /account menu/ }).click();
  await laptop.page.getByRole('link', { name: 'Account' }).click();
  await laptop.page.getByLabel('Current password').fill('not my password');
  await laptop.page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await laptop.page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await laptop.page.getByRole('button', { name: 'Change password' }).click();
  await expect(laptop.page.getByLabel('Current password')).toHaveAccessibleDescription(
    /not your current password/,
  );
  await laptop.page.getByLabel('Current password').fill(PASSWORD);
  await laptop.page.getByRole('button', { name: 'Change password' }).click();

  await expect(laptop.page.getByRole('status')).toContainText('Your password was changed.');
  expect(await seriousAxeViolations(laptop.page)).toEqual([]);
  await shotWithPhone(laptop.page, 'page-account-changed');
  // This browser keeps going on its new token; the other one's session is over.
  await laptop.page.goto('/history');
  await expect(laptop.page.getByRole('heading', { name: 'Meeting history' })).toBeVisible();
  await phone.page.reload();
  await phone.page.goto('/history');
  await expect(phone.page).toHaveURL(/\/signin/);

  await laptop.context.close();
  await phone.context.close();
});
