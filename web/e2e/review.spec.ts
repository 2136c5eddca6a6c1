import { expect, test, type Page } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// 复核 after a publication (苏州, the portal's agency and its published 五星): the agency is refused while no
// period is set and after a period that is over, the bureau sets it, the agency files (a reason too short refused next to the field), and the
// bureau upholds it; the proposed downgrades table is on the same console page.

async function pickOption(page: Page, field: string, option: string, type = false) {
  // an Ant Design select: open it, narrow it by typing where it searches, click the option (retried while it animates)
  const select = page.locator('.ant-select', { has: page.locator(`#${field}`) });
  await expect(async () => {
    await page.locator(`#${field}`).click();
    if (type) await page.locator(`#${field}`).fill(option);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 2_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test('an agency requests a review within the period the bureau sets, and the bureau decides it', async ({ browser }) => {
  const year = env('E2E_PORTAL_YEAR');
  const agencyName = env('E2E_PORTAL_AGENCY');
  const agency = await browser.newPage();
  await signIn(agency, '/portal/', env('E2E_PORTAL_USER'));
  await openAndMeasure(agency, '/portal/reviews', (p) => p.getByRole('table', { name: '本机构的公布' }));
  const form = agency.getByRole('form', { name: '申请复核' });
  await form.getByLabel('复核理由').fill('第3项扣分所依据的项目并非本机构承接，请予复核');
  await form.getByRole('button', { name: '提交复核申请' }).click();
  await expect(agency.getByText('尚未设定该公布的复核申请期限')).toBeVisible();

  const bureau = await browser.newPage();
  await signIn(bureau, '/console/', 'suzhou-admin');
  await openAndMeasure(bureau, `/console/reviews?year=${year}`, (p) => p.getByRole('table', { name: '降级建议' }));
  // a period that is over (the publication of 2024-03-01 open for review until the end of that month): the agency is
  // refused in Chinese and nothing is filed
  await bureau.getByLabel('复核申请截止日期').fill('2024-03-31');
  await bureau.getByLabel('复核申请截止日期').press('Enter');
  await bureau.getByRole('button', { name: '设定复核期限' }).click();
  await expect(bureau.getByText('复核申请截止日期：2024年3月31日')).toBeVisible();
  await agency.reload();
  const filed = agency.getByRole('table', { name: '本机构的复核申请' }).locator('tbody tr.ant-table-row');
  await expect(agency.getByRole('table', { name: '本机构的复核申请' })).toBeVisible();
  const filedBefore = await filed.count();
  await form.getByLabel('复核理由').fill('第3项扣分所依据的项目并非本机构承接，请予复核');
  await form.getByRole('button', { name: '提交复核申请' }).click();
  await expect(agency.getByText('复核申请期限已于 2024-03-31 截止，不再受理复核申请')).toBeVisible();
  await agency.reload();
  await expect(agency.getByRole('table', { name: '本机构的复核申请' })).toBeVisible();
  await expect(filed).toHaveCount(filedBefore);

  const until = new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10);
  await bureau.getByLabel('复核申请截止日期').fill(until);
  await bureau.getByLabel('复核申请截止日期').press('Enter');
  await bureau.getByRole('button', { name: '设定复核期限' }).click();
  const [y, m, d] = until.split('-').map(Number);
  await expect(bureau.getByText(`复核申请截止日期：${y}年${m}月${d}日`)).toBeVisible();

  await agency.reload();
  await form.getByLabel('复核理由').fill('不服');
  await form.getByRole('button', { name: '提交复核申请' }).click();
  await expect(form.getByText('请写明申请复核的理由')).toBeVisible();
  await form.getByLabel('复核理由').fill('第3项扣分所依据的项目并非本机构承接，请予复核');
  await form.getByRole('button', { name: '提交复核申请' }).click();
  await expect(agency.getByText('复核申请已提交')).toBeVisible();
  await expect(agency.getByRole('table', { name: '本机构的复核申请' })).toContainText('处理中');
  await shot(agency, 'portal-review');

  await bureau.reload();
  const row = bureau.getByRole('table', { name: '复核申请' }).getByRole('row').filter({ hasText: agencyName }).last();
  await row.getByRole('button', { name: /处理复核/ }).click();
  const dialog = bureau.getByRole('dialog');
  await dialog.getByText('维持原公布').click();
  await dialog.getByLabel('理由').fill('经核查，第3项扣分依据属实');
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(row).toContainText('维持原公布');
  await shot(bureau, 'console-reviews');

  await agency.reload();
  await expect(agency.getByRole('table', { name: '本机构的复核申请' })).toContainText('经核查，第3项扣分依据属实');
  // 禁入期 (苏州 7.6.3 "两年内不得申请参加星级评定"): the bureau bars the agency from the next two ratings
  const bars = bureau.getByRole('form', { name: '记录禁入期' });
  await pickOption(bureau, 'bar_agencyId', agencyName, true);
  await pickOption(bureau, 'bar_exclusionCode', 'E1');
  await bureau.locator('#bar_years').fill('2');
  await bars.getByRole('button', { name: '记录禁入期' }).click();
  await expect(bars.getByText('请填写禁入理由')).toBeVisible();
  await bars.getByLabel('禁入理由').fill('虚假申报取得星级');
  await bars.getByRole('button', { name: '记录禁入期' }).click();
  // 7.6.3 "由评定部门取消已评定的星级并予以公告": the agency's published 五星 is cancelled in the same step
  await expect(bars.getByText(/已记录禁入期（第 \d+ 号），并已提交取消其现有等级的调整公告/)).toBeVisible();
  const barRow = bureau
    .getByTestId('rating-bars')
    .getByRole('row', { name: new RegExp(agencyName) })
    .first();
  await expect(barRow).toContainText(`${Number(year) + 1}–${Number(year) + 2}年度`);
  await expect(barRow).toContainText('两年内不得申请参加星级评定');
  await expect(barRow).toContainText(/已取消现有等级，调整公告第 \d+ 号/);
  await shot(bureau, 'console-rating-bar');
});
