import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot } from './support';

// Anyone reads a city's public notice (公示) and files an objection, then follows it by its code.
// WebE2EIT seeded a notice of 泉州 open today with two agencies (92 优秀, 78.5 合格).

test('anyone reads the notice and files an objection that they then follow', async ({ page }) => {
  const tenant = env('E2E_TENANT');
  const year = env('E2E_YEAR');
  const first = env('E2E_AGENCY_A');
  const second = env('E2E_AGENCY_B');

  await openAndMeasure(page, `/notices/${tenant}/${year}`, (p) => p.getByRole('table', { name: '公示名单' }));
  await expect(page.getByRole('heading', { level: 2 })).toContainText(`${year}年度安全生产技术服务机构诚信考评结果公示`);
  const rows = page.getByRole('table', { name: '公示名单' }).getByRole('row');
  await expect(rows.filter({ hasText: first })).toContainText('优秀');
  await expect(rows.filter({ hasText: first })).toContainText('92');
  await expect(rows.filter({ hasText: second })).toContainText('78.5');
  await expect(page.getByText('公示中')).toBeVisible();
  await shot(page, 'notice');

  // too short a reason: the API's message next to the field; nothing filed
  // nothing chosen nor written: each field says what it lacks, beside it, and the focus goes to the first
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByLabel('异议机构')).toHaveAccessibleDescription('请选择异议机构');
  await expect(page.getByLabel('异议机构')).toBeFocused();
  await expect(page.getByLabel('异议理由')).toHaveAccessibleDescription('请填写异议理由');
  // the agency chosen in the list: the form picks it and the reason is next
  await page.getByRole('button', { name: `对${second}提出异议` }).click();
  await expect(page.getByLabel('异议机构').locator('option:checked')).toHaveText(second);
  await expect(page.getByLabel('异议机构')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('异议理由')).toBeFocused();
  await page.getByLabel('异议理由').fill('分低');
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByLabel('异议理由')).toHaveAccessibleDescription('异议理由须为 5 到 2000 字（现为 2 字）');
  await expect(page.getByText('异议理由须为 5 到 2000 字（现为 2 字）')).toBeVisible();
  await shot(page, 'notice-objection-error');

  await page.getByLabel('异议理由').fill('该机构2023年度有两项业务未计入业绩，总分偏低，请复核。');
  await page.getByLabel('姓名（选填）').fill('王先生');
  await page.getByLabel('联系电话或电子邮箱（选填）').fill('13900000000');
  await page.getByRole('button', { name: '提交异议' }).click();

  await expect(page.getByText('异议已提交')).toBeVisible();
  await expect(page.getByText(`对 ${second} 的异议，当前状态：处理中`)).toBeVisible();
  const trackingCode = (await page.getByTestId('objection-tracking-code').textContent())!.trim();
  expect(trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
  await shot(page, 'notice-objection-filed');

  await page.getByRole('link', { name: '查询处理进度' }).click();
  const status = page.getByTestId('objection-status');
  await expect(status).toContainText(trackingCode);
  await expect(status).toContainText(second);
  await expect(status).toContainText('处理中');
  await shot(page, 'objection-status');
});

test('a city or year without a notice says so', async ({ page }) => {
  await openAndMeasure(page, '/notices/quanzhou/2001', (p) => p.getByText('该市2001年度没有公示'));
});
