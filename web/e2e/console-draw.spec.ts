import { expect, test } from '@playwright/test';
import { openAndMeasure, shot, signIn } from './support';

// 双随机一公开 as a 泉州 bureau admin: a draw of agencies is committed (the seed shown once), a wrong seed is
// refused next to its field, the kept seed draws, and the public site shows the commitment, the seed and the
// result; the inspector roster takes an inspector. A draw over an empty list is refused and recorded nowhere.

test('a bureau admin commits a draw, reveals it with the kept seed and the public sees it', async ({ page }) => {
  const year = new Date().getFullYear() - 1;
  const title = `e2e双随机检查对象${Date.now()}`;
  await signIn(page, '/console/', 'quanzhou-admin');

  await openAndMeasure(page, `/console/inspectors`, (p) => p.getByRole('table', { name: '检查人员名录' }));
  const form = page.getByRole('form', { name: '添加检查人员' });
  await form.getByRole('button', { name: '添加检查人员' }).click();
  await expect(form.getByText('请填写检查人员姓名')).toBeVisible();
  await form.getByLabel('姓名').fill('e2e检查员');
  await form.getByLabel('所在单位').fill('泉州市应急管理局');
  await form.getByRole('button', { name: '添加检查人员' }).click();
  await expect(page.getByRole('table', { name: '检查人员名录' })).toContainText('e2e检查员');

  // a draw over an empty list: next year's reports (a report's date is never in the future, so there are none);
  // refused next to 抽取对象 in Chinese, no seed given, and no draw recorded in the list
  const next = year + 2;
  const empty = `e2e空名单抽取${Date.now()}`;
  await openAndMeasure(page, `/console/draws?year=${next}`, (p) => p.getByRole('table', { name: '抽取记录' }));
  const refused = page.getByRole('form', { name: '发起抽取' });
  await expect(async () => {
    await page.locator('#kind').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '技术服务报告' })
      .click({ timeout: 2_000 });
    await expect(refused.locator('.ant-select', { has: page.locator('#kind') })).toContainText('技术服务报告', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await refused.getByLabel('抽取事项').fill(empty);
  await refused.getByLabel('数量或比例').fill('1');
  await refused.getByRole('button', { name: '冻结名单并公布承诺值' }).click();
  await expect(refused.getByText('抽取名单为空：没有符合条件的技术服务报告，不能抽取')).toBeVisible();
  await expect(page.getByRole('dialog', { name: '请保存随机种子' })).toHaveCount(0);
  await shot(page, 'console-draw-empty');
  await page.reload();
  await expect(page.getByRole('table', { name: '抽取记录' })).toBeVisible();
  await expect(page.getByRole('table', { name: '抽取记录' })).not.toContainText(empty);

  await openAndMeasure(page, `/console/draws?year=${year}`, (p) => p.getByRole('table', { name: '抽取记录' }));
  const commit = page.getByRole('form', { name: '发起抽取' });
  await commit.getByLabel('抽取事项').fill(title);
  await commit.getByLabel('数量或比例').fill('1');
  await commit.getByRole('button', { name: '冻结名单并公布承诺值' }).click();
  const dialog = page.getByRole('dialog', { name: '请保存随机种子' });
  const seed = (await dialog.getByLabel('随机种子').textContent()) ?? '';
  expect(seed).toMatch(/^[0-9a-f]{64}$/);
  await shot(page, 'console-draw-seed');
  await dialog.getByRole('button', { name: '我已保存' }).click();

  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('已公布承诺值，待抽取')).toBeVisible();
  const reveal = page.getByRole('form', { name: '输入种子抽取' });
  const wrong = seed.slice(0, 63) + (seed.endsWith('0') ? '1' : '0');
  await reveal.getByLabel('随机种子').fill(wrong);
  await reveal.getByRole('button', { name: '抽取并公开' }).click();
  await expect(reveal.getByText('随机种子与抽取前公布的承诺值不符')).toBeVisible();
  await reveal.getByLabel('随机种子').fill(seed);
  await reveal.getByRole('button', { name: '抽取并公开' }).click();
  await expect(page.getByRole('table', { name: '抽取结果' }).getByRole('row')).toHaveCount(2);
  await shot(page, 'console-draw-revealed');
  const drawUrl = page.url();
  const id = drawUrl.split('/').pop() ?? '';

  await openAndMeasure(page, `/draws/quanzhou/${id}`, (p) => p.getByRole('table', { name: '抽取结果' }));
  await expect(page.getByText(seed, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '下载名单文件' })).toHaveAttribute('href', `/draws/${id}/candidates.txt`);
  await shot(page, 'public-draw');
  await openAndMeasure(page, `/draws/quanzhou`, (p) => p.getByRole('table', { name: '抽取公示' }));
  await expect(page.getByRole('table', { name: '抽取公示' })).toContainText(title);
});
