import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// 临沂 技术人员抽考 (ExamE2eRows: a year of its own, one agency with 58 and 75): 三（四） "个人考试成绩将公开公示";
// 五、结果运用 "对专业技术人员测试不合格的，不得从事相应技术服务活动". The bureau publishes the year's results in the console;
// anyone reads them on the public site, names masked, 58 不合格 against the scheme's pass mark 60.

test('the bureau publishes the exam results and the public reads them, names masked', async ({ page, browser }) => {
  const year = env('E2E_EXAM_YEAR');
  const agency = env('E2E_EXAM_AGENCY');

  // before: the public site says they are not published yet
  const visitor = await browser.newPage();
  await openAndMeasure(visitor, `/exams/linyi?year=${year}`, (p) => p.getByRole('heading', { name: /技术人员抽考成绩公示/ }));
  await expect(visitor.getByText('本年度抽考成绩尚未公示')).toBeVisible();

  await signIn(page, '/console/', 'linyi-admin');
  await openAndMeasure(page, `/console/measurements?year=${year}`, (p) => p.getByTestId('exam-publication'));
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
});
