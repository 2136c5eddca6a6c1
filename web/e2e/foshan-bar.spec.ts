import { expect, test, type Page } from '@playwright/test';
import { pickAgency, pickOption } from './journey';
import { env, openAndMeasure, shot, signIn } from './support';

// 佛山 四（二）"被评定的标杆机构有效期为1年，评定年度内发现违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位"
// (ConsequencesE2eRows: two 标杆机构 published on 25 October of a year of their own). The clerk records a 立案处罚 after
// the publication on the sanctions page (a 不良信息 is a finding under 佛山's 9.1, not a sanction); the reviews page
// proposes revoking the title (and, for a 约谈 of the other agency, a proposal the clerk dismisses with a reason);
// confirming it queues the adjustment announcement and records the one-year bar (E3, the next year) by itself. The
// public announcement that supersedes the first shows the agency without the 标杆 title, the other still with it.

const BENCHMARK = '佛山市安全生产技术服务标杆机构';

async function recordSanction(page: Page, year: number, agency: string, type: string, reason: string) {
  await pickAgency(page, 'sanction_agencyId', agency);
  await pickOption(page, 'sanction_type', type);
  await pickOption(page, 'sanction_level', '市级');
  await page.locator('#sanction_decidedOn').fill(`${year}-11-10`);
  await page.locator('#sanction_issuer').fill('佛山市应急管理局');
  await page.locator('#sanction_reason').fill(reason);
  await page.getByRole('button', { name: '记录处罚' }).click();
  await expect(page.getByRole('table', { name: '处罚' }).getByRole('row').filter({ hasText: agency })).toContainText(type);
}

test('a confirmed revocation from a recorded sanction bars the agency for a year and takes its 标杆 title', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const year = Number(env('E2E_FOSHAN_BAR_YEAR'));
  const revoked = env('E2E_FOSHAN_REVOKED');
  const kept = env('E2E_FOSHAN_KEPT');

  await signIn(page, '/console/', 'foshan-admin');
  await openAndMeasure(page, `/console/sanctions?year=${year}`, (p) => p.getByRole('table', { name: '处罚' }));
  await recordSanction(page, year, revoked, '立案处罚', '出具虚假安全评价报告');
  await recordSanction(page, year, kept, '约谈', '报告审核流于形式');

  await openAndMeasure(page, `/console/reviews?year=${year}`, (p) => p.getByRole('table', { name: '降级建议' }));
  const proposal = page.getByRole('table', { name: '降级建议' }).getByRole('row').filter({ hasText: revoked });
  await expect(proposal).toContainText(`取消${BENCHMARK}称号`);
  await expect(proposal).toContainText('出具虚假安全评价报告');
  // the other agency's 约谈 is not held to be a 违法违规行为: dismissed, refused first without a reason
  const other = page.getByRole('table', { name: '降级建议' }).getByRole('row').filter({ hasText: kept });
  await other.getByRole('button', { name: '不予降级' }).click();
  const dialog = page.getByRole('dialog', { name: '不予降级' });
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toContainText('请填写不予降级的理由（2–500 字）');
  await dialog.getByLabel('不予降级的理由').fill('约谈系提醒谈话，未发现违法违规行为');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(other).toHaveCount(0);
  await proposal.getByRole('button', { name: '确认降级' }).click();
  const confirmed = page.getByTestId('downgrade-confirmed');
  await expect(confirmed).toContainText(`${year + 1}年度不参与考评（E3）`);
  const announcement = (await confirmed.textContent())?.match(/公布编号 (\d+)/)?.[1];
  expect(announcement, 'the adjustment announcement number').toBeTruthy();
  await expect(proposal).toHaveCount(0);
  const bar = page
    .getByTestId('rating-bars')
    .getByRole('row', { name: new RegExp(revoked) })
    .first();
  await expect(bar).toContainText(`${year + 1}`);
  await expect(bar).toContainText('一年内不再作为标杆机构候选单位');
  await shot(page, 'console-foshan-bar');

  // the adjustment announcement, once the publication job has published it
  const visitor = await browser.newPage();
  await expect(async () => {
    await visitor.goto(`/announcements/view/${announcement}`);
    await expect(visitor.getByRole('table', { name: '公布名单' })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  const table = visitor.getByRole('table', { name: '公布名单' });
  const revokedRow = table.getByRole('row').filter({ hasText: revoked });
  await expect(revokedRow).toContainText(`取消${BENCHMARK}称号`);
  await expect(revokedRow.locator('.ui-tag')).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: kept }).locator('.ui-tag')).toHaveText(BENCHMARK);
  await shot(visitor, 'public-foshan-revoked');
});

// 佛山 第9项 "检查发现符合办法规定，为其记录“不良信息”的。不良信息一次扣10分": a 不良信息 is recorded as a confirmed finding under
// 9.1, never as a sanction (ConsequencesE2eRows: a 标杆机构 published on 25 October 2026, its 9.1 finding observed on
// 10 November 2026). The reviews page proposes revoking the title from that finding, naming the rule; the clerk
// confirms it, and the one-year bar (E3, the next year) follows as it does for a sanction.
test('a confirmed 不良信息 finding (9.1) proposes revoking the 标杆 title, confirmed in the page', async ({ page }) => {
  test.setTimeout(90_000);
  const year = Number(env('E2E_FOSHAN_FINDING_YEAR'));
  const agency = env('E2E_FOSHAN_FINDING_AGENCY');
  const evidence = env('E2E_FOSHAN_FINDING_EVIDENCE');

  await signIn(page, '/console/', 'foshan-admin');
  await openAndMeasure(page, `/console/reviews?year=${year}`, (p) => p.getByRole('table', { name: '降级建议' }));
  const proposal = page.getByRole('table', { name: '降级建议' }).getByRole('row').filter({ hasText: agency });
  await expect(proposal).toContainText('检查发现不良信息');
  await expect(proposal).toContainText('9.1 不良信息一次扣10分');
  await expect(proposal).toContainText(evidence);
  await expect(proposal).toContainText(`取消${BENCHMARK}称号`);
  await proposal.getByRole('button', { name: '确认降级' }).click();
  const confirmed = page.getByTestId('downgrade-confirmed');
  await expect(confirmed).toContainText(`${year + 1}年度不参与考评（E3）`);
  await expect(confirmed).toContainText(/公布编号 \d+/);
  await expect(proposal).toHaveCount(0);
  const bar = page
    .getByTestId('rating-bars')
    .getByRole('row', { name: new RegExp(agency) })
    .first();
  await expect(bar).toContainText(`${year + 1}`);
  await expect(bar).toContainText('一年内不再作为标杆机构候选单位');
  await expect(bar).toContainText(/因检查发现（第 \d+ 号）撤销称号/);
  await shot(page, 'console-foshan-finding-revocation');
});
