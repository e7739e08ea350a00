// Accessibility gate: axe with the WCAG 2.2 A/AA rules on every built page, in the light and dark
// themes, at phone and desktop widths, plus the open search dialog with results. Zero violations.
// Each page is loaded once per width in the light theme, audited with every rule, switched to dark
// with the theme picker (as a reader would) and audited again with the rules a theme can change: the
// two themes differ only in colours (Starlight swaps CSS colour variables, not markup or layout), so
// the other rules would give the dark theme the light theme's answers a second time. A few pages are
// audited at the same time.
import { describe, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { htmlFiles } from '../helpers/dist';
import { axeInEveryPage, axeViolations, colourRules } from '../helpers/axe';
import { inPool } from '../helpers/pool';

const site = useBuiltSite();

type Theme = 'light' | 'dark';
const themeName = (theme: Theme): string => (theme === 'light' ? 'giao diện sáng' : 'giao diện tối');
const widths = {
  'điện thoại': phone,
  'máy tính': { viewport: { width: 1280, height: 800 } },
} as const;

/** URL path of a built file: "chuyen-de/2023/index.html" → "chuyen-de/2023/". */
const urlPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** A browser context in `theme` (Starlight reads its choice from localStorage before painting). */
async function themedContext(theme: Theme, options: object): Promise<BrowserContext> {
  const context = await site.browser.newContext({ ...options, colorScheme: theme });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await axeInEveryPage(context);
  return context;
}

/** Chooses `theme` in Starlight's theme picker, as a reader does, and in the system setting. */
async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => {
    const select = document.querySelector<HTMLSelectElement>('starlight-theme-select select');
    if (!select) throw new Error('Trang không có nút chọn giao diện');
    select.value = t;
    select.dispatchEvent(new Event('change'));
  }, theme);
}

/** Pages audited at the same time at each width. */
const tabs = 2;

describe.concurrent('axe, WCAG 2.2 AA, every built page', () => {
  const pages = htmlFiles().map(urlPath);

  test('the crawl finds the handbook pages', ({ expect }) => {
    expect(pages).toContain('');
    expect(pages).toContain('quy-trinh-sinh-hoat-chuyen-de/');
  });

  for (const [widthName, options] of Object.entries(widths)) {
    test(`${widthName}: no violation on ${pages.length} pages, in the light and the dark theme`, async ({ expect }) => {
      const contexts: BrowserContext[] = [];
      const problems: string[] = [];
      // Each tab in its own context: the theme a reader picks is kept in the context's localStorage.
      const openTab = async (): Promise<Page> => {
        const context = await themedContext('light', options);
        contexts.push(context);
        return context.newPage();
      };
      await inPool(pages, tabs, openTab, async (page, path) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(site.url + path);
        for (const theme of ['light', 'dark'] as const) {
          if (theme !== 'light') await chooseTheme(page, theme);
          const shown = await page.evaluate(() => document.documentElement.dataset.theme);
          expect(shown, `/${path}`).toBe(theme);
          for (const v of await axeViolations(page, undefined, theme === 'light' ? undefined : colourRules)) problems.push(`/${path} (${themeName(theme)}): ${v}`);
        }
      });
      await Promise.all(contexts.map((c) => c.close()));
      expect(problems, problems.join('\n')).toEqual([]);
    }, 240_000);
  }
});

describe.concurrent('axe on the open search dialog with results', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(themeName(theme), async ({ expect }) => {
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

describe.concurrent('axe on the open phone menu', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(themeName(theme), async ({ expect }) => {
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
