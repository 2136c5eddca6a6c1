import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// A bureau admin rates a year (ConsoleE2eRows: 泉州's scheme re-dated to a year of its own, one agency with
// complete facts), watches the progress to completion, reads an agency's per-item trail, puts the run on
// notice, reveals the objector's masked contact for a stated reason, decides an objection the public filed, then publishes a year whose notice has ended; the
// publication shows on the public announcements page.

test('a bureau admin rates a year, reads a trail, opens the notice and decides an objection', async ({ page }) => {
  // a long walk (rating, trail, notice, a reveal, two decisions): three times the usual minute
  test.slow();
  const year = env('E2E_CONSOLE_RATING_YEAR');
  const tenant = 'quanzhou';
  const agency = env('E2E_CONSOLE_RATED_AGENCY');
  const agencyId = env('E2E_CONSOLE_RATED_AGENCY_ID');
  await signIn(page, '/console/', 'quanzhou-admin');

  await openAndMeasure(page, `/console/rating?year=${year}`, (p) => p.getByRole('table', { name: '评定批次' }));
  // a missing reason is refused next to the field
  await page.getByRole('button', { name: `开始${year}年度评定` }).click();
  await expect(page.getByText('请填写评定原因')).toBeVisible();
  await page.getByLabel('评定原因').fill(`${year}年度评定（控制台测试）`);
  await page.getByRole('button', { name: `开始${year}年度评定` }).click();
  // the progress shows while the worker rates, then the run is completed
  await expect(page.getByTestId('rating-progress')).toBeVisible();
  await shot(page, 'console-rating-progress');
  const runs = page.getByRole('table', { name: '评定批次' });
  await expect(runs.getByRole('row').nth(1)).toContainText('已完成', { timeout: 60_000 });
  await shot(page, 'console-rating');

  await runs
    .getByRole('link', { name: /查看结果/ })
    .first()
    .click();
  const results = page.getByRole('table', { name: '评定结果' });
  await expect(results.getByRole('row').filter({ hasText: agency })).toBeVisible();
  const runUrl = new URL(page.url()).pathname;
  await openAndMeasure(page, runUrl, (p) => p.getByRole('table', { name: '评定结果' }).getByRole('row').filter({ hasText: agency }));
  await shot(page, 'console-rating-results');
  await page.getByRole('button', { name: `查看 ${agency} 的评分明细` }).click();
  const trail = page.getByTestId('rating-trail');
  await expect(trail).toBeVisible();
  // item 14 (辅导企业做好安全生产现场管理) is in the trail with its 20 points
  await expect(trail.getByRole('row').filter({ hasText: '辅导企业做好安全生产现场管理' })).toContainText('20');
  await shot(page, 'console-rating-trail');
  await page.keyboard.press('Escape');

  // the notice, from today
  await openAndMeasure(page, `/console/notice?year=${year}`, (p) => p.getByRole('button', { name: '发起公示' }));
  await page.getByRole('button', { name: '发起公示' }).click();
  await expect(page.getByTestId('notice-card')).toContainText('公示中');

  // the public objects (no sign-in), as the public notice page does
  const filed = await page.request.post('/graphql', {
    data: {
      query: 'mutation($input: FileObjectionInput!) { fileObjection(input: $input) { trackingCode errors { field message } } }',
      variables: {
        input: { tenant, year: Number(year), agencyId, reason: '该机构的专职人员数与实际不符', name: '张先生', contact: '13800138000' },
      },
    },
  });
  const body = await filed.json();
  expect(body.data.fileObjection.errors).toEqual([]);
  const code: string = body.data.fileObjection.trackingCode;

  await page.reload();
  const objections = page.getByRole('table', { name: '异议' });
  const row = objections.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('处理中');
  // the filer's name and telephone are masked; in full only for a stated reason, which is recorded
  await expect(row).toContainText('张**');
  await expect(row).toContainText('138****8000');
  await expect(row).not.toContainText('13800138000');
  await row.getByRole('button', { name: '查看完整信息' }).click();
  const reveal = page.getByRole('dialog', { name: '查看完整信息' });
  await expect(reveal.getByLabel('查看理由')).toBeVisible();
  await reveal.getByLabel('查看理由').fill('核实');
  await reveal.getByRole('button', { name: '查看' }).click();
  await expect(reveal.getByText(/查看理由过短/)).toBeVisible();
  await reveal.getByLabel('查看理由').fill('电话联系异议人核实专职人员情况');
  await reveal.getByRole('button', { name: '查看' }).click();
  await expect(reveal.getByTestId('revealed-contact')).toContainText('张先生');
  await expect(reveal.getByTestId('revealed-contact')).toContainText('13800138000');
  await shot(page, 'console-objection-revealed');
  await reveal.getByRole('button', { name: '完成' }).click();
  await expect(reveal).toBeHidden();
  await shot(page, 'console-notice');
  await row.getByRole('button', { name: `处理异议 ${code}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('处理意见（告知提出方）')).toBeVisible();
  // the dialog may still be moving in: click again until the empty reason is refused next to the field
  await expect(async () => {
    await dialog.getByRole('button', { name: '提交处理意见' }).click();
    await expect(dialog.getByText('请填写处理意见')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  // no choice is made for the bureau: the dialog starts with neither 采纳 nor 不采纳
  await expect(dialog.getByText('请选择采纳或不采纳')).toBeVisible();
  await expect(dialog.getByRole('radio', { checked: true })).toHaveCount(0);
  await dialog.getByText('不采纳', { exact: true }).click();
  await dialog.getByLabel('处理意见（告知提出方）').fill('经核查，专职人员数据与登记记录一致，维持原结果');
  await dialog.getByRole('button', { name: '提交处理意见' }).click();
  await expect(row).toContainText('未采纳');
  await expect(row).toContainText('维持原结果');
  // the decision is corrected while the notice is open, both kept in the objection's history
  await row.getByRole('button', { name: `更正处理结果 ${code}` }).click();
  const correction = page.getByRole('dialog');
  await correction.getByText('不采纳', { exact: true }).click();
  await correction.getByLabel('处理意见（告知提出方）').fill('经复核，专职人员数据与登记记录一致，维持原结果并补充说明');
  await correction.getByRole('button', { name: '提交处理意见' }).click();
  await expect(row).toContainText('补充说明');
  await expect(row).toContainText('更正处理结果');
  // the notice period has not ended: publishing waits
  await expect(page.getByRole('button', { name: '公布考评结果' })).toBeDisabled();
  await shot(page, 'console-notice-decided');
});

test('a bureau admin publishes a year whose notice has ended; the announcement is public', async ({ page }) => {
  const year = env('E2E_CONSOLE_PUBLISH_YEAR');
  const agency = env('E2E_CONSOLE_PUBLISH_AGENCY');
  await signIn(page, '/console/', 'quanzhou-admin');

  await openAndMeasure(page, `/console/notice?year=${year}`, (p) => p.getByTestId('notice-card'));
  await expect(page.getByTestId('notice-card')).toContainText('公示期已结束');
  await page.getByRole('button', { name: '公布考评结果' }).click();
  const publications = page.getByRole('table', { name: '公布记录' });
  await expect(publications.getByRole('row').nth(1)).toContainText('已公布', { timeout: 30_000 });
  await shot(page, 'console-published');
  const link = publications.getByRole('link', { name: '公示网站公告' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/announcements\/view\/\d+$/);
  await expect(publications.getByRole('link', { name: '下载 CSV' })).toHaveAttribute('href', /\/publications\/\d+\.csv$/);

  await page.goto(`/announcements/quanzhou/${year}`);
  await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
  await page.goto(href!);
  await expect(page.getByRole('table', { name: '公布名单' }).getByRole('row').filter({ hasText: agency })).toContainText('优秀');
  await shot(page, 'console-publication-public');
});
