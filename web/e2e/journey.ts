import { expect, type Browser, type Page } from '@playwright/test';
import { env, openAndMeasure, shot, signIn } from './support';

/**
 * The steps of a city's year in the pages (journey-*.spec.ts): onboarding by the platform admin, first
 * sign-ins with a temporary password (Keycloak's password page, in Chinese), districts, calendar, users,
 * agencies by sheet, findings with a photo, rating, notice, an objection from the public, publication and
 * the public's search. No step calls the API itself: only the test's clock (E2E_CLOCK_URL, WebE2EIT) lets
 * a notice period pass.
 */

/** A 1×1 PNG: a site photo. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a8a4e3c50000000049454e44ae426082',
  'hex',
);

export interface City {
  /** the tenant id the platform admin gives, e.g. qz-abc12 */
  id: string;
  /** 泉州市应急管理局 (e2e …) */
  name: string;
  template: string;
  year: number;
  admin: string;
  inspector: string;
}

export function city(prefix: string, name: string, template: string): City {
  const mark = env('E2E_JOURNEY_MARK');
  const id = `${prefix}-${mark}`;
  return {
    id,
    name: `${name}（演练${mark}）`,
    template,
    year: Number(env('E2E_JOURNEY_YEAR')),
    admin: `${id}-admin`,
    inspector: `${id}-inspector`,
  };
}

/** A browser of another person (the inspector, the public), with the tests' address, language and zone. */
export async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 860 },
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

/** Each new user's password after the first sign-in. */
export const NEW_PASSWORD = 'Journey-2025!';
const TEMPORARY = 'Temporary-1';

/** An Ant Design select: open it, type to narrow, click the option; retried while the dropdown animates. */
export async function pickOption(page: Page, field: string, option: string, search = false) {
  const select = page.locator('.ant-select', { has: page.locator(`#${field}`) });
  await expect(async () => {
    await page.locator(`#${field}`).click();
    if (search) await page.locator(`#${field}`).fill(option);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 2_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

export async function pickAgency(page: Page, field: string, name: string) {
  await page.locator(`#${field}`).click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-item-option', { hasText: name }).first().click();
}

/**
 * Keycloak's account console, in Chinese, showing the signed-in user's own data (the personal-info form filled
 * from the account API). The realm carries Keycloak's `account` and `account-console` clients whole with their
 * default client scopes: without them the import left the console's token without account roles and the API
 * answered 403 (infra/keycloak/README.md).
 */
export async function openAccountPage(page: Page, username: string): Promise<void> {
  await page.goto(`${env('KEYCLOAK_URL')}/realms/saferank/account`);
  const body = page.locator('body');
  await expect(page.getByLabel('用户名').first()).toHaveValue(username, { timeout: 30_000 });
  await expect(body).not.toContainText(/发生错误|Personal info|Account security|Sign out|Something went wrong|Try again|Email/);
}

/** The platform admin onboards the city from a seed city's scheme; a bad id is refused next to its field first. */
export async function onboard(page: Page, c: City, label: string): Promise<void> {
  await signIn(page, '/console/', 'platform-admin');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByText('城市开通')).toBeVisible();
  // the platform admin sees no city's pages
  await expect(nav.getByText('机构管理', { exact: true })).toHaveCount(0);
  await openAndMeasure(page, '/console/tenants', (p) => p.getByRole('table', { name: '已开通城市' }));
  await page.getByLabel('城市标识').fill('Bad Id');
  await page.getByLabel('应急管理局名称').fill(c.name);
  await pickOption(page, 'template', label);
  await page.getByLabel('首个考评年度').fill(String(c.year));
  await page.getByLabel('用户名').fill(c.admin);
  await page.getByLabel('邮箱').fill(`${c.admin}@e2e.saferank.invalid`);
  await page.getByLabel('姓', { exact: true }).fill('陈');
  await page.getByLabel('名', { exact: true }).fill('管理员');
  await page.getByLabel('临时密码').fill(TEMPORARY);
  await page.getByRole('button', { name: '开通', exact: true }).click();
  await expect(page.locator('.ant-form-item', { has: page.getByLabel('城市标识') }).locator('.ant-form-item-explain-error')).toContainText(
    '城市标识须为',
  );
  await page.getByLabel('城市标识').fill(c.id);
  // the refusal clears once the field is changed; then the city is onboarded (an organization, its groups and the
  // first admin in Keycloak: slow on a loaded machine)
  await expect(page.locator('.ant-form-item', { has: page.getByLabel('城市标识') }).locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.getByRole('button', { name: '开通', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`已开通 ${c.name}`, { timeout: 60_000 });
  await expect(page.getByRole('table', { name: '已开通城市' })).toContainText(c.id);
  await shot(page, `journey-${c.id.split('-')[0]}-onboarded`);
  await page.getByRole('button', { name: '退出登录' }).click();
  // signed out of Keycloak too, and back on the console's sign-in card
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 30_000 });
}

/**
 * A user's first sign-in: the temporary password, then Keycloak's own page to set a new one (in Chinese,
 * the realm's locale), then the app.
 */
export async function signInFirstTime(page: Page, appPath: string, username: string, shotName?: string): Promise<void> {
  await page.goto(appPath);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('#username').fill(username);
  const passwordField = page.locator('#password');
  if (!(await passwordField.isVisible())) await page.locator('#kc-login').click();
  await passwordField.fill(TEMPORARY);
  await page.locator('#kc-login').click();
  await page.locator('#password-new').waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(page.locator('body')).toContainText('密码');
  await expect(page.locator('body')).not.toContainText(/Update password|New Password|Confirm password/i);
  if (shotName) await shot(page, shotName);
  await page.locator('#password-new').fill(NEW_PASSWORD);
  await page.locator('#password-confirm').fill(NEW_PASSWORD);
  await page.locator('#password-new').press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith(appPath) && !url.pathname.includes('/auth/callback'));
  await expect(page.getByTestId('signed-in-user')).toHaveText(username);
}

/** The bureau admin's set-up: districts, the calendar (notice of 5 working days), an inspector invited. */
export async function setUp(page: Page, c: City, districts: [string, string][], calendar: { selfCheck: [string, string] }) {
  await openAndMeasure(page, '/console/districts', (p) => p.getByRole('table', { name: '区县' }));
  for (const [code, name] of districts) {
    await page.getByLabel('代码').fill(code);
    await page.getByLabel('名称').fill(name);
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await expect(page.getByRole('table', { name: '区县' })).toContainText(name);
  }
  await openAndMeasure(page, `/console/calendar?year=${c.year}`, (p) => p.getByLabel('公示期（工作日）'));
  await page.getByLabel('自查开始').fill(calendar.selfCheck[0]);
  await page.getByLabel('自查结束').fill(calendar.selfCheck[1]);
  await page.getByLabel('公示期（工作日）').fill('5');
  await page.getByLabel('添加节假日').fill(`${c.year}-10-02`);
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await page.getByRole('button', { name: '保存工作日历' }).click();
  await expect(page.getByText('已保存工作日历')).toBeVisible();

  await openAndMeasure(page, '/console/users', (p) => p.getByRole('table', { name: '用户' }).getByRole('row').filter({ hasText: c.admin }));
  await page.getByLabel('用户名').fill(c.inspector);
  await page.getByLabel('邮箱').fill(`${c.inspector}@e2e.saferank.invalid`);
  await page.getByLabel('姓', { exact: true }).fill('李');
  await page.getByLabel('名', { exact: true }).fill('检查员');
  await page.getByLabel('临时密码').fill(TEMPORARY);
  await page.getByRole('button', { name: '邀请', exact: true }).click();
  await expect(page.getByRole('table', { name: '用户' })).toContainText(c.inspector);
}

/** The agency sheet (JourneyE2eRows) uploaded on the import page. */
export async function importAgencies(page: Page, sheet: string, counts: string) {
  await openAndMeasure(page, '/console/import', (p) => p.getByRole('button', { name: '下载模板' }));
  await page.locator('input[type=file]').setInputFiles(sheet);
  await expect(page.getByRole('status')).toContainText(counts, { timeout: 30_000 });
}

/** An agency's record, found by name on the agencies page; returns its path with the year. */
export async function openAgency(page: Page, name: string, year: number): Promise<string> {
  await openAndMeasure(page, '/console/agencies', (p) => p.getByRole('table', { name: '机构列表' }));
  await page.getByLabel('机构名称').fill(name);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByTestId('agency-registration')).toBeVisible();
  const path = `${new URL(page.url()).pathname}?year=${year}`;
  await page.goto(path);
  await expect(page.getByTestId('agency-registration')).toBeVisible();
  return path;
}

/** The inspector records a finding by rule number; a site photo is attached to it. */
export async function recordFindingWithPhoto(page: Page, agencyPath: string, rule: string, facts: string, date: string) {
  await page.goto(agencyPath);
  await page.getByRole('button', { name: '记录检查发现' }).click();
  const picker = page.getByLabel('考评规则（输入条款编号或字词查找）');
  await expect(picker).toBeEnabled();
  await picker.click();
  await picker.fill(rule);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-rule')).toContainText(rule);
  await page.getByLabel('事实描述').fill(facts);
  await page.getByLabel('发现日期').fill(date);
  await page.getByRole('button', { name: '保存为待确认' }).click();
  const row = page.getByRole('table', { name: '检查发现' }).getByRole('row').filter({ hasText: facts });
  await expect(row).toContainText('待确认');
  await row.getByRole('button', { name: `证据材料 ${rule}` }).click();
  const drawer = page.getByRole('dialog');
  await drawer
    .getByTestId('attachments-finding')
    .locator('input[type=file]')
    .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
  await expect(drawer.getByTestId('attachments-finding')).toContainText('现场照片.png');
  await expect(drawer.getByTestId('finding-history')).toContainText('添加附件');
  await page.keyboard.press('Escape');
}

/** A second person (the bureau admin) confirms the inspector's draft. */
export async function confirmFinding(page: Page, agencyPath: string, rule: string, facts: string) {
  await page.goto(agencyPath);
  const row = page.getByRole('table', { name: '检查发现' }).getByRole('row').filter({ hasText: facts });
  await row.getByRole('button', { name: `确认检查发现 ${rule}` }).click();
  await expect(row).toContainText('已确认');
}

/** A sanction and an honour of the year, each with level, cause and date. */
export async function sanctionAndHonour(
  page: Page,
  year: number,
  sanction: { agency: string; type: string; level: string; issuer: string },
  honour: { agency: string; level: string; issuer: string },
) {
  await openAndMeasure(page, `/console/sanctions?year=${year}`, (p) => p.getByRole('table', { name: '处罚' }));
  await pickAgency(page, 'sanction_agencyId', sanction.agency);
  await pickOption(page, 'sanction_type', sanction.type);
  await pickOption(page, 'sanction_level', sanction.level);
  await page.locator('#sanction_decidedOn').fill(`${year}-06-01`);
  await page.locator('#sanction_issuer').fill(sanction.issuer);
  await page.locator('#sanction_reason').fill('报告质量问题');
  await page.getByRole('button', { name: '记录处罚' }).click();
  await expect(page.getByRole('table', { name: '处罚' }).getByRole('row').filter({ hasText: sanction.agency })).toContainText(
    sanction.type,
  );
  await pickAgency(page, 'honour_agencyId', honour.agency);
  await pickOption(page, 'honour_level', honour.level);
  await page.locator('#honour_cause').fill('安全生产先进单位');
  await page.locator('#honour_awardedOn').fill(`${year}-05-20`);
  await page.locator('#honour_issuer').fill(honour.issuer);
  await page.getByRole('button', { name: '记录表彰' }).click();
  await expect(page.getByRole('table', { name: '表彰' }).getByRole('row').filter({ hasText: honour.agency })).toContainText(
    '安全生产先进单位',
  );
}

/** The year's rating, started and watched to completion; returns the run's results path. */
export async function rate(page: Page, year: number): Promise<string> {
  await openAndMeasure(page, `/console/rating?year=${year}`, (p) => p.getByRole('table', { name: '评定批次' }));
  await page.getByLabel('评定原因').fill(`${year}年度评定`);
  await page.getByRole('button', { name: `开始${year}年度评定` }).click();
  const runs = page.getByRole('table', { name: '评定批次' });
  await expect(runs.getByRole('row').nth(1)).toContainText('已完成', { timeout: 90_000 });
  await runs
    .getByRole('link', { name: /查看结果/ })
    .first()
    .click();
  await expect(page.getByRole('table', { name: '评定结果' })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The notice opened from the completed run (from today, China's date). */
export async function openNotice(page: Page, year: number) {
  await openAndMeasure(page, `/console/notice?year=${year}`, (p) => p.getByRole('button', { name: '发起公示' }));
  await page.getByRole('button', { name: '发起公示' }).click();
  await expect(page.getByTestId('notice-card')).toContainText('公示中');
}

/** Anyone objects on the public notice page (no sign-in); returns the tracking code. */
export async function objectInPublic(browser: Browser, c: City, agency: string): Promise<string> {
  const page = await otherBrowser(browser);
  await openAndMeasure(page, `/notices/${c.id}/${c.year}`, (p) => p.getByRole('table', { name: '公示名单' }));
  await expect(page.getByRole('table', { name: '公示名单' })).toContainText(agency);
  await page.getByLabel('异议机构').selectOption({ label: agency });
  await page.getByLabel('异议理由').fill('该机构本年度的一项检查发现已整改完毕，请复核扣分。');
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByText('异议已提交')).toBeVisible();
  const code = (await page.getByTestId('objection-tracking-code').textContent())!.trim();
  await shot(page, `journey-${c.id.split('-')[0]}-objection`);
  await page.context().close();
  return code;
}

/** The bureau accepts the objection: a re-rating of the agency is queued and done. */
export async function acceptObjection(page: Page, year: number, code: string) {
  await page.goto(`/console/notice?year=${year}`);
  const row = page.getByRole('table', { name: '异议' }).getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('处理中');
  await row.getByRole('button', { name: `处理异议 ${code}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('处理意见（告知提出方）')).toBeVisible();
  await dialog.getByText('采纳（重新评定）').click();
  await dialog.getByLabel('处理意见（告知提出方）').fill('经核查，该问题已整改，采纳异议并重新评定');
  await dialog.getByRole('button', { name: '提交处理意见' }).click();
  await expect(row).toContainText('已采纳');
  // the page follows the queued re-rating by itself (no reload): 正在重新评定… until the run has completed
  await expect(row).toContainText('已重新评定', { timeout: 90_000 });
  // the notice follows the completed re-rating within seconds (its follower polls): the card names the new version
  const version = /已重新评定（第(\d+)版）/.exec((await row.textContent()) ?? '')![1];
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('notice-card')).toContainText(`第${version}版评定结果`, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * The notice period passes (the test's clock), the bureau publishes; the Excel list and the printable
 * announcement are downloaded. Returns the public announcement's path.
 */
export async function publish(page: Page, c: City, agency: string): Promise<string> {
  const passed = await fetch(`${env('E2E_CLOCK_URL')}/notice-period-passes?tenant=${c.id}&year=${c.year}`, { method: 'POST' });
  expect(passed.status).toBe(200);
  await openAndMeasure(page, `/console/notice?year=${c.year}`, (p) => p.getByTestId('notice-card'));
  await expect(page.getByTestId('notice-card')).toContainText('公示期已结束');
  await page.getByRole('button', { name: '公布考评结果' }).click();
  const publications = page.getByRole('table', { name: '公布记录' });
  await expect(publications.getByRole('row').nth(1)).toContainText('已公布', { timeout: 60_000 });
  await shot(page, `journey-${c.id.split('-')[0]}-published`);
  const excel = page.waitForEvent('download');
  await publications.getByRole('link', { name: '下载 Excel 名单' }).first().click();
  const xlsx = await excel;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect((await xlsx.path()) ?? '').not.toBe('');
  const print = await publications.getByRole('link', { name: '打印版公告' }).first().getAttribute('href');
  const printable = await page.request.get(print!);
  expect(printable.ok()).toBe(true);
  expect(await printable.text()).toContain(agency);
  return (await publications.getByRole('link', { name: '公示网站公告' }).first().getAttribute('href'))!;
}

/**
 * The end of the year: the rating (every agency in its results), the notice, an objection from the public to
 * `objected` accepted and re-rated, publication. Returns the public announcement's path.
 */
export async function rateToPublication(page: Page, browser: Browser, c: City, agencies: string[], objected: string): Promise<string> {
  await rate(page, c.year);
  const results = page.getByRole('table', { name: '评定结果' });
  for (const name of agencies) await expect(results).toContainText(name);
  await shot(page, `journey-${c.id.split('-')[0]}-results`);
  await openNotice(page, c.year);
  const code = await objectInPublic(browser, c, objected);
  await acceptObjection(page, c.year, code);
  return publish(page, c, agencies[0]);
}

/** The public search page's hits. */
const searchHits = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');

/** The public finds the city on the home page, and the agency by its name typed with one character wrong. */
export async function publicSearch(page: Page, c: City, agency: string, typo: string) {
  // the published entries reach the search index through the outbox: a moment after publishing
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent(typo)}`);
    await expect(searchHits(page).filter({ hasText: agency }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await openAndMeasure(page, `/search?q=${encodeURIComponent(typo)}`, (p) => searchHits(p).filter({ hasText: agency }));
  const hit = searchHits(page).filter({ hasText: agency }).first();
  await expect(hit).toContainText(`${c.year}年度`);
  await shot(page, `journey-${c.id.split('-')[0]}-search`);
  await hit.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(agency);
  await openAndMeasure(page, '/', (p) => p.getByRole('heading', { name: '各市考评结果' }));
  await expect(page.locator('.ui-card').filter({ hasText: c.name }).first()).toBeVisible();
}
