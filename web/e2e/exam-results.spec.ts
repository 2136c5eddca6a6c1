import { expect, test } from '@playwright/test';
import { pickAgency, pickOption } from './journey';
import { env, openAndMeasure, shot, signIn } from './support';

// 临沂 技术人员抽考 (ExamE2eRows: a year of its own, one agency with 王五, 赵六 and 孙七 on its register, 王五 and 赵六
// drawn, 赵六's 75 recorded): 三（四） "随机抽取一定数量的技术服务机构专业技术人员进行分专业测试……个人考试成绩将公开公示";
// 五、结果运用 "对专业技术人员测试不合格的，不得从事相应技术服务活动". The inspector records 王五's 58, picking him from the
// agency's register (drawn first); the bureau publishes the year's results in the console; anyone reads them on the
// public site, names masked, 58 不合格 against the scheme's pass mark 60; a report the failed person signs is refused
// on the console's upload form.

test('the bureau publishes the exam results and the public reads them, names masked', async ({ page, browser }) => {
  const year = env('E2E_EXAM_YEAR');
  const agency = env('E2E_EXAM_AGENCY');

  // before: the public site says they are not published yet
  const visitor = await browser.newPage();
  await openAndMeasure(visitor, `/exams/linyi?year=${year}`, (p) => p.getByRole('heading', { name: /技术人员抽考成绩公示/ }));
  await expect(visitor.getByText('本年度抽考成绩尚未公示')).toBeVisible();

  await signIn(page, '/console/', 'linyi-admin');
  await openAndMeasure(page, `/console/measurements?year=${year}`, (p) => p.getByTestId('exam-publication'));
  // the exam form: the examined person is picked from the agency's register, the drawn ones first; no one picked is refused
  await pickAgency(page, 'measurement-agency', agency);
  await pickOption(page, 'measurement-kind', '技术人员抽考成绩');
  await page.locator('#staffId').click();
  const offered = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
  await expect(offered).toHaveText(['王五（已抽中）', '赵六（已抽中）（本年度已录入）', '孙七']);
  await page.keyboard.press('Escape');
  await page.getByLabel(/^得分/).fill('58');
  await page.getByRole('button', { name: '录入', exact: true }).click();
  await expect(page.getByText('请从该机构的技术人员中选择被抽考人员')).toBeVisible();
  await pickOption(page, 'staffId', '王五');
  await page.getByRole('button', { name: '录入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已录入' })).toBeVisible();
  await expect(page.getByRole('table', { name: '测评数据' }).getByRole('row').filter({ hasText: '王五' })).toContainText('58');
  const card = page.getByTestId('exam-publication');
  await card.getByRole('button', { name: '公示本年度抽考成绩' }).click();
  await page.getByRole('button', { name: '公示', exact: true }).click();
  await expect(card).toContainText(`${year}年度抽考成绩已于`);
  await expect(card).toContainText('共 2 人，不合格 1 人');
  await shot(page, 'console-exam-publication');

  await visitor.reload();
  const table = visitor.getByRole('table', { name: '抽考成绩' });
  const failed = table.getByRole('row', { name: /王\*/ }).filter({ hasText: agency });
  await expect(failed).toContainText('58');
  await expect(failed).toContainText('不合格');
  const passed = table.getByRole('row', { name: /赵\*/ }).filter({ hasText: agency });
  await expect(passed).toContainText('合格');
  await expect(table).not.toContainText('王五');
  await shot(visitor, 'public-exam-results');

  // 不得从事相应技术服务活动: the agency's register marks the person who failed as barred from signing, not the other
  await openAndMeasure(page, `/console/agencies/${env('E2E_EXAM_AGENCY_ID')}`, (p) => p.getByRole('table', { name: '技术人员' }));
  const register = page.getByRole('table', { name: '技术人员' });
  await expect(register.getByRole('row').filter({ hasText: '王五' })).toContainText(
    `${year}年度抽考不合格（58分，合格分60分），不得签字出具报告`,
  );
  await expect(register.getByRole('row').filter({ hasText: '赵六' })).not.toContainText('抽考不合格');
  await shot(page, 'console-exam-barred-staff');

  // and a report he signs is refused: 王五 picked from the agency's staff on the console's upload form
  await openAndMeasure(page, '/console/reports', (p) => p.getByRole('table', { name: '报告' }));
  await page.getByRole('button', { name: '上传报告' }).click();
  const dialog = page.getByRole('dialog', { name: '上传技术服务报告' });
  await expect(async () => {
    await page.locator('#agencyId').click();
    await page.locator('#agencyId').fill(agency);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: agency })
      .first()
      .click({ timeout: 2_000 });
    await expect(dialog.locator('.ant-select', { has: page.locator('#agencyId') })).toContainText(agency, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const upload = dialog.getByRole('form', { name: '上传报告' });
  await upload.getByLabel('报告名称').fill('危险化学品经营单位安全现状评价报告');
  await upload.getByLabel('委托单位').fill('临沂市兰山区化工贸易有限公司');
  await upload.getByLabel('出具日期').fill(`${new Date().getFullYear()}-01-15`);
  await expect(async () => {
    await page.locator('#signatories').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '王五' })
      .first()
      .click({ timeout: 2_000 });
    await expect(upload.locator('.ant-select', { has: page.locator('#signatories') })).toContainText('王五', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await upload.getByLabel('正文', { exact: true }).fill('经营场所与周边防护距离符合要求。');
  await upload.getByRole('button', { name: '上传报告' }).click();
  await expect(upload.getByText(`签字人王五在${year}年度技术人员抽考中不合格（58分，合格分60分），不得从事相应技术服务活动`)).toBeVisible();
  await expect(dialog).toBeVisible();
  await shot(page, 'console-report-barred-signatory');
});
