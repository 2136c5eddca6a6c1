import { expect, test, type Page } from '@playwright/test';
import { env, openAndMeasure, shot } from './support';
import {
  city,
  confirmFinding,
  importAgencies,
  onboard,
  openAgency,
  otherBrowser,
  pickAgency,
  pickOption,
  publicSearch,
  rateToPublication,
  recordFindingWithPhoto,
  sanctionAndHonour,
  setUp,
  signInFirstTime,
} from './journey';

// 佛山's year in the pages alone (JOURNEYS.md, seed 004), for a city onboarded in the test: onboarding from
// 佛山's scheme, districts, calendar, an inspector, agencies of two categories by sheet; report reviews and the
// A/B/C satisfaction survey of served enterprises for each; a finding with a photo confirmed by a second person;
// a sanction and a city honour; the rating ranked by category, the notice, an objection accepted, publication
// with the 标杆机构 list, the Excel list and the printable announcement, and the public's search with a typo.

async function measure(page: Page, agency: string, review: number, answers: string) {
  await pickAgency(page, 'measurement-agency', agency);
  await pickOption(page, 'measurement-kind', '督察复评');
  await page.getByLabel('抽查报告（编号或名称）').fill(`报告-${agency.slice(-4)}`);
  await page.getByLabel(/复评得分/).fill(String(review));
  await page.getByRole('button', { name: '录入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已录入' })).toBeVisible();
  await pickOption(page, 'measurement-kind', '满意度调查表');
  await page.getByLabel('填表企业').fill('佛山某制造企业');
  for (let i = 0; i < answers.length; i++) {
    await page
      .locator('.ant-form-item', { hasText: new RegExp(`^第${i + 1}题A`) })
      .getByText(`${answers[i]}（`)
      .click();
  }
  await page.getByRole('button', { name: '录入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已录入' })).toContainText('得分');
}

test('佛山: a fresh city runs its year from onboarding to publication in the pages', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const c = city('fs', '佛山市应急管理局', 'foshan');
  const [a, b, testing] = [1, 2, 3].map((n) => env(`E2E_JOURNEY_FS_AGENCY_${n}`));

  await onboard(page, c, '佛山（分类排名');
  await signInFirstTime(page, '/console/', c.admin);
  await setUp(
    page,
    c,
    [
      ['440604', '禅城区'],
      ['440605', '南海区'],
      ['440606', '顺德区'],
    ],
    { selfCheck: [`${c.year}-04-01`, `${c.year}-04-30`] },
  );
  await importAgencies(page, env('E2E_JOURNEY_FS_SHEET'), '已导入 3 家机构、6 名人员、3 个服务项目');

  // report reviews by experts and the survey of served enterprises (A 10, B 7, C 3 points a question)
  await openAndMeasure(page, `/console/measurements?year=${c.year}`, (p) => p.getByText('录入测评数据'));
  await measure(page, a, 95, 'AAAAAAAAAA');
  await measure(page, b, 85, 'AABACAAAAB');
  await measure(page, testing, 90, 'AAAAABBBCA');
  await shot(page, 'journey-fs-measurements');

  const agencyB = await openAgency(page, b, c.year);
  const inspector = await otherBrowser(browser);
  await signInFirstTime(inspector, '/console/', c.inspector);
  await recordFindingWithPhoto(inspector, agencyB, '1.1', '未按时提交年度资料', `${c.year}-05-10`);
  await inspector.context().close();
  await confirmFinding(page, agencyB, '1.1', '未按时提交年度资料');

  await sanctionAndHonour(
    page,
    c.year,
    { agency: b, type: '约谈', level: '县（市、区）级', issuer: '南海区应急管理局' },
    { agency: a, level: '市级', issuer: '佛山市人民政府' },
  );

  const announcement = await rateToPublication(page, browser, c, [a, b, testing], b);

  // per category: the best of each category is a 标杆机构, the testing agency too (alone in its category)
  await openAndMeasure(page, announcement, (p) => p.getByRole('table', { name: '公布名单' }));
  const list = page.getByRole('table', { name: '公布名单' });
  await expect(list.getByRole('row').filter({ hasText: a })).toContainText('标杆机构');
  await expect(list.getByRole('row').filter({ hasText: testing })).toContainText('标杆机构');
  await shot(page, 'journey-fs-announcement');
  await publicSearch(page, c, a, a.replace('顺安', '顺按'));
});
