// Accessibility gate: axe with the WCAG 2.2 A/AA rules on every built page, in the light and dark
// themes, at phone and desktop widths, plus the open search dialog with results. Zero violations.
import { describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { htmlFiles } from '../helpers/dist';
import { axeViolations } from '../helpers/axe';

const site = useBuiltSite();

const themes = ['light', 'dark'] as const;
const widths = {
  'điện thoại': phone,
  'máy tính': { viewport: { width: 1280, height: 800 } },
} as const;

/** URL path of a built file: "chuyen-de/2023/index.html" → "chuyen-de/2023/". */
const urlPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** A browser context in `theme` (Starlight reads its choice from localStorage before painting). */
async function themedContext(theme: (typeof themes)[number], options: object): Promise<BrowserContext> {
  const context = await site.browser.newContext({ ...options, colorScheme: theme });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  return context;
}

describe('axe, WCAG 2.2 AA, every built page', () => {
  const pages = htmlFiles().map(urlPath);

  test('the crawl finds the handbook pages', () => {
    expect(pages).toContain('');
    expect(pages).toContain('quy-trinh-sinh-hoat-chuyen-de/');
  });

  for (const theme of themes) {
    for (const [widthName, options] of Object.entries(widths)) {
      test(`${theme === 'light' ? 'giao diện sáng' : 'giao diện tối'}, ${widthName}: no violation on ${pages.length} pages`, async () => {
        const context = await themedContext(theme, options);
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of pages) {
          await page.goto(site.url + path);
          await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
          for (const v of await axeViolations(page)) problems.push(`/${path}: ${v}`);
        }
        await context.close();
        expect(problems, problems.join('\n')).toEqual([]);
      }, 240_000);
    }
  }
});

describe('axe on the open search dialog with results', () => {
  for (const theme of themes) {
    test(`${theme === 'light' ? 'giao diện sáng' : 'giao diện tối'}`, async () => {
      const context = await themedContext(theme, phone);
      const page = await context.newPage();
      await page.goto(site.url + 'quy-trinh-sinh-hoat-chuyen-de/');
      await page.getByRole('button', { name: 'Tìm kiếm' }).click();
      const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
      const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
      await input.fill('bien ban');
      await dialog.locator('.search-results .result-title a').first().waitFor({ timeout: 15_000 });
      const problems = await axeViolations(page);
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

describe('axe on the open phone menu', () => {
  for (const theme of themes) {
    test(`${theme === 'light' ? 'giao diện sáng' : 'giao diện tối'}`, async () => {
      const context = await themedContext(theme, phone);
      const page = await context.newPage();
      await page.goto(site.url + 'quy-trinh-sinh-hoat-chuyen-de/');
      await page.getByRole('button', { name: 'Mở trình đơn' }).click();
      const problems = await axeViolations(page);
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
