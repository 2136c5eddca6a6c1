import { expect, test } from '@playwright/test';
import { env, openAndMeasure, shot } from './support';

// The published announcements of a city and year, with the printable announcement and the CSV the
// API serves. WebE2EIT seeded a published 泉州 publication with two entries.

test('anyone reads a year’s announcements, the published list, the printable announcement and the CSV', async ({ page }) => {
  const tenant = env('E2E_TENANT');
  const year = env('E2E_YEAR');
  const id = env('E2E_PUBLICATION_ID');
  const first = env('E2E_AGENCY_A');

  await openAndMeasure(page, `/announcements/${tenant}/${year}`, (p) => p.locator(`a[href="/announcements/view/${id}"]`).first());
  await expect(page.getByText(`第${env('E2E_PUBLICATION_SEQ')}号`).first()).toBeVisible();
  await shot(page, 'announcements');

  await page.locator(`a[href="/announcements/view/${id}"]`).first().click();
  const table = page.getByRole('table', { name: '公布名单' });
  await expect(table.getByRole('row').filter({ hasText: first })).toContainText('优秀');
  await expect(table.getByRole('row').filter({ hasText: first })).toContainText('诚信优秀机构');
  await expect(page.getByText(`${year}年第${env('E2E_PUBLICATION_SEQ')}号`)).toBeVisible();
  await shot(page, 'publication');

  // the links lead to the API's own documents, public
  const printable = page.getByRole('link', { name: '打印版公告' });
  await expect(printable).toHaveAttribute('href', new RegExp(`/publications/${id}/announcement$`));
  const csvLink = page.getByRole('link', { name: '下载 CSV' });
  await expect(csvLink).toHaveAttribute('href', new RegExp(`/publications/${id}\\.csv$`));
  const csv = await page.request.get(`/publications/${id}.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(first);
  const announcement = await page.request.get(`/publications/${id}/announcement`);
  expect(announcement.status()).toBe(200);
  expect(await announcement.text()).toContain(first);

  // a reload of a deep link is served the public site (single-page fallback)
  await page.reload();
  await expect(table.getByRole('row').filter({ hasText: first })).toBeVisible();
});
