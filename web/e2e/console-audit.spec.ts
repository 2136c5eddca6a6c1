import { expect, test } from '@playwright/test';
import { openAndMeasure, shot, signIn } from './support';

// 审计日志: a 莆田 bureau admin's export is recorded with who, from where and what; the admin finds it with the
// filters, downloads the log as CSV (itself recorded) and verifies the chain (校验完整性). The platform admin's
// console shows only the audit, of every city.

test.describe.configure({ mode: 'serial' });

test('a bureau admin finds its own export in the audit log, exports the log and verifies the chain', async ({ page }) => {
  await signIn(page, '/console/', 'putian-admin');
  await openAndMeasure(page, '/console/rectifications?year=2021', (p) => p.getByRole('button', { name: '导出整改台账（Excel）' }));
  const ledger = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出整改台账（Excel）' }).click();
  await ledger;

  await openAndMeasure(page, '/console/audit', (p) => p.getByRole('table', { name: '审计记录' }));
  await page.getByLabel('操作人').fill('putian-admin');
  // an Ant Design select: open it, narrow it by typing, click the option (retried while the dropdown animates)
  await expect(async () => {
    await page.locator('#action').click();
    await page.locator('#action').fill('导出数据');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '导出数据' })
      .first()
      .click({ timeout: 2_000 });
    await expect(page.locator('.ant-select', { has: page.locator('#action') })).toContainText('导出数据', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.getByRole('table', { name: '审计记录' }).getByRole('row').filter({ hasText: 'rectifications' }).first();
  await expect(row).toContainText('导出数据');
  await expect(row).toContainText('putian-admin');
  await expect(row).toContainText('127.0.0.1');
  await expect(row).toContainText('of=2021');
  // a bureau admin's page has no city column: only its own city is ever shown
  await expect(page.getByRole('columnheader', { name: '城市' })).toHaveCount(0);

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出CSV' }).click();
  expect((await csv).suggestedFilename()).toBe('审计日志.csv');

  await page.getByRole('button', { name: '校验完整性' }).click();
  await expect(page.getByTestId('audit-verification')).toContainText('putian：审计记录完整');
  await expect(page.getByTestId('audit-verification')).toContainText('链头哈希');
  await shot(page, 'console-audit');
});

test('the platform admin reads every city’s audit and nothing else in the console', async ({ page }) => {
  await signIn(page, '/console/', 'platform-admin');
  await expect(page.getByRole('link', { name: '审计日志' })).toBeVisible();
  await expect(page.getByRole('link', { name: '机构管理' })).toHaveCount(0);
  await openAndMeasure(page, '/console/audit', (p) => p.getByRole('table', { name: '审计记录' }));
  await expect(page.getByRole('columnheader', { name: '城市' })).toBeVisible();
  await page.getByLabel('城市').fill('putian');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('table', { name: '审计记录' }).getByRole('row').nth(1)).toContainText('putian');
  await shot(page, 'console-audit-platform');
});

test('an inspector has no audit log', async ({ page }) => {
  await signIn(page, '/console/', 'putian-inspector');
  await expect(page.getByRole('link', { name: '考评评定' })).toBeVisible();
  await expect(page.getByRole('link', { name: '审计日志' })).toHaveCount(0);
  await page.goto('/console/audit');
  await expect(page.getByText('本页面仅供应急管理局管理员和平台管理员使用。')).toBeVisible();
});
