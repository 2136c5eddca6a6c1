import { expect, test, type Page } from '@playwright/test';
import { openAndMeasure, shot, signIn } from './support';

/** A 1×1 PNG: the complainant's photo. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a8a4e3c50000000049454e44ae426082',
  'hex',
);

/** A field's error: shown, and said by the field itself (its description), which is marked invalid. */
async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label);
  await expect(field).toHaveAccessibleDescription(message);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(message, { exact: true })).toBeVisible();
}

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
  await expectFieldError(page, '被投诉机构名称', '请填写被投诉机构名称');
  await expectFieldError(page, '投诉事项', '请填写投诉事项');
  await expectFieldError(page, '投诉内容', '请填写投诉内容');
  await expect(page.getByLabel('被投诉机构名称')).toBeFocused();

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
  await expectFieldError(page, '联系电话', '联系电话格式不正确（5 到 20 位数字）');
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

test('an anonymous complaint carries a photo that only the bureau sees; a file that is not one is refused by name', async ({
  page,
  browser,
}) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${1 + Math.floor(Math.random() * 250)}` });
  await openAndMeasure(page, '/complaints/new?city=quanzhou', (p) => p.getByRole('heading', { name: '投诉安全生产技术服务机构' }));
  await page.getByLabel('被投诉机构名称').fill('泉州某检测公司');
  const mark = String(Date.now());
  await page.getByLabel('投诉事项').fill(`检测现场无人到场 ${mark}`);
  await page.getByLabel('投诉内容').fill('2023年6月该公司出具的检测报告所附现场照片与我厂实际情况不符，附现场照片。');
  await page.getByLabel('匿名投诉').click();
  await expect(page.getByLabel('联系人姓名')).toHaveCount(0);
  await page.locator('input[type=file]').setInputFiles([
    { name: '现场照片.png', mimeType: 'image/png', buffer: PNG },
    // a program named as a PDF: its bytes say what it is
    { name: '检测报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is not a document') },
  ]);
  await page.getByRole('button', { name: '提交投诉' }).click();
  await expect(page.getByText('投诉已受理')).toBeVisible();
  const files = page.getByTestId('complaint-files');
  await expect(files).toContainText('已上传证据材料：现场照片.png');
  await expect(files).toContainText('检测报告.pdf：只能上传 PDF、Word 文档或 JPEG、PNG 图片（按文件内容识别）');
  const trackingCode = (await page.getByTestId('complaint-tracking-code').textContent())!.trim();
  await shot(page, 'complaint-filed-with-photo');

  // the bureau's inspector finds it (the list comes from the search index: a moment after filing) and sees the photo
  const bureau = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await signIn(bureau, '/console/', 'quanzhou-inspector');
  await expect(async () => {
    await bureau.goto('/console/complaints');
    await bureau.getByLabel('关键词').fill(mark);
    await bureau.getByRole('button', { name: '搜索' }).click();
    await bureau.getByRole('link', { name: trackingCode }).click({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  const evidence = bureau.getByTestId('attachments-complaint');
  await expect(evidence).toContainText('现场照片.png');
  await expect(evidence).toContainText('PNG 图片');
  await expect(evidence).toContainText('公众（投诉人或异议人）');
  await expect(evidence).not.toContainText('检测报告.pdf');
  await expect(bureau.getByRole('table', { name: '处理记录' })).toContainText('附件：现场照片.png');
  await shot(bureau, 'console-complaint-public-photo');
  await bureau.context().close();
});
