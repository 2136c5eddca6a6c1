import { expect, test, type Page } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// An inspector finds the agency WebE2EIT seeded (ConsoleE2eRows), opens its record and records two findings,
// picking the rule of 泉州's scheme once by its number and once by words; a date outside the year is refused
// with the API's Chinese message next to the date field.

async function pickRule(page: Page, typed: string) {
  const picker = page.getByLabel('考评规则（输入条款编号或字词查找）');
  // enabled once the scheme tree has loaded
  await expect(picker).toBeEnabled();
  await picker.click();
  await picker.fill(typed);
  await page.keyboard.press('Enter');
}

test('an inspector records findings picking the rule by number and by words, and sees them listed', async ({ page }) => {
  const name = env('E2E_CONSOLE_FINDING_AGENCY');
  const id = env('E2E_CONSOLE_FINDING_AGENCY_ID');
  const year = env('E2E_CONSOLE_FINDING_YEAR');
  await signIn(page, '/console/', 'quanzhou-inspector');

  await openAndMeasure(page, '/console/agencies', (p) => p.getByRole('table', { name: '机构列表' }).getByRole('row').nth(1));
  await page.getByLabel('机构名称').fill(name);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await shot(page, 'console-agencies');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  await openAndMeasure(page, `/console/agencies/${id}?year=${year}`, (p) => p.getByTestId('agency-registration'));
  await shot(page, 'console-agency');

  // by number
  await page.getByRole('button', { name: '记录检查发现' }).click();
  await expect(page.getByRole('heading', { name: '记录检查发现' })).toBeVisible();
  await pickRule(page, '14.5a');
  await expect(page.getByTestId('picked-rule')).toContainText('车间地上标线设置不到位');
  await page.getByLabel('次数').fill('3');
  await page.getByLabel('事实描述').fill('车间地上标线三处缺失');
  await page.getByLabel('发现日期').fill('2022-12-30');
  await page.getByRole('button', { name: '保存为待确认' }).click();
  // the API refuses a day outside the year; its message stands next to the field
  await expect(page.getByText(`发现日期 2022-12-30 不在考评年度 ${year} 年内`)).toBeVisible();
  await expect(page.getByLabel('发现日期')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'console-finding-error');
  await page.getByLabel('发现日期').fill(`${year}-07-20`);
  await page.getByRole('button', { name: '保存为待确认' }).click();
  const findings = page.getByRole('table', { name: '检查发现' });
  await expect(findings.getByRole('row').filter({ hasText: '14.5a' })).toContainText('待确认');
  await expect(findings.getByRole('row').filter({ hasText: '14.5a' })).toContainText('车间地上标线三处缺失');

  // by words
  await page.getByRole('button', { name: '记录检查发现' }).click();
  await pickRule(page, '设备铭牌');
  await expect(page.getByTestId('picked-rule')).toContainText('14.5c');
  await page.getByLabel('事实描述').fill('设备铭牌缺失一处');
  await page.getByLabel('发现日期').fill(`${year}-08-01`);
  await shot(page, 'console-record-finding');
  await page.getByRole('button', { name: '保存为待确认' }).click();
  await expect(findings.getByRole('row').filter({ hasText: '14.5c' })).toContainText('设备铭牌缺失一处');
  await expect(findings.getByRole('row').filter({ hasText: '14.5a' })).toBeVisible();
  // the recorder cannot confirm its own findings: a second person does
  await expect(findings.getByRole('button', { name: /确认检查发现/ })).toHaveCount(0);
  await shot(page, 'console-agency-findings');
});
