// Keyboard path: from the top of a page with Tab and Enter only — the skip link, the phone menu,
// search opened from the keyboard and closed with Escape, and a checklist where the build has one.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { builtPagesUnder, routeInSource } from '../helpers/features';

const site = useBuiltSite();

/** What has the keyboard focus: its role-ish tag and accessible text. */
function focused(page: Page): Promise<{ tag: string; text: string; label: string | null; href: string | null; inDialog: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      label: el?.getAttribute('aria-label') ?? null,
      href: el?.getAttribute('href') ?? null,
      inDialog: !!el?.closest('dialog'),
    };
  });
}

/** Presses Tab until `match` holds for the focused element (at most `max` times). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Bấm Tab ${max} lần mà không tới phần tử cần tìm; đang ở ${JSON.stringify(await focused(page))}`);
}

describe('keyboard only', () => {
  test('the first Tab reaches the skip link, and Enter moves to the main content', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + 'quy-trinh-sinh-hoat-chuyen-de/');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ tag: 'a', text: 'Chuyển đến nội dung chính', href: '#_top' });
    await expect(page.locator('.sl-skip-link').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#_top$/);
    // The next Tab goes on from the content, not from the header.
    await page.keyboard.press('Tab');
    const next = await focused(page);
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain, JSON.stringify(next)).toBe(true);
    await context.close();
  });

  test('on a phone: Tab to the menu, open it with Enter, Tab into its links, follow one', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Mở trình đơn');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Quy trình sinh hoạt chuyên đề' }).first();
    await link.waitFor({ state: 'visible' });
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Quy trình sinh hoạt chuyên đề');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/quy-trinh-sinh-hoat-chuyen-de\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Quy trình sinh hoạt chuyên đề');
    await context.close();
  });

  test('search: Tab to the search button, Enter opens the dialog with the box focused, Escape closes it and focus returns', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url + 'sinh-hoat-chuyen-de/');
    await tabTo(page, (f) => f.tag === 'button' && f.text.startsWith('Tìm kiếm'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    await dialog.waitFor();
    const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
    await input.waitFor();
    await expect.poll(() => focused(page).then((f) => f.tag === 'input' && f.inDialog)).toBe(true);
    await page.keyboard.type('bien ban');
    await dialog.locator('.search-results .result-title a').first().waitFor({ timeout: 15_000 });
    // Tab from the box reaches a result link inside the dialog.
    await tabTo(page, (f) => f.tag === 'a' && f.inDialog, 10);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    expect(back.tag).toBe('button');
    expect(back.text).toMatch(/^Tìm kiếm/);
    await context.close();
  });

  test('Ctrl+K opens search from anywhere on the page, Escape closes it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  test('a checklist can be ticked with Tab and Space (required once src has danh-sach-kiem-tra/)', async () => {
    const pages = builtPagesUnder('danh-sach-kiem-tra/');
    expect(pages.length > 0, 'src có danh-sach-kiem-tra/ nhưng dist/ không có trang nào').toBe(routeInSource('danh-sach-kiem-tra/'));
    if (pages.length === 0) return;
    const path = pages.find((p) => p !== 'danh-sach-kiem-tra/') ?? pages[0]!;
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url + path);
    await tabTo(page, (f) => f.tag === 'input', 80);
    const before = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
    await page.keyboard.press('Space');
    const after = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
    expect(after).toBe(!before);
    await context.close();
  });
});
