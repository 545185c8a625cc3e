import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS_DIR } from './global-setup.js';

/** The phone every suite checks layouts on. */
export const PHONE = { width: 390, height: 844 };

/** Saves what the page shows as e2e/artifacts/NAME.png; NAME may start with a folder. */
export async function shot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage });
}

/** NAME-1280.png at the page's size, then NAME-390.png on the phone; the size is put back. */
export async function shotWithPhone(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-1280`);
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await shot(page, `${name}-390`);
  if (size) await page.setViewportSize(size);
}
