import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';

// The pages under their Content-Security-Policy (issue 16 point 5): scripts only from the site, no inline
// script, style elements only with the response's nonce; the public site, a signed-in console page with its charts and the portal render and the browser
// reports no violation of the policy (Chrome logs each blocked script, style or connection, and fires
// securitypolicyviolation).

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

test('the public site, the console and the portal run under their policy without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  // style elements only with this response's nonce (Ant Design's CSS-in-JS gets it from the page)
  expect(policy).toMatch(/style-src 'self' 'nonce-[^']+';/);
  expect(policy).not.toContain("style-src 'self' 'unsafe-inline'");
  await expect(page.getByRole('heading', { name: '各市考评结果' })).toBeVisible();

  await signIn(page, '/console/', 'quanzhou-admin');
  await expect(page.getByTestId('whoami')).toContainText('quanzhou-admin');
  await page.goto('/console/agencies');
  await expect(page.locator('.ant-table')).toBeVisible();
  // a dialog: its scroll lock writes a style element of its own, which must carry the page's nonce too
  await page.goto('/console/districts');
  await page
    .getByRole('button', { name: /^更名 / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const withoutNonce = await page.evaluate(() => Array.from(document.querySelectorAll('style')).filter((s) => !s.nonce).length);
  expect(withoutNonce).toBe(0);

  await page.goto('/portal/');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  expect(violations).toEqual([]);
});
