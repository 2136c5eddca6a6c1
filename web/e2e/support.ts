import { mkdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Where every page's screenshot goes (platform-api/target/e2e-screenshots when WebE2EIT runs). */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots';

/** A variable WebE2EIT sets (seeded data); fails clearly when the tests run without it. */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the e2e tests through platform-api's WebE2EIT (see web/README.md)`);
  }
  return value;
}

/** A full-page screenshot, kept as a build artifact. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Opens `path` and waits until `ready` (the page's content, not a spinner) is visible; prints and
 * records the time from the start of the navigation in the browser's own clock. A measurement, not
 * an assertion: the target is below 1 s on demo data (README.md).
 */
export async function openAndMeasure(page: Page, path: string, ready: (page: Page) => Locator): Promise<number> {
  await page.goto(path);
  // waitFor watches the page for the element (expect() polls at growing intervals, up to a second
  // late): the time read next is when the content appeared
  await ready(page).first().waitFor({ state: 'visible' });
  await expect(ready(page)).toBeVisible();
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const api = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('/graphql'))
      .reduce((sum, r) => sum + r.duration, 0);
    return {
      content: performance.now(),
      html: nav ? nav.responseEnd : 0,
      scripts: nav ? nav.domContentLoadedEventEnd : 0,
      api,
    };
  });
  const ms = Math.round(timing.content);
  const line =
    `[page load] ${path} ${ms} ms${ms > 1000 ? ' (over the 1 s target)' : ''}` +
    ` (page ${Math.round(timing.html)} ms, scripts ready ${Math.round(timing.scripts)} ms, API calls ${Math.round(timing.api)} ms)`;
  console.log(line);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  appendFileSync(join(SCREENSHOT_DIR, 'page-load-times.txt'), `${line}\n`);
  return ms;
}

/**
 * Signs a demo user in through Keycloak's own login pages (authorization code + PKCE, started by the
 * app's 登录 button). Keycloak asks for the username first, then the password (organizations on).
 */
export async function signIn(page: Page, appPath: string, username: string, password = 'demo'): Promise<void> {
  await page.goto(appPath);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('#username').fill(username);
  const passwordField = page.locator('#password');
  if (!(await passwordField.isVisible())) {
    await page.locator('#kc-login').click();
  }
  await passwordField.fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname.startsWith(appPath) && !url.pathname.includes('/auth/callback'));
  await expect(page.getByTestId('signed-in-user')).toHaveText(username);
}
