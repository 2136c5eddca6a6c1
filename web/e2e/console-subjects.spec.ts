import { expect, test, type Page } from '@playwright/test';
import { creditCode } from './ids';
import { env, openAndMeasure, shot, signIn } from './support';

// Issue 17 point 2, in pages only (莆应急〔2021〕118号, re-dated by SubjectE2eRows to a year of the test's own: the
// seed's "2021年12月至2022年10月" is 2009-12 … 2010-10 here): the bureau admin sets a campaign over two calendar years
// with its phases (a phase outside it refused in Chinese); an inspector registers a 生产经营单位, answers 附件1 (the
// 安全培训机构's form) for it and is refused in Chinese, answers 附件2 in April of the next year, and reads and
// exports the summary of problems by type and district on the 市县检查 report day.

test.describe.configure({ mode: 'serial' });

const mark = String(Date.now() % 1_000_000);
const unit = `秀屿某化工有限公司${mark}`;

/** The card of a checklist question ("1. 是否存在……"). */
function question(page: Page, n: string) {
  return page.locator('.ant-card').filter({ hasText: new RegExp(`^${n}\\. `) });
}

async function pickOption(page: Page, field: string, option: string) {
  const select = page.locator('.ant-select', { has: page.locator(`#${field}`) });
  await expect(async () => {
    await page.locator(`#${field}`).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 2_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test('a bureau admin sets a campaign over two years with its phases; a phase outside it is refused', async ({ page }) => {
  const year = Number(env('E2E_SUBJECT_YEAR'));
  await signIn(page, '/console/', 'putian-admin');
  await openAndMeasure(page, `/console/calendar?year=${year}`, (p) => p.getByLabel('整治开始'));
  await page.getByLabel('整治开始').fill(`${year}-12-01`);
  await page.getByLabel('整治结束').fill(`${year + 1}-10-31`);
  const phases: [string, string, string, string, string][] = [
    ['检查', '市县检查', `${year + 1}-04-01`, `${year + 1}-05-31`, `${year + 1}-05-27`],
    // the report is due 9/25, before the phase's own October; its end first typed a month too late
    ['总结', '总结提升', `${year + 1}-10-01`, `${year + 1}-11-30`, `${year + 1}-09-25`],
  ];
  for (const [i, [kind, name, starts, ends, due]] of phases.entries()) {
    await page.getByRole('button', { name: '添加阶段' }).click();
    await pickOption(page, `phases_${i}_kind`, kind);
    await page.getByLabel(`阶段${i + 1}名称`).fill(name);
    await page.getByLabel(`阶段${i + 1}开始`).fill(starts);
    await page.getByLabel(`阶段${i + 1}结束`).fill(ends);
    await page.getByLabel(`阶段${i + 1}报送日期`).fill(due);
  }
  await page.getByRole('button', { name: '保存工作日历' }).click();
  await expect(page.getByTestId('phases')).toContainText(
    `阶段“总结提升”的结束日期 ${year + 1}-11-30 不在专项整治期间 ${year}-12-01 至 ${year + 1}-10-31 内`,
  );
  await shot(page, 'console-calendar-phase-outside');
  await page.getByLabel('阶段2结束').fill(`${year + 1}-10-31`);
  await page.getByRole('button', { name: '保存工作日历' }).click();
  await expect(page.getByText('已保存工作日历')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('阶段2名称')).toHaveValue('总结提升');
  await shot(page, 'console-calendar-campaign');
});

test('an inspector registers a production unit, is refused the wrong form, inspects it and exports the summary', async ({ page }) => {
  const year = Number(env('E2E_SUBJECT_YEAR'));
  await signIn(page, '/console/', 'putian-inspector');
  await openAndMeasure(page, '/console/subjects', (p) => p.getByRole('table', { name: '检查对象' }));
  await pickOption(page, 'kind', '生产经营单位');
  await page.getByLabel('单位名称').fill(unit);
  await page.getByLabel('统一社会信用代码').fill('91350300MA0000000X');
  await pickOption(page, 'districtCode', '秀屿区');
  await page.getByLabel('行业').fill('危险化学品');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.locator('.ant-form-item-explain-error').first()).toContainText('统一社会信用代码');
  await page.getByLabel('统一社会信用代码').fill(creditCode());
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText(`已登记：${unit}`)).toBeVisible();
  await page.getByRole('link', { name: unit }).click();
  await expect(page.getByTestId('subject-registration')).toContainText('秀屿区');

  // the year of the campaign, then 附件1 (安全培训机构) for a 生产经营单位: refused, nothing written
  await page.getByLabel('考评年度').fill(String(year));
  await page.getByLabel('考评年度').press('Tab');
  await expect(page.getByText(`${year}年度专项整治期间`)).toBeVisible();
  await pickOption(page, 'checklistId', '附件1 安全培训机构');
  await page.getByLabel('检查日期').fill(`${year + 1}-04-15`);
  await question(page, '1').getByText('是', { exact: true }).click();
  await page.getByRole('button', { name: '保存检查结果' }).click();
  await expect(page.getByText(`的检查对象是安全培训机构，不能用于生产经营单位“${unit}”`)).toBeVisible();
  await expect(page.getByRole('table', { name: '检查记录' })).toContainText('暂无数据');
  await shot(page, 'console-subject-wrong-form');

  // 附件2 in April of the next calendar year, inside the campaign: question 1 a problem with its rectification
  await pickOption(page, 'checklistId', '附件2 生产经营单位');
  await page.getByLabel('检查日期').fill(`${year + 1}-04-15`);
  await question(page, '1').getByText('是', { exact: true }).click();
  await page.getByLabel('第1题整改措施').fill('制定并实施年度安全培训计划');
  await page.getByLabel('第1题整改时限').fill(`${year + 1}-05-15`);
  await page.getByLabel('第1题整改责任人').fill('林主任');
  await question(page, '2').getByText('否', { exact: true }).click();
  await page.getByRole('button', { name: '保存检查结果' }).click();
  await expect(page.getByText('已保存，发现问题 1 项')).toBeVisible();
  await expect(page.getByRole('table', { name: '检查记录' })).toContainText('制定并实施年度安全培训计划');
  await shot(page, 'console-subject-inspected');

  // 问题汇总 on the 市县检查 report day (5/27): 秀屿区, 附件2 question 1, one problem; exported as .xlsx
  await openAndMeasure(page, `/console/problem-summary?year=${year}`, (p) => p.getByRole('table', { name: '按区县', exact: true }));
  await expect(page.getByTestId('summary-period')).toContainText(`${year}年12月1日 至 ${year + 1}年5月27日`);
  await expect(page.getByRole('table', { name: '按区县', exact: true }).getByRole('row').filter({ hasText: '秀屿区' })).toContainText('1');
  await expect(page.getByRole('table', { name: '按区县和问题类型', exact: true })).toContainText('是否存在未制定本单位安全生产培训计划');
  await shot(page, 'console-problem-summary');
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await file).suggestedFilename()).toBe(`${year}年度问题汇总（市县检查）.xlsx`);
});
