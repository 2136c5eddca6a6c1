import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

/** A 1×1 PNG. */
const PNG =
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a8a4e3c50000000049454e44ae426082';

// The console's other pages as a 泉州 bureau admin: a checklist inspection whose violation becomes a finding
// with its rectification (followed on the rectification page), the scheme versions with a version's tree
// and a file's problems by their path, complaints, cases, report search, users and districts.

test('a bureau admin confirms an inspector’s finding, records a checklist inspection and follows its rectification', async ({ page }) => {
  const id = env('E2E_CONSOLE_FINDING_AGENCY_ID');
  const year = env('E2E_CONSOLE_FINDING_YEAR');
  await signIn(page, '/console/', 'quanzhou-admin');

  // the inspector's draft (seeded) is confirmed by a second person
  await openAndMeasure(page, `/console/agencies/${id}?year=${year}`, (p) => p.getByTestId('agency-registration'));
  const draft = page.getByRole('table', { name: '检查发现' }).getByRole('row').filter({ hasText: '未制定年度培训计划' });
  await expect(draft).toContainText('待确认');
  await draft.getByRole('button', { name: '确认检查发现 13.1' }).click();
  await expect(draft).toContainText('已确认');

  // a photo attached to the finding: its type detected from the bytes, listed with the finding's history
  await draft.getByRole('button', { name: '证据材料 13.1' }).click();
  const drawer = page.getByRole('dialog');
  await drawer
    .getByTestId('attachments-finding')
    .locator('input[type=file]')
    .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'hex') });
  await expect(drawer.getByTestId('attachments-finding')).toContainText('现场照片.png');
  await expect(drawer.getByTestId('attachments-finding')).toContainText('PNG 图片');
  await expect(drawer.getByTestId('finding-history')).toContainText('添加附件');
  // a file whose bytes are no picture or document is refused in Chinese, whatever its name
  await drawer
    .getByTestId('attachments-finding')
    .locator('input[type=file]')
    .setInputFiles({ name: '假照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ this is not a photo') });
  await expect(drawer.getByRole('alert')).toContainText('只能上传 PDF、Word 文档或 JPEG、PNG 图片');
  await shot(page, 'console-finding-evidence');
  await drawer
    .getByRole('button', { name: 'Close' })
    .or(drawer.getByRole('button', { name: '关闭' }))
    .first()
    .click();

  await openAndMeasure(page, `/console/agencies/${id}/inspections/new?year=${year}`, (p) => p.getByLabel('检查日期'));
  await page.getByLabel('检查日期').fill(`${year}-07-01`);
  const question = (n: string) => page.locator('.ant-card').filter({ hasText: new RegExp(`^${n.replace('.', '\\.')}\\. `) });
  // 泉州 附件2: a "是" to 1–4 is a violation, a "否" to 6; 5 is not scored
  await question('1').getByText('是', { exact: true }).click();
  for (const n of ['2', '3', '4']) await question(n).getByText('否', { exact: true }).click();
  for (const n of ['5', '6']) await question(n).getByText('是', { exact: true }).click();
  // the violation asks for its rectification: missing, it is refused next to the fields
  await page.getByRole('button', { name: '保存检查结果' }).click();
  await expect(question('1').locator('.ant-form-item-explain-error').first()).toBeVisible();
  await shot(page, 'console-inspection-error');
  await question('1').getByLabel('整改措施').fill('完善培训管理制度，补足专职教师');
  await question('1').getByLabel('整改期限').fill(`${year}-09-30`);
  await question('1').getByLabel('整改责任人').fill('王经理');
  await page.getByRole('button', { name: '保存检查结果' }).click();
  await expect(page.getByText('已保存，1 项违规记为待确认的检查发现（含整改要求）')).toBeVisible();
  await shot(page, 'console-inspection');

  await openAndMeasure(page, `/console/rectifications?year=${year}&agency=${id}`, (p) =>
    p.getByRole('table', { name: '整改跟踪' }).getByRole('row').filter({ hasText: '安全培训机构专项整治工作检查表 第1项' }),
  );
  const rectification = page
    .getByRole('table', { name: '整改跟踪' })
    .getByRole('row')
    .filter({ hasText: '安全培训机构专项整治工作检查表 第1项' });
  await expect(rectification).toContainText('整改中');
  // the row names its agency, and the checklist rule by its question, not its code
  await expect(rectification).toContainText(env('E2E_CONSOLE_FINDING_AGENCY'));
  await expect(rectification).not.toContainText('checklist:');
  await shot(page, 'console-rectifications');
});

test('a bureau admin reads the scheme, checks a broken file, and opens the other pages', async ({ page }) => {
  // eight pages in one test: on a machine shared by several builds one page took up to 6 s
  test.setTimeout(120_000);
  await signIn(page, '/console/', 'quanzhou-admin');

  await openAndMeasure(page, '/console/schemes', (p) => p.getByRole('table', { name: '方案版本' }).getByRole('row').nth(1));
  await page.getByRole('button', { name: '查看方案 2023.1' }).click();
  await expect(page.getByTestId('scheme-tree')).toContainText('诚信考评项目（第1–20项）');
  await page.getByLabel('方案内容').fill('tenant: quanzhou\nyear: 2023\nversion: "2023.9"\ntitle: 缺少评分项的方案\n');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await expect(page.getByRole('table', { name: '方案问题' }).getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'console-schemes');
  // what-if: the year's recorded facts of every agency under two versions, side by side
  await page.getByRole('button', { name: '对比', exact: true }).click();
  await expect(page.getByTestId('scheme-comparison')).toContainText(/\d+ 家可比较/, { timeout: 30_000 });
  await shot(page, 'console-scheme-comparison');

  await openAndMeasure(page, '/console/complaints', (p) => p.getByRole('table', { name: '投诉列表' }));
  await shot(page, 'console-complaints');
  await openAndMeasure(page, '/console/cases', (p) => p.getByRole('table', { name: '案件列表' }));
  await shot(page, 'console-cases');
  await openAndMeasure(page, '/console/reports', (p) => p.getByRole('table', { name: '报告' }));
  await shot(page, 'console-reports');
  await openAndMeasure(page, '/console/users', (p) =>
    p.getByRole('table', { name: '用户' }).getByRole('row').filter({ hasText: 'quanzhou-inspector' }),
  );
  await page.getByRole('button', { name: '邀请', exact: true }).click();
  await expect(page.getByText('请填写用户名')).toBeVisible();
  await shot(page, 'console-users');
  await openAndMeasure(page, '/console/districts', (p) => p.getByRole('table', { name: '区县' }));
  await shot(page, 'console-districts');
});

test('the findings tables fit a 1366 px screen: no sideways scrolling, the key columns in view', async ({ page }) => {
  const id = env('E2E_CONSOLE_FINDING_AGENCY_ID');
  const year = env('E2E_CONSOLE_FINDING_YEAR');
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, '/console/', 'quanzhou-admin');
  const fits = async (table: string, columns: string[]) => {
    const t = page.getByRole('table', { name: table });
    await expect(t.getByRole('row').nth(1)).toBeVisible();
    // neither the page nor the table's own box scrolls sideways
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const content = page.locator('.ant-table-content, .ant-table-body', { has: t }).first();
    if (await content.count()) expect(await content.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    for (const column of columns) {
      const box = await t.getByRole('columnheader', { name: column, exact: true }).boundingBox();
      expect(box, column).not.toBeNull();
      expect(box!.x + box!.width, `${column} within the screen`).toBeLessThanOrEqual(1366);
      expect(box!.width, `${column} wide enough to read`).toBeGreaterThanOrEqual(56);
    }
  };
  await openAndMeasure(page, `/console/rectifications?year=${year}`, (p) =>
    p.getByRole('table', { name: '整改跟踪' }).getByRole('row').nth(1),
  );
  await fits('整改跟踪', ['机构', '规则', '事实', '整改状态', '操作']);
  await shot(page, 'console-rectifications-1366');
  await openAndMeasure(page, `/console/agencies/${id}?year=${year}`, (p) => p.getByTestId('agency-registration'));
  await fits('检查发现', ['规则', '事实', '状态', '整改', '操作']);
  await shot(page, 'console-agency-findings-1366');
});
