import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

// The console and the portal sign in with Keycloak (authorization code + PKCE) and ask the API who
// the user is: the token reached the API and carried the tenant and roles.

test('a bureau admin signs in to the console and sees who the platform takes them for', async ({ page }) => {
  await signIn(page, '/console/', 'quanzhou-admin');
  const whoami = page.getByTestId('whoami');
  await expect(whoami).toContainText('quanzhou-admin');
  await expect(whoami).toContainText('泉州市应急管理局');
  await expect(whoami).toContainText('应急管理局管理员');
  await shot(page, 'console-home');

  // a reload keeps the session (sessionStorage) and a deep link falls back to the console's page
  await page.goto('/console/some/deep/link');
  await expect(page.getByText('页面不存在。')).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveText('quanzhou-admin');
});

test('an agency user signs in to the portal; the console tells it that it is not for agencies', async ({ page }) => {
  await signIn(page, '/portal/', 'foshan-agency');
  await expect(page.getByTestId('whoami')).toContainText('机构用户');
  await shot(page, 'portal-home');

  await page.goto('/console/');
  await page.getByRole('button', { name: '登录' }).click();
  // Keycloak's session signs the same user in without asking again
  await expect(page.getByRole('alert')).toContainText('账号 foshan-agency 无权使用应急管理局工作台');
});

test('Keycloak signs in in Chinese (the realm’s locale)', async ({ page }) => {
  await page.goto('/console/');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('#username').waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(page.locator('body')).toContainText('登录');
  await expect(page.locator('body')).not.toContainText('Sign in');
  await shot(page, 'keycloak-sign-in');
});
