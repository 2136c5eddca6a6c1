import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the three apps in Debian's Chromium (/usr/bin/chromium, installed by
 * scripts/ensure-chromium.sh; Playwright downloads no browser). They run against a running platform:
 * platform-api's WebE2EIT starts it on a random port with the build's servers, seeds the data and
 * runs `npx playwright test` with BASE_URL and the E2E_* variables (README.md). Screenshots of every
 * page land in SCREENSHOT_DIR.
 */

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/warm-up.ts',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'target/e2e-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 860 },
    // the pages honour prefers-reduced-motion (AppRoot): without animations nothing a test waits for depends on
    // the browser rendering frames, which a loaded machine may not do for minutes (a button's loading icon then
    // stayed after its request had ended, and the button was not found by its name)
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    // E2E_TRACE=retain-on-failure keeps a Playwright trace (network, console, DOM) of each failed test
    trace: (process.env.E2E_TRACE as 'off' | 'on' | 'retain-on-failure' | undefined) ?? 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
