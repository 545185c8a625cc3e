import { expect, test, type Page } from '@playwright/test';
import { PHONE, shot } from './support/screenshots.js';
import {
  PASSWORD,
  newParticipant,
  seriousAxeViolations,
  signUp,
  uniqueUsername,
} from './support/meeting.js';

async function capture(page: Page, name: string): Promise<void> {
  await shot(page, `page-${name}`, { fullPage: true });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

test('when a visitor opens the public pages, then each renders, passes axe and is captured', async ({
  browser,
}) => {
  for (const viewport of [undefined, PHONE]) {
    const suffix = viewport ? '-phone' : '';
    const { context, page } = await newParticipant(browser, { viewport });

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await capture(page, `landing${suffix}`);

    await page.goto('/signin');
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await expectAccessible(page);
    await capture(page, `signin${suffix}`);

    await page.goto('/signup');
    await expect(page.getByRole('form', { name: 'Create account' })).toBeVisible();
    await expectAccessible(page);
    await capture(page, `signup${suffix}`);

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await capture(page, `not-found${suffix}`);
    await context.close();
  }
});

test('when the API rejects a sign-up, then its error stands beside the field it concerns', async ({
  browser,
}) => {
  const { context, page } = await newParticipant(browser);
  const username = uniqueUsername('taken');
  const existing = await page.request.post('/api/v1/auth/register', {
    data: { name: 'First', username, password: PASSWORD },
  });
  expect(existing.status()).toBe(201);

  await page.goto('/signup');
  await page.getByLabel('Name', { exact: true }).fill('Second');
  await page.getByLabel('Username').fill(username.toUpperCase());
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /create account/i }).click();

  const field = page.getByLabel('Username');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/taken/i);
  await expectAccessible(page);
  await capture(page, 'signup-errors');
  await context.close();
});

test('when a member signs in, then home and history render for them and the token stays out of storage', async ({
  browser,
}) => {
  const { context, page } = await newParticipant(browser);
  await signUp(page, 'Grace Hopper');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grace');
  await expectAccessible(page);
  await capture(page, 'home');

  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'Meeting history' })).toBeVisible();
  await expectAccessible(page);
  await capture(page, 'history-empty');

  const stored = await page.evaluate(() =>
    JSON.stringify({ ...window.localStorage, ...window.sessionStorage }),
  );
  expect(stored).not.toMatch(/eyJ/);
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'huddle_refresh')).toMatchObject({
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api/v1/auth',
  });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Meeting history' })).toBeVisible();
  await context.close();
});

test('when a signed-out visitor opens a page that needs an account, then sign-in brings them back to it', async ({
  browser,
}) => {
  const setup = await newParticipant(browser);
  const username = await signUp(setup.page, 'Katherine');
  await setup.context.close();

  const { context, page } = await newParticipant(browser);
  await page.goto('/history');
  await page.waitForURL(/\/signin\?next=/);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /^sign in$/i }).click();

  await page.waitForURL('**/history');
  await expect(page.getByRole('heading', { name: 'Meeting history' })).toBeVisible();
  await context.close();
});
