import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

// 临沂's two lists kept for the bureau (ConsequencesE2eRows: a year of its own, four agencies as the publication job
// leaves them). 四（三）"最终评定为一般等级以上的……名单……予以公布": only 良好 85.00 and 一般 70.00 are announced. 五、结果运用
// "对评估 70 分以下……约谈主要负责人，予以警告并责令限期停业整改": 69.99 is on the 约谈 list (70.00 is not, nor the 差 88.00 of a
// veto). 六（三）"分类等级评定差的的机构不得开展行政许可……": both 差 agencies are on the bar list. The bureau reads both lists in
// the console after the publication; the public site shows neither list nor either 差 agency.

const INTERVIEW = '70分以下约谈整改机构（不公布）';
const RESTRICTED = /^分类等级评定为差的机构/;

test('the bureau reads its 约谈 and 差 lists in the console, and the public site shows neither', async ({ page, browser }) => {
  const year = env('E2E_LINYI_LISTS_YEAR');
  const publication = env('E2E_LINYI_LISTS_PUBLICATION');
  const good = env('E2E_LINYI_GOOD');
  const general = env('E2E_LINYI_GENERAL');
  const below = env('E2E_LINYI_BELOW');
  const vetoed = env('E2E_LINYI_VETOED');

  await signIn(page, '/console/', 'linyi-admin');
  await openAndMeasure(page, `/console/notice?year=${year}`, (p) => p.getByRole('table', { name: '公布记录' }));
  const row = page
    .getByRole('table', { name: '公布记录' })
    .getByRole('row')
    .filter({ has: page.locator(`a[href="/announcements/view/${publication}"]`) });
  await row.getByRole('button', { name: '查看名单' }).click();
  const lists = page.getByTestId('publication-lists');

  const interview = lists.locator('.ant-card').filter({ hasText: INTERVIEW });
  await expect(interview).toContainText('仅本局掌握，不对外公布');
  await expect(interview).toContainText('约谈主要负责人，予以警告并责令限期停业整改');
  const interviewTable = interview.getByRole('table');
  await expect(interviewTable.getByRole('row').filter({ hasText: below })).toContainText('69.99');
  await expect(interviewTable).not.toContainText(general);
  await expect(interviewTable).not.toContainText(vetoed);

  const restricted = lists.locator('.ant-card').filter({ has: page.getByText(RESTRICTED) });
  await expect(restricted).toContainText('仅本局掌握，不对外公布');
  await expect(restricted).toContainText('不得开展行政许可、三同时审查、标准化评审');
  const restrictedTable = restricted.getByRole('table');
  await expect(restrictedTable.getByRole('row').filter({ hasText: below })).toContainText('差');
  await expect(restrictedTable.getByRole('row').filter({ hasText: vetoed })).toContainText('88');
  await expect(restrictedTable).not.toContainText(good);
  await expect(restrictedTable).not.toContainText(general);

  const announced = lists.locator('.ant-card').filter({ hasText: '一般等级以上的安全生产技术服务机构名单' });
  await expect(announced).toContainText('公开');
  await expect(announced.getByRole('table')).toContainText(good);
  await expect(announced.getByRole('table')).toContainText(general);
  await expect(announced.getByRole('table')).not.toContainText(below);
  await shot(page, 'console-linyi-lists');

  // the public site: the announcement names the two announced agencies, neither 差 one, and neither kept list
  const visitor = await browser.newPage();
  await openAndMeasure(visitor, `/announcements/view/${publication}`, (p) => p.getByRole('table', { name: '公布名单' }));
  const table = visitor.getByRole('table', { name: '公布名单' });
  await expect(table).toContainText(good);
  await expect(table).toContainText(general);
  await expect(table).not.toContainText(below);
  await expect(table).not.toContainText(vetoed);
  await expect(visitor.locator('body')).not.toContainText('约谈整改');
  await expect(visitor.locator('body')).not.toContainText('分类等级评定为差的机构');
  await shot(visitor, 'public-linyi-announcement');
});
