import { expect, test } from '@playwright/test';
import { openAndMeasure, shot } from './support';

// A member of the public files a complaint, gets its tracking code and follows it. The form is used
// with the keyboard; the API's field errors show next to their fields, in Chinese.

test('the public files a complaint with the keyboard, keeps the tracking code and follows it', async ({ page }) => {
  // the API limits complaints per client address; the test app trusts X-Forwarded-For from loopback
  // (application-test.yaml), so each run files from an address of its own (TEST-NET-3, a header only)
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${1 + Math.floor(Math.random() * 250)}` });
  await openAndMeasure(page, '/complaints/new?city=quanzhou', (p) => p.getByRole('heading', { name: '投诉安全生产技术服务机构' }));
  await shot(page, 'complaint-form');

  // nothing filled: every required field says what is missing, next to it
  await page.getByRole('button', { name: '提交投诉' }).click();
  await expect(page.locator('#agencyName_help')).toHaveText('请填写被投诉机构名称');
  await expect(page.locator('#subject_help')).toHaveText('请填写投诉事项');
  await expect(page.locator('#body_help')).toHaveText('请填写投诉内容');
  await expect(page.getByLabel('被投诉机构名称')).toHaveAttribute('aria-invalid', 'true');

  // the keyboard alone: label → field, Tab to the next field
  await page.getByLabel('被投诉机构名称').focus();
  await page.keyboard.type('泉州某安全评价公司');
  await page.keyboard.press('Tab');
  await page.keyboard.type('出具虚假评价报告');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2023年5月该公司为某化工企业出具的安全现状评价报告中，现场检查记录与实际不符。');
  await page.getByLabel('联系人姓名').fill('李女士');
  await page.getByLabel('联系电话').fill('电话号码');
  await page.getByLabel('联系电话').press('Enter');

  // the API refuses the telephone number: its message stands next to the field
  await expect(page.locator('#contactPhone_help')).toHaveText('联系电话格式不正确（5 到 20 位数字）');
  await expect(page.getByLabel('联系电话')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'complaint-field-error');

  await page.getByLabel('联系电话').fill('0595-22345678');
  await page.getByRole('button', { name: '提交投诉' }).focus();
  await page.keyboard.press('Enter');

  const code = page.getByTestId('complaint-tracking-code');
  await expect(page.getByText('投诉已受理')).toBeVisible();
  await expect(code).toHaveText(/^[A-Z0-9]{8,16}$/);
  const trackingCode = (await code.textContent())!.trim();
  await shot(page, 'complaint-filed');

  await page.getByRole('link', { name: '查询处理进度' }).click();
  const status = page.getByTestId('complaint-status');
  await expect(status).toContainText(trackingCode);
  await expect(status).toContainText('出具虚假评价报告');
  await expect(status).toContainText('已受理，待处理');
  await shot(page, 'complaint-status');

  // following it later by typing the code in; an unknown code finds nothing
  await openAndMeasure(page, '/complaints/track', (p) => p.getByRole('heading', { name: '查询投诉处理进度' }));
  await page.getByLabel('投诉查询码').fill('ZZZZZZZZZZZZ');
  await page.getByLabel('投诉查询码').press('Enter');
  await expect(page.getByText('未找到该查询码对应的投诉')).toBeVisible();
  await page.getByLabel('投诉查询码').fill(trackingCode);
  await page.getByLabel('投诉查询码').press('Enter');
  await expect(page.getByTestId('complaint-status')).toContainText('已受理，待处理');
});
