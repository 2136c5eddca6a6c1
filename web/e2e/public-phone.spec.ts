import { expect, test, type Page } from '@playwright/test';
import { env, shot } from './support';

// A citizen on a phone (375 px wide): every public page fits the screen's width (nothing to scroll sideways but a
// wide table inside its own box) and every link of the navigation is on the screen, not hidden off the header's side.

test.use({ viewport: { width: 375, height: 740 } });

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['首页', '结果查询', '投诉', '投诉进度', '异议进度']) {
    const link = nav.getByRole('link', { name, exact: true });
    await expect(link).toBeInViewport({ ratio: 1 });
  }
}

test('the public pages fit a phone, with the whole navigation on the screen', async ({ page }) => {
  const tenant = env('E2E_TENANT');
  const year = env('E2E_YEAR');
  const agency = env('E2E_AGENCY_A');
  const pages: [string, (p: Page) => ReturnType<Page['getByRole']>][] = [
    ['/', (p) => p.getByRole('heading', { name: '各市考评结果' })],
    [`/search?q=${encodeURIComponent(agency)}`, (p) => p.getByText(/共找到 \d+ 条公布结果/)],
    [`/cities/${tenant}`, (p) => p.getByRole('heading', { level: 2 })],
    [`/notices/${tenant}/${year}`, (p) => p.getByRole('table', { name: '公示名单' })],
    ['/complaints/new?city=quanzhou', (p) => p.getByRole('heading', { name: '投诉安全生产技术服务机构' })],
    ['/complaints/track', (p) => p.getByRole('heading', { name: '查询投诉处理进度' })],
  ];
  for (const [path, ready] of pages) {
    await page.goto(path);
    await expect(ready(page).first()).toBeVisible();
    await fitsThePhone(page);
    if (path.startsWith('/notices/')) {
      // the list keeps the agency's name readable (on a line or two), scrolling sideways in its own box if need be
      const name = page.getByRole('table', { name: '公示名单' }).getByRole('cell', { name: agency, exact: true });
      expect((await name.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    }
    await shot(page, `public-phone-${path.split(/[/?]/)[1] || 'home'}`);
  }
});
