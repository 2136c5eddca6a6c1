import { expect, test, type Page } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// 技术服务报告: the portal's agency (苏州) uploads a report as a PDF; a wrong file type and a file over 512 KB are
// refused next to the file field in Chinese and list nothing new; the bureau finds the report in the console's
// search, opens it and withdraws it with a reason (an empty reason refused), and the agency sees it withdrawn.
// The bureau uploads one for the agency from the console too.

/** A one-page PDF with `text` in Helvetica (ASCII only: every character one byte, so the offsets are lengths). */
function tinyPdf(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function fillReport(page: Page, title: string) {
  const form = page.getByRole('form', { name: '上传报告' });
  await form.getByLabel('报告名称').fill(title);
  await form.getByLabel('报告编号').fill('SZ-PJ-2026-031');
  await form.getByLabel('委托单位').fill('苏州港华燃气储运有限公司');
  await form.getByLabel('出具日期').fill('2026-11-20');
  await page.locator('#signatories').fill('周评价');
  await page.locator('#signatories').press('Enter');
  return form;
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const form = page.getByRole('form', { name: '上传报告' });
  await form.getByText('上传文件').click();
  await form.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await expect(form).toContainText(name);
}

test('an agency uploads a report, the bureau finds and withdraws it; a refused file lists nothing', async ({ browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const title = `储罐区安全现状评价报告 ${stamp}`;
  const agency = await browser.newPage();
  await signIn(agency, '/portal/', env('E2E_PORTAL_USER'));
  await openAndMeasure(agency, '/portal/reports', (p) => p.getByRole('table', { name: '本机构的报告' }));
  await expect(agency.getByText('不超过 512 KB').first()).toBeVisible();
  const rows = agency.getByRole('table', { name: '本机构的报告' }).locator('tbody tr.ant-table-row');
  const before = await rows.count();

  // a text file: the API refuses the type, in Chinese, next to the file field; nothing is listed
  const form = await fillReport(agency, title);
  await chooseFile(agency, 'report.txt', 'text/plain', Buffer.from('not a report'));
  await form.getByRole('button', { name: '上传报告' }).click();
  await expect(form.getByText('仅支持 PDF（.pdf）或 Word（.docx）文件')).toBeVisible();
  // a PDF over 512 KB: refused before it is sent
  await chooseFile(agency, 'big.pdf', 'application/pdf', Buffer.alloc(600 * 1024, 0x20));
  await form.getByRole('button', { name: '上传报告' }).click();
  await expect(form.getByText('文件过大（上限 512 KB）')).toBeVisible();
  await agency.reload();
  await expect(agency.getByRole('table', { name: '本机构的报告' })).toBeVisible();
  await expect(rows).toHaveCount(before);
  await expect(agency.getByRole('table', { name: '本机构的报告' })).not.toContainText(title);

  // the PDF: uploaded, listed as 有效 with its signatory
  await fillReport(agency, title);
  await chooseFile(agency, `${stamp}.pdf`, 'application/pdf', tinyPdf(`Storage tank area safety assessment ${stamp}`));
  await agency.getByRole('form', { name: '上传报告' }).getByRole('button', { name: '上传报告' }).click();
  await expect(agency.getByText(`报告“${title}”已上传`)).toBeVisible();
  const row = agency.getByRole('table', { name: '本机构的报告' }).getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('有效');
  await expect(row).toContainText('周评价');
  await expect(rows).toHaveCount(before + 1);
  await shot(agency, 'portal-reports');

  // the bureau finds it in the search (indexed within seconds), opens it and withdraws it
  const bureau = await browser.newPage();
  await signIn(bureau, '/console/', 'suzhou-admin');
  await openAndMeasure(bureau, '/console/reports', (p) => p.getByRole('table', { name: '报告' }));
  await bureau.getByLabel('关键词').fill(title);
  await expect(async () => {
    await bureau.getByRole('button', { name: '搜索' }).click();
    await expect(bureau.getByRole('table', { name: '报告' })).toContainText(title, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await bureau
    .getByRole('link', { name: new RegExp(stamp) })
    .first()
    .click();
  await expect(bureau.getByRole('heading', { name: title })).toBeVisible();
  await expect(bureau.getByText('Storage tank area safety assessment')).toBeVisible();
  await expect(bureau.getByText(`PDF 文件（${stamp}.pdf）`)).toBeVisible();
  await bureau.getByRole('button', { name: `撤回报告 ${title}` }).click();
  const dialog = bureau.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await expect(dialog.getByText('请填写撤回理由（不超过 2000 字）')).toBeVisible();
  await dialog.getByLabel('撤回理由').fill('报告编号有误，重新出具');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await expect(bureau.locator('.ant-tag', { hasText: '已撤回' })).toBeVisible();
  await shot(bureau, 'console-report');

  await agency.reload();
  await expect(row).toContainText('已撤回');
  await expect(row.getByRole('button', { name: /撤回报告/ })).toHaveCount(0);

  // the bureau uploads one for the agency from the console, with the text typed in
  await bureau.goto('/console/reports');
  await bureau.getByRole('button', { name: '上传报告' }).click();
  const modal = bureau.getByRole('dialog');
  const agencyName = env('E2E_PORTAL_AGENCY');
  await expect(async () => {
    await bureau.locator('#agencyId').click();
    await bureau.locator('#agencyId').fill(agencyName);
    await bureau
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: agencyName })
      .first()
      .click({ timeout: 2_000 });
    await expect(modal.locator('.ant-select', { has: bureau.locator('#agencyId') })).toContainText(agencyName, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await fillReport(bureau, `${title} 复评`);
  await modal.getByLabel('正文', { exact: true }).fill('储罐区防火间距符合要求，可燃气体报警装置已定期检定。');
  await modal.getByRole('button', { name: '上传报告' }).click();
  await expect(bureau.getByRole('heading', { name: `${title} 复评` })).toBeVisible();
  await expect(bureau.getByText('可燃气体报警装置已定期检定')).toBeVisible();
});
