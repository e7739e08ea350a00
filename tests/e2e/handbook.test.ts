import { describe, expect, test } from 'vitest';
import { phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

describe('on a phone', () => {
  test('the menu leads from the home page to the procedure and its steps', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Sổ tay sinh hoạt chi bộ');

    const menu = page.getByRole('button', { name: 'Mở trình đơn' });
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.click();
    await page.getByRole('link', { name: 'Quy trình sinh hoạt chuyên đề' }).first().click();
    await page.waitForURL(/\/quy-trinh-sinh-hoat-chuyen-de\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Quy trình sinh hoạt chuyên đề');
    await expect(page.getByRole('heading', { level: 3, name: /Bước 2\W+Cử thư ký ghi biên bản/ }).count()).resolves.toBe(1);

    // The page fits the phone's width: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('a step anchor opens the page at that step', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${site.url}quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky`);
    const top = await page.locator('#cu-thu-ky').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    await context.close();
  });
});

describe('search dialog', () => {
  test('loads no search code until opened, then finds the procedure for a query without diacritics', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.url}sinh-hoat-chuyen-de/`);
    await page.waitForTimeout(1500);
    expect(requested.filter((u) => /pagefind/i.test(u))).toEqual([]);

    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
    await input.waitFor();
    await input.fill('cu thu ky ghi bien ban');
    const links = dialog.locator('.search-results .result-title a');
    await links.first().waitFor({ timeout: 15_000 });
    // Ranking itself is tested by the search tests; here the page must be among the top results.
    const hrefs = (await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))).slice(0, 6);
    expect(hrefs.some((h) => /\/quy-trinh-sinh-hoat-chuyen-de\/(#.*)?$/.test(h)), hrefs.join(' ')).toBe(true);
    await expect(dialog.textContent()).resolves.not.toMatch(/Search this site|results for|Load more/);
    await context.close();
  });
});
