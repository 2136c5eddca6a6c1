import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// The agency portal as the 苏州 demo agency account sees it (PortalE2eRows in platform-api seeds the
// agency, its staff, engagements, satisfaction forms and three findings of a year of its own (E2E_PORTAL_YEAR),
// one with an open rectification). Expected values are worked out by hand from suzhou-2023.yaml (see
// PortalE2eRows).

test('an agency user sees its record, its findings with evidence and history, answers a rectification and sees its preview', async ({
  page,
}) => {
  const agency = env('E2E_PORTAL_AGENCY');
  const evidence = env('E2E_PORTAL_FINDING_EVIDENCE');
  const findingId = env('E2E_PORTAL_FINDING_ID');
  const year = env('E2E_PORTAL_YEAR');
  await signIn(page, '/portal/', env('E2E_PORTAL_USER'));

  // 本机构: registration, districts, staff with certificates, engagements, history
  await openAndMeasure(page, '/portal/', (p) => p.getByTestId('agency-record'));
  const record = page.getByTestId('agency-record');
  await expect(record).toContainText(agency);
  await expect(record).toContainText('260');
  await expect(record).toContainText('姑苏区');
  await expect(record).toContainText('安全生产技术服务（咨询）');
  await expect(page.getByText('技术人员（5 人）')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(env('E2E_PORTAL_STAFF')) })).toContainText('注册安全工程师');
  await expect(page.getByRole('row', { name: new RegExp(env('E2E_PORTAL_ENTERPRISE')) })).toContainText(`${year}年3月1日`);
  await expect(page.getByText('服务项目（3 项）')).toBeVisible();
  await shot(page, 'portal-record');

  // 问题: the year's three findings; the status filter keeps the draft only
  await openAndMeasure(page, `/portal/findings?year=${year}`, (p) => p.getByRole('link', { name: evidence }));
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(3);
  await expect(page.getByRole('row', { name: new RegExp('待整改') })).toContainText('3.1');
  await shot(page, 'portal-findings');
  await page.goto(`/portal/findings?year=${year}&status=draft`);
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.locator('tbody tr.ant-table-row')).toContainText('安全警示标志设置不规范');
  await expect(page.locator('tbody tr.ant-table-row')).toContainText('待确认');

  // a finding: evidence, rectification, history
  await openAndMeasure(page, `/portal/findings/${findingId}`, (p) => p.getByTestId('finding-evidence'));
  await expect(page.getByTestId('finding-evidence')).toContainText(evidence);
  const rectification = page.getByTestId('rectification');
  await expect(rectification).toContainText('补齐考核培训和服务回访记录，建立月度自查制度');
  await expect(rectification).toContainText('周文博');
  await expect(rectification).toContainText(`${year}年8月31日`);
  await expect(rectification).toContainText('待整改');
  const history = page.getByTestId('finding-history');
  await expect(history).toContainText('记录 · suzhou-inspector');
  await expect(history).toContainText('确认 · suzhou-admin');
  await expect(history).toContainText('理由：复核属实');
  await expect(history).toContainText('下达整改');

  // answering with nothing written: the API's Chinese error next to the field, nothing saved
  const answer = page.getByLabel('整改情况', { exact: true });
  await page.getByRole('button', { name: '提交整改情况' }).click();
  await expect(page.locator('#answer_help')).toHaveText('请填写整改情况');
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(rectification).toContainText('待整改');
  await shot(page, 'portal-finding-error');

  // then a real answer, submitted with the keyboard
  await answer.fill('已补齐2023年度考核培训记录12份、服务回访记录30份，并建立月度自查制度。');
  await answer.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('整改情况已提交');
  await expect(rectification).toContainText('已提交');
  await expect(rectification).toContainText('已补齐2023年度考核培训记录12份');
  await expect(history).toContainText('机构提交整改情况 · suzhou-agency');
  await shot(page, 'portal-finding');

  // 预评分: 基础管理 20 − 1 (3.1 ×2) − 1 (4.3) = 18, 服务质量 60, 诚信 10, 满意度 (9 + 8 + 10)/3 = 9 → 97; 20.1
  // 按业务量进行排名: the year's only rated agency → 第1-2名加5分 → 102 五星, computed against the year's agencies
  // as recorded now, which the page says
  await openAndMeasure(page, `/portal/preview?year=${year}`, (p) => p.getByTestId('preview-total'));
  await expect(page.getByTestId('preview-total')).toContainText(/102(\.0+)?$/);
  await expect(page.getByTestId('preview-grade')).toContainText('五星');
  await expect(page.getByText(/排名加分按本市 \d+ 年度当前 1 家参评机构/)).toBeVisible();
  const internal = page.getByRole('row', { name: /内控管理/ });
  await expect(internal).toContainText('3.1');
  await expect(internal).toContainText('×2');
  await expect(internal).toContainText('-1');
  await expect(page.getByRole('row', { name: /合同管理/ })).toContainText('4.3');
  await expect(page.getByRole('row', { name: /满意度测评/ })).toContainText(/\b9(\.0+)?\b/);
  await shot(page, 'portal-preview');

  // 考评结果: the published result naming the agency and the rating result of the run on notice
  await openAndMeasure(page, `/portal/results?year=${year}`, (p) => p.getByTestId('publication'));
  const publication = page.getByTestId('publication');
  await expect(publication).toContainText('96.5');
  await expect(publication).toContainText('五星机构');
  await expect(publication).toContainText('第 1 名');
  await expect(page.getByTestId('rating-result').first()).toContainText('102');
  await shot(page, 'portal-results');

  // 自查: no self-inspection of this agency yet
  await openAndMeasure(page, '/portal/self-inspections', (p) => p.getByText('没有符合条件的问题'));
  await shot(page, 'portal-self-inspections');
});
