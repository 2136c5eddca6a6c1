import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

/** A small PDF: the receipt of an upload to the supervision system. */
const RECEIPT = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

// During 苏州's notice of the portal's year (PortalE2eRows opens it today) the agency objects to its own draft result.

test('an agency user files an objection to its notice result and sees it listed', async ({ page }) => {
  await signIn(page, '/portal/', env('E2E_PORTAL_USER'));
  await openAndMeasure(page, `/portal/objections?year=${env('E2E_PORTAL_YEAR')}`, (p) => p.getByTestId('notice'));
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('公示中');
  await expect(notice).toContainText('五星，第 1 名');

  // too short a reason: the API's error next to the field
  const reason = page.getByLabel('异议理由');
  await reason.fill('有误');
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.locator('#reason_help')).toHaveText('异议理由须为 5 到 2000 字（现为 2 字）');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'portal-objection-error');

  const text = `4.3 所列合同已于2023年5月上传至监管系统，附上传回执（${Date.now()}）`;
  await reason.fill(text);
  await page.getByLabel('联系人').fill('周文博');
  await page.getByLabel('联系电话或邮箱').fill('0512-65550000');
  await page.getByRole('button', { name: '提交异议' }).click();
  const code = page.getByTestId('tracking-code');
  await expect(code).toHaveText(/^[0-9A-Z]{12}$/);
  const trackingCode = (await code.textContent())!.trim();

  const row = page.getByRole('row', { name: new RegExp(trackingCode) });
  await expect(row).toContainText(text);
  await expect(row).toContainText('处理中');

  // the receipt that supports it, attached to the objection (the bureau sees it when deciding)
  await row
    .getByTestId('attachments-objection')
    .locator('input[type=file]')
    .setInputFiles({ name: '上传回执.pdf', mimeType: 'application/pdf', buffer: Buffer.from(RECEIPT, 'latin1') });
  await expect(row.getByTestId('attachments-objection')).toContainText('上传回执.pdf');
  await expect(row.getByTestId('attachments-objection')).toContainText('PDF');
  await shot(page, 'portal-objections');
});
