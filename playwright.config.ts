import { defineConfig } from '@playwright/test';

// Debian's Chromium (never a downloaded browser) with fake camera and microphone, so calls are real WebRTC.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--disable-background-networking',
  '--auto-select-desktop-capture-source=Entire screen',
  // The SFU of the tests listens on 127.0.0.1 only.
  '--allow-loopback-in-peer-connection',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-output',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    // Set by the global setup once the built app listens; worker processes re-read this file.
    baseURL: process.env.HUDDLE_E2E_URL,
    headless: true,
    viewport: { width: 1280, height: 800 },
    permissions: ['camera', 'microphone'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
