import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// Issue 17, points 1 and 5 (CountyE2eRows in platform-api seeds 泉州's year E2E_COUNTY_YEAR: two agencies
// working in 丰泽区, one in 惠安县; the self-check phase 06-15 … 07-14 of 泉应急〔2023〕64号 四(一); one agency of
// 丰泽 answered on time). The seed: "县级应急管理部门重点对在本辖区从事安全生产标准化专业技术服务的机构进行全覆盖执法检查".

// several pages in each test: more than the default minute on a machine shared by several builds
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('an agency answers the self-inspection checklist in the portal, with the rectification of its problem', async ({ page }) => {
  const year = env('E2E_COUNTY_YEAR');

  // 自查自改 in the portal: the 附件4 form, 7 questions
  await signIn(page, '/portal/', 'quanzhou-agency');
  await openAndMeasure(page, `/portal/self-inspections?year=${year}`, (p) => p.getByTestId('self-check-question-7'));
  await expect(page.getByTestId('self-check-state')).toContainText('逾期未提交');
  await expect(page.getByText('专业技术服务机构自查自改情况报告表（附件4）')).toBeVisible();

  // nothing filled: the form's own Chinese errors, nothing sent
  await page.getByRole('button', { name: '提交自查报告' }).click();
  await expect(page.getByText('请填写填报日期')).toBeVisible();
  await expect(page.getByText('请选择是或否').first()).toBeVisible();

  await page.getByLabel('填报日期').fill(`${year}-07-20`);
  for (let q = 1; q <= 7; q++) {
    await page
      .getByTestId(`self-check-question-${q}`)
      .getByRole('radio', { name: q === 2 ? '是' : '否' })
      .check();
  }
  const q2 = page.getByTestId('self-check-question-2');
  await q2.getByLabel('行为表现').fill('两份评价报告缺少现场照片');
  await q2.getByLabel('整改措施').fill('补充现场核查并重新出具报告');
  await q2.getByLabel('责任人').fill('张工');
  // no deadline: the API's Chinese error next to the field, nothing written
  await page.getByRole('button', { name: '提交自查报告' }).click();
  await expect(q2.getByText('请填写整改期限')).toBeVisible();
  await expect(page.getByTestId('self-check-state')).toContainText('逾期未提交');
  await shot(page, 'portal-self-check-error');

  await q2.getByLabel('整改时限').fill(`${year}-08-01`);
  await page.getByRole('button', { name: '提交自查报告' }).click();
  await expect(page.getByRole('status')).toContainText('自查报告已提交，列出问题 1 项');
  await expect(page.getByTestId('self-check-state')).toContainText('逾期提交');
  await shot(page, 'portal-self-check');
  // the problem's page takes the rectification's evidence (the existing upload)
  await page.getByRole('link', { name: /问题 2（上传证据）/ }).click();
  await expect(page.getByTestId('rectification')).toContainText('补充现场核查并重新出具报告');
});

test('the county bureau of 丰泽区 sees the agencies of its district, who answered the self-check and the overdue rectification', async ({
  page,
}) => {
  const year = env('E2E_COUNTY_YEAR');
  const onTime = env('E2E_COUNTY_ON_TIME');
  const answering = env('E2E_COUNTY_ANSWERING');
  const huian = env('E2E_COUNTY_HUIAN');
  await signIn(page, '/console/', 'quanzhou-fengze-admin');
  await openAndMeasure(page, '/console/', (p) => p.getByTestId('viewer-district'));
  await expect(page.getByTestId('viewer-district')).toContainText('丰泽区（350503）');
  await expect(page.getByRole('link', { name: '自查情况' })).toBeVisible();
  await expect(page.getByRole('link', { name: '考评评定' })).toHaveCount(0);

  // 机构管理: the agencies working in 丰泽 only
  await openAndMeasure(page, '/console/agencies', (p) => p.getByTestId('county-scope'));
  await page.getByLabel('机构名称').fill(env('E2E_COUNTY_MARK'));
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('link', { name: onTime })).toBeVisible();
  await expect(page.getByRole('link', { name: answering })).toBeVisible();
  await expect(page.getByRole('link', { name: huian })).toHaveCount(0);
  await shot(page, 'console-county-agencies');
  // 惠安's agency by its address: not found for 丰泽
  await page.goto(`/console/agencies/${env('E2E_COUNTY_HUIAN_ID')}?year=${year}`);
  await expect(page.getByText(/机构不存在|未找到/).first()).toBeVisible();
  // acting on it by a forged address: a finding, a change of its record; refused in Chinese, no form to send
  await page.goto(`/console/agencies/${env('E2E_COUNTY_HUIAN_ID')}/findings/new?year=${year}`);
  await expect(page.getByText(/机构不存在|未找到/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '保存为待确认' })).toHaveCount(0);
  await page.goto(`/console/agencies/${env('E2E_COUNTY_HUIAN_ID')}/edit`);
  await expect(page.getByText(/机构不存在|未找到/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /保存/ })).toHaveCount(0);
  // an agency of 丰泽: a service engagement can be recorded for 丰泽's enterprises only; no other district offered
  await page.goto(`/console/agencies?year=${year}`);
  await page.getByLabel('机构名称').fill(env('E2E_COUNTY_MARK'));
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: onTime }).click();
  await page.getByRole('button', { name: '登记服务项目' }).click();
  const engagement = page.getByRole('dialog', { name: '登记服务项目' });
  await expect(engagement.locator('.ant-select', { has: page.locator('#districtCode') })).toContainText('丰泽区');
  await page.locator('#districtCode').click();
  const offered = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
  await expect(offered).toHaveCount(1);
  await expect(offered).toHaveText('丰泽区');
  await offered.click();
  await engagement.getByRole('button', { name: '取消' }).click();
  await expect(engagement).toHaveCount(0);

  // 自查情况: on time, late, and the rectification past its deadline flagged
  await openAndMeasure(page, `/console/self-check?year=${year}`, (p) => p.getByTestId('self-check-rows'));
  const rows = page.getByTestId('self-check-rows');
  await expect(rows.getByRole('row', { name: new RegExp(onTime) })).toContainText('已按期提交');
  await expect(rows.getByRole('row', { name: new RegExp(answering) })).toContainText('逾期提交');
  await expect(page.getByTestId('self-check-rows')).not.toContainText(huian);
  await expect(page.getByRole('alert')).toContainText('项整改已过期限仍未完成');
  const overdue = page.getByTestId('overdue-rectifications').getByRole('row', { name: new RegExp(answering) });
  await expect(overdue).toContainText('张工');
  await expect(overdue).toContainText('逾期');
  await shot(page, 'console-self-check');
});

test('丰泽区 rates its agencies, publishes the lists and files them with the city', async ({ page }) => {
  const year = env('E2E_COUNTY_YEAR');
  const onTime = env('E2E_COUNTY_ON_TIME');
  const answering = env('E2E_COUNTY_ANSWERING');
  const huian = env('E2E_COUNTY_HUIAN');
  // 泉应急〔2023〕64号 五(二): "评出服务好的机构10-20家，服务差的机构10家……各县（市、区）的评价结果请一并报送市应急局工作专班备案"
  await signIn(page, '/console/', 'quanzhou-fengze-admin');
  await expect(page.getByRole('link', { name: '区县评定' })).toBeVisible();

  // a year without the city's scheme: refused in Chinese, nothing written
  await openAndMeasure(page, '/console/county-ratings?year=2099', (p) => p.getByRole('button', { name: '评定本辖区机构' }));
  await page.getByRole('button', { name: '评定本辖区机构' }).click();
  await expect(page.getByText('2099 年度市局没有启用的考评方案，不能评定')).toBeVisible();
  await expect(page.getByTestId('county-ratings')).toContainText('本年度尚未评定');

  await openAndMeasure(page, `/console/county-ratings?year=${year}`, (p) => p.getByRole('button', { name: '评定本辖区机构' }));
  await page.getByRole('button', { name: '评定本辖区机构' }).click();
  const detail = page.getByTestId('county-rating-detail');
  // 3 registered engineers: 100 优秀; none: 100 − 6 × 3 = 82 良好; 惠安's agency is not 丰泽's
  const best = detail.getByTestId('county-list-best').getByRole('row', { name: new RegExp(onTime) });
  await expect(best.getByRole('cell', { name: '100', exact: true })).toBeVisible();
  await expect(best.getByRole('cell', { name: '优秀', exact: true })).toBeVisible();
  const all = detail.getByTestId('county-entries');
  const poorer = all.getByRole('row', { name: new RegExp(answering) });
  await expect(poorer.getByRole('cell', { name: '82', exact: true })).toBeVisible();
  await expect(poorer.getByRole('cell', { name: '良好', exact: true })).toBeVisible();
  await expect(all).not.toContainText(huian);
  await expect(page.getByTestId('county-ratings')).toContainText('草稿（未公布）');
  await shot(page, 'console-county-rating-draft');

  await page
    .getByRole('button', { name: /^公布并报市局备案/ })
    .first()
    .click();
  await page.getByRole('button', { name: '公布并备案' }).click();
  await expect(page.getByTestId('county-ratings')).toContainText('已公布并报市局备案');
  await shot(page, 'console-county-rating-filed');
});

test('the city sees the rating of 丰泽区 as filed, with its lists', async ({ page }) => {
  const year = env('E2E_COUNTY_YEAR');
  const onTime = env('E2E_COUNTY_ON_TIME');
  await signIn(page, '/console/', 'quanzhou-admin');
  await openAndMeasure(page, `/console/county-ratings?year=${year}`, (p) => p.getByTestId('county-ratings'));
  await expect(page.getByRole('heading', { name: '区县评定备案' })).toBeVisible();
  const filed = page.getByTestId('county-ratings');
  await expect(filed).toContainText('丰泽区');
  await expect(filed).toContainText('已公布并报市局备案');
  await expect(filed).toContainText('quanzhou-fengze-admin');
  await expect(page.getByTestId('county-rating-detail').getByTestId('county-list-best')).toContainText(onTime);
  await expect(page.getByRole('button', { name: '评定本辖区机构' })).toHaveCount(0);
  await shot(page, 'console-county-rating-city');
});

test('anyone reads the lists 丰泽区 published and filed, on the public site', async ({ page }) => {
  // 泉应急〔2023〕64号 五(二): "评出服务好的机构10-20家，服务差的机构10家，8月底前在本局官网……公布评价结果"
  const year = env('E2E_COUNTY_YEAR');
  const onTime = env('E2E_COUNTY_ON_TIME');
  await openAndMeasure(page, `/counties/quanzhou?year=${year}`, (p) => p.getByRole('heading', { name: /区县评定结果/ }));
  const card = page.getByTestId('county-rating-350503');
  await expect(card).toContainText('丰泽区');
  await expect(card).toContainText('服务好的机构');
  const row = card.getByRole('row', { name: new RegExp(onTime) });
  await expect(row.getByRole('cell', { name: '100', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: '优秀', exact: true })).toBeVisible();
  await shot(page, 'public-county-ratings');
  // a year nothing was filed for
  await page.getByLabel('年度').fill('2099');
  await page.getByLabel('年度').press('Enter');
  await expect(page.getByText('本年度没有区县公布的评定结果')).toBeVisible();

  // the address without a year (a link kept from the city's page): the city's newest published year, as its page lists
  // them, not last year's
  await page.goto('/cities/quanzhou');
  const newest = (await page
    .getByRole('link', { name: /^\d{4}年度考评结果公告$/ })
    .first()
    .textContent())!.slice(0, 4);
  await page.goto('/counties/quanzhou');
  await expect(page.getByLabel('年度')).toHaveValue(newest);
});
