import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import type { PageRecorders } from './meeting-media.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const PASSWORD = 'correct horse battery staple';

/**
 * Records what the app gets from the browser so tests can inspect it: every peer connection
 * (for getStats), every camera/microphone track and every screen capture.
 */
function instrument() {
  const w = window as unknown as PageRecorders;
  w.__pcs = [];
  w.__userTracks = [];
  w.__displayStreams = [];
  w.__sockets = [];
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      w.__sockets.push(this);
    }
  } as typeof WebSocket;
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(config?: RTCConfiguration) {
      super(config);
      w.__pcs.push(this);
    }
  } as typeof RTCPeerConnection;
  const media = navigator.mediaDevices;
  const getUserMedia = media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    w.__userTracks.push(...stream.getTracks());
    return stream;
  };
  const getDisplayMedia = media.getDisplayMedia.bind(media);
  media.getDisplayMedia = async (options) => {
    const stream = await getDisplayMedia(options);
    w.__displayStreams.push(stream);
    return stream;
  };
}

export async function newParticipant(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    denyMedia?: boolean;
    /** Another app than the suite's (one a test runs itself). */
    baseURL?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    viewport: options.viewport ?? { width: 1280, height: 800 },
    permissions: ['camera', 'microphone', 'clipboard-read', 'clipboard-write'],
  });
  await context.addInitScript(instrument);
  if (options.denyMedia) {
    await context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
  }
  const page = await context.newPage();
  return { context, page };
}

export function uniqueUsername(prefix = 'e2e'): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function signUp(page: Page, name: string): Promise<string> {
  const username = uniqueUsername();
  await page.goto('/signup');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /create account/i }).click();
  await page.waitForURL('**/home');
  return username;
}

/** From /home: creates a meeting and lands on its pre-join screen; returns its code. */
export async function startMeeting(page: Page, title: string): Promise<string> {
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByRole('button', { name: 'New meeting' }).click();
  await page.waitForURL(/\/m\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
  await expect(page.getByTestId('prejoin')).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** On the pre-join screen: waits for the camera preview, then joins. */
export async function joinFromPreJoin(
  page: Page,
  guestName?: string,
  { beforeJoin }: { beforeJoin?: () => Promise<void> } = {},
): Promise<void> {
  if (guestName !== undefined) await page.getByLabel('Your name').fill(guestName);
  await expect(page.getByRole('button', { name: 'Camera' })).toBeEnabled();
  await beforeJoin?.();
  await page.getByRole('button', { name: 'Join now' }).click();
  await expect(page.getByTestId('call')).toBeVisible();
}

export async function joinAsGuest(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`/m/${code}`);
  await joinFromPreJoin(page, name);
}

export function tiles(page: Page): Locator {
  return page.getByTestId('video-tile');
}

export function tileOf(page: Page, name: string): Locator {
  return tiles(page).filter({ has: page.locator('figcaption', { hasText: name }) });
}

export async function sendChat(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

export async function openChat(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Chat/ }).click();
  await expect(page.getByTestId('chat-panel')).toBeVisible();
}

/** Serious and critical axe-core violations on the page, as readable lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated over CDP rather than injected as a <script>: the app's CSP rightly forbids those.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeResult[] }> } })
      .axe;
    type AxeResult = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
    const result = await axe.run();
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
