import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot } from './support';
import {
  city,
  confirmFinding,
  importAgencies,
  onboard,
  openAgency,
  otherBrowser,
  PNG,
  publicSearch,
  rateToPublication,
  recordFindingWithPhoto,
  sanctionAndHonour,
  setUp,
  signInFirstTime,
} from './journey';

// 泉州's year in the pages alone (JOURNEYS.md, seed 000), for a city onboarded in the test: the platform admin
// onboards it from 泉州's scheme; its first admin signs in (Keycloak's password page in Chinese), adds the
// districts, the calendar and an inspector, imports the agencies by sheet; the inspector records a finding with
// a photo, which the admin confirms; a 附件2 checklist on the training institution; a county 约谈 and a
// provincial honour; the rating, the notice, an objection from the public accepted (re-rated), publication with
// the Excel list and the printable announcement, and the public finding an agency by its name with a typo.

test('泉州: a fresh city runs its year from onboarding to publication in the pages', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const c = city('qz', '泉州市应急管理局', 'quanzhou');
  const [a, b, training] = [1, 2, 3].map((n) => env(`E2E_JOURNEY_QZ_AGENCY_${n}`));

  await onboard(page, c, '泉州（诚信考评表');

  await signInFirstTime(page, '/console/', c.admin, 'keycloak-update-password');

  await setUp(
    page,
    c,
    [
      ['350502', '鲤城区'],
      ['350503', '丰泽区'],
      ['350582', '晋江市'],
    ],
    { selfCheck: [`${c.year}-06-15`, `${c.year}-07-14`] },
  );
  await importAgencies(page, env('E2E_JOURNEY_QZ_SHEET'), '已导入 3 家机构、7 名人员、3 个服务项目');
  const agencyA = await openAgency(page, a, c.year);
  await expect(page.getByRole('table', { name: '技术人员' })).toContainText('注册安全工程师');
  // a staff member promoted: the record changed in a form (the ID number, which names the person, stays)
  await page.getByRole('button', { name: '修改 林二工' }).click();
  const edit = page.getByRole('dialog', { name: '修改人员信息：林二工' });
  await edit.getByLabel('职称').fill('高级工程师');
  await edit.getByLabel('修改原因').fill('职称晋升');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('table', { name: '技术人员' }).getByRole('row').filter({ hasText: '林二工' })).toContainText('高级工程师');
  const agencyTraining = await openAgency(page, training, c.year);

  // the inspector's first sign-in and finding (in a browser of their own)
  const inspector = await otherBrowser(browser);
  await signInFirstTime(inspector, '/console/', c.inspector);
  await recordFindingWithPhoto(inspector, agencyA, '14.5a', '车间地上标线缺失', `${c.year}-07-20`);
  await shot(inspector, 'journey-qz-finding');
  await inspector.context().close();
  await confirmFinding(page, agencyA, '14.5a', '车间地上标线缺失');

  // 附件2 on site at the training institution: a 是 to question 1 is a violation with its rectification
  await openAndMeasure(page, `${agencyTraining.replace('?', '/inspections/new?')}`, (p) => p.getByLabel('检查日期'));
  await page.getByLabel('检查日期').fill(`${c.year}-07-25`);
  const question = (n: string) => page.locator('.ant-card').filter({ hasText: new RegExp(`^${n}\\. `) });
  await question('1').getByText('是', { exact: true }).click();
  for (const n of ['2', '3', '4']) await question(n).getByText('否', { exact: true }).click();
  for (const n of ['5', '6']) await question(n).getByText('是', { exact: true }).click();
  await question('1').getByLabel('整改措施').fill('补足专职教师');
  await question('1').getByLabel('整改期限').fill(`${c.year}-09-30`);
  await question('1').getByLabel('整改责任人').fill('王校长');
  await page.getByRole('button', { name: '保存检查结果' }).click();
  await expect(page.getByText('已保存，1 项违规记为待确认的检查发现（含整改要求）')).toBeVisible();
  // an answer in order has its evidence too: the teachers' certificates seen on site (question 2, 否)
  const answer2 = page.getByTestId('saved-inspection').getByTestId('attachments-inspectionAnswer-2');
  await answer2.locator('input[type=file]').setInputFiles({ name: '教师资格证.png', mimeType: 'image/png', buffer: PNG });
  await expect(answer2).toContainText('教师资格证.png');
  await shot(page, 'journey-qz-checklist');

  await sanctionAndHonour(
    page,
    c.year,
    { agency: b, type: '约谈', level: '县（市、区）级', issuer: '晋江市应急管理局' },
    { agency: a, level: '省级', issuer: '福建省应急管理厅' },
  );

  const announcement = await rateToPublication(page, browser, c, [a, b, training], b);

  // the public: the announcement with the best list, then the search with one character wrong
  await openAndMeasure(page, announcement, (p) => p.getByRole('table', { name: '公布名单' }));
  const list = page.getByRole('table', { name: '公布名单' });
  // best and worst lists, never both for one agency: the 优秀 ones among the best (a with its provincial honour,
  // the training school), b (良好 after its county 约谈) only filling the best list's minimum of 10: the worst
  const rowOf = (name: string) => list.getByRole('row').filter({ hasText: name });
  await expect(rowOf(a)).toContainText('服务好的机构');
  await expect(rowOf(a)).not.toContainText('服务差的机构');
  await expect(rowOf(b)).toContainText('服务差的机构');
  await expect(rowOf(b)).not.toContainText('服务好的机构');
  await shot(page, 'journey-qz-announcement');
  await publicSearch(page, c, a, a.replace('诚安', '城安'));
});
