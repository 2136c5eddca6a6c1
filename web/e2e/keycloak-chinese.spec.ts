import { expect, test } from '@playwright/test';
import { openAndMeasure, shot, signIn } from './support';
import { openAccountPage, otherBrowser, signInFirstTime } from './journey';

// Keycloak's own pages in Chinese, the realm's locale (issue 15 point 5): the sign-in page, the page that makes
// a new user change the temporary password, and the account pages. A bureau admin invites an inspector with a
// temporary password on the users page; the inspector's first sign-in goes through Keycloak's password page.

test('Keycloak’s sign-in, password-change and account pages are in Chinese', async ({ page, browser }) => {
  const username = `kc-zh-${Date.now() % 1_000_000}`;
  await signIn(page, '/console/', 'quanzhou-admin');
  await openAndMeasure(page, '/console/users', (p) => p.getByRole('table', { name: '用户' }));
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('邮箱').fill(`${username}@e2e.saferank.invalid`);
  await page.getByLabel('姓', { exact: true }).fill('王');
  await page.getByLabel('名', { exact: true }).fill('检查员');
  await page.getByLabel('临时密码').fill('Temporary-1');
  await page.getByRole('button', { name: '邀请', exact: true }).click();
  await expect(page.getByRole('table', { name: '用户' })).toContainText(username);

  const inspector = await otherBrowser(browser);
  await inspector.goto('/console/');
  await inspector.getByRole('button', { name: '登录' }).click();
  await inspector.locator('#username').waitFor();
  await expect(inspector.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(inspector.locator('body')).not.toContainText(/Sign in|Username or email/);
  // signInFirstTime checks the password page: lang zh, 密码, no English labels; screenshot kept
  await signInFirstTime(inspector, '/console/', username, 'keycloak-password-change');
  await openAccountPage(inspector, username);
  await shot(inspector, 'keycloak-account-zh');
  await inspector.context().close();
});
