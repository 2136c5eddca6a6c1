import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// Issue 14's pages: why an agency has no total (the run's trail says it in Chinese), the enterprises an
// inspector checked on site (临沂 工作实绩, clean ones included), and 多处挂靠 proposed from the register for a
// person to confirm (泉州 22.2).

test('a bureau admin reads why an agency has no total, then records the enterprise checked on site', async ({ page }) => {
  const agency = env('E2E_SAMPLING_AGENCY');
  const id = env('E2E_SAMPLING_AGENCY_ID');
  const year = env('E2E_SAMPLING_YEAR');
  const run = env('E2E_SAMPLING_RUN_ID');
  const enterprise = env('E2E_SAMPLING_ENTERPRISE');
  await signIn(page, '/console/', 'linyi-admin');

  await openAndMeasure(page, `/console/rating/runs/${run}`, (p) => p.getByRole('button', { name: `查看 ${agency} 的评分明细` }));
  await page.getByRole('button', { name: `查看 ${agency} 的评分明细` }).click();
  await expect(page.getByTestId('trail-problems')).toContainText('尚未记录现场抽查的服务企业');
  await shot(page, 'console-result-problems');

  await openAndMeasure(page, `/console/agencies/${id}/sampling?year=${year}`, (p) => p.getByRole('table', { name: '服务企业' }));
  await expect(page.getByRole('table', { name: '已抽查的企业' })).toContainText('本年度尚未记录抽查企业');
  await page.getByLabel('检查日期').fill(`${year}-07-20`);
  await page.getByLabel('检查日期').press('Enter');
  await page.getByRole('button', { name: `记录抽查 ${enterprise}` }).click();
  const sampled = page.getByRole('table', { name: '已抽查的企业' }).getByRole('row').filter({ hasText: enterprise });
  await expect(sampled).toContainText(`${year}年7月20日`);
  await shot(page, 'console-sampling');
  // a second record of the same enterprise is not offered; a withdrawal needs a reason
  await expect(page.getByRole('table', { name: '服务企业' }).getByRole('row').filter({ hasText: enterprise })).toContainText('已抽查');
  await sampled.getByRole('button', { name: /撤\s*销/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /撤\s*销/ })
    .click();
  await expect(page.getByText('请填写撤销原因')).toBeVisible();
});

test('a bureau admin confirms a 多处挂靠 proposed from the register', async ({ page }) => {
  const year = env('E2E_MULTI_YEAR');
  const agency = env('E2E_MULTI_AGENCY');
  const other = env('E2E_MULTI_OTHER_AGENCY');
  await signIn(page, '/console/', 'quanzhou-admin');

  // a proposal's row is the one whose agency link is the agency (the other agency's row names it too)
  const rowOf = (name: string) =>
    page
      .getByRole('table', { name: '挂靠核查' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
  await openAndMeasure(page, `/console/multi-affiliation?year=${year}`, () => rowOf(agency));
  const row = rowOf(agency);
  await expect(row).toContainText(`王挂靠：${other}`);
  await expect(row).toContainText('22.2');
  await shot(page, 'console-multi-affiliation');
  await row.getByRole('button', { name: `确认多处挂靠 ${agency}` }).click();
  await expect(rowOf(agency)).toHaveCount(0);
  // the other agency of the same person is still to be decided
  await expect(rowOf(other)).toHaveCount(1);
});
