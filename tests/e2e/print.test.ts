// Printing: page.pdf() on A4 of a procedure page, a checklist, the year's topic list and /ban-in/,
// read back with pdftotext. The steps are there with their numbers; the sidebar, header, search,
// theme switch and "Trên trang này" are not; no sheet is blank, none ends with a heading, links
// print as plain text, a checklist fits one sheet with lines for the cell's name and the date.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site';
import { htmlFiles } from '../helpers/dist';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { buildChecklists, findChecklist } from '../../src/lib/checklists/build';
import { allPages, pages, printedPages, routes } from '../../src/lib/routes';
import { pageData } from '../../src/lib/sidebar';

const site = useBuiltSite();
const handbook = loadHandbook(contentDir(), process.cwd());
const procedures = new Map(handbook.procedures.map((p) => [p.id, p]));
const checklist = findChecklist(buildChecklists(handbook.procedures, handbook.advice), 'cac-buoc-chuyen-de');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'so-tay-in-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the site shows around the content on screen, which paper must not carry. */
const screenOnly = ['Trên trang này', 'Mở trình đơn', 'Tìm kiếm', 'Danh sách theo năm', 'Tất cả mẫu', 'Tất cả danh sách', 'Chọn giao diện', 'Tự động', 'Trang sau', 'Trang trước', 'Đánh dấu trong danh sách kiểm tra', 'Sổ tay có bản mới'];

/** A printed page: its sheets' text (pdftotext, one entry per sheet) and the page's headings. */
interface Printed {
  sheets: string[];
  headings: string[];
  page: Page;
}

/** Prints `path` on A4 as the browser's print dialog would, after `before` (ticking a box…). */
async function print(path: string, before?: (page: Page) => Promise<void>): Promise<Printed> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.url + path);
  await before?.(page);
  const file = join(dir, `${path.replace(/\W+/g, '-') || 'trang-chu'}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'print' });
  const headings = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) =>
    hs.filter((h) => h.checkVisibility()).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  return { sheets: text.split('\f').slice(0, -1), headings, page };
}

const flat = (printed: Printed): string => printed.sheets.join('\n').replace(/\s+/g, ' ');

/** Sheets with no text, and sheets whose last line is (the end of) a heading. */
function layoutFaults(printed: Printed): string[] {
  return printed.sheets.flatMap((sheet, i) => {
    const lines = sheet.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (lines.length === 0) return [`tờ ${i + 1} trống`];
    // A heading alone at the foot: the sheet's last lines, whole, are a heading's text (a wrapped
    // heading takes several lines; a row that merely ends with the same words is not one).
    const tail = (n: number) => lines.slice(-n).join(' ');
    const heading = printed.headings.find((h) => h.length > 3 && [1, 2, 3].some((n) => tail(n) === h));
    return heading && i < printed.sheets.length - 1 ? [`tờ ${i + 1} kết thúc bằng tiêu đề “${heading}”`] : [];
  });
}

/** Links on the printed page that do not look like the text around them. */
function styledLinks(page: Page): Promise<string[]> {
  return page.locator('main a').evaluateAll((links) =>
    links
      .filter((a) => a.checkVisibility())
      .filter((a) => {
        const s = getComputedStyle(a);
        const around = getComputedStyle(a.parentElement!);
        return s.color !== around.color || s.textDecorationLine !== 'none';
      })
      .map((a) => `${a.textContent?.trim()} (${getComputedStyle(a).color})`),
  );
}

const figures: string[] = [];
afterAll(() => console.log(`Số tờ A4 khi in: ${figures.join('; ')}`));

describe('a handbook page printed', () => {
  test('the procedure page: every step with its number, nothing of the screen, no blank sheet, no heading alone at a sheet’s foot, plain links', async () => {
    const printed = await print(pages.procedure.path);
    figures.push(`/${pages.procedure.path}: ${printed.sheets.length}`);
    const text = flat(printed);
    for (const id of pages.procedure.shows.procedures) {
      procedures.get(id)!.steps.forEach((step, i) => {
        expect(text).toContain(step.title);
        expect(text).toMatch(new RegExp(`BƯỚC ${i + 1}\\b`, 'i'));
      });
    }
    for (const word of screenOnly) expect(text, word).not.toContain(word);
    expect(layoutFaults(printed)).toEqual([]);
    // Three parts (preparation, the meeting, after it) and the rules: four sheets at most.
    expect(printed.sheets.length).toBeLessThanOrEqual(4);
    expect(await styledLinks(printed.page)).toEqual([]);
    await printed.page.close();
  });

  test('a checklist: one sheet, its boxes with the tick, the items, lines for the cell and the date', async () => {
    const printed = await print(routes.checklist(checklist.id), async (page) => {
      await page.getByRole('checkbox').first().check();
    });
    figures.push(`/${routes.checklist(checklist.id)}: ${printed.sheets.length}`);
    expect(printed.sheets).toHaveLength(1);
    const text = flat(printed);
    for (const item of checklist.items) expect(text).toContain(item.title);
    expect(text).toMatch(/Chi bộ: .*Ngày:/);
    for (const word of [...screenOnly, 'Xem bước', 'Các danh sách kiểm tra khác']) expect(text, word).not.toContain(word);
    const boxes = printed.page.getByRole('checkbox');
    expect(await boxes.count()).toBe(checklist.items.length);
    expect(await boxes.evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).length)).toBe(checklist.items.length);
    await expect(boxes.first().isChecked()).resolves.toBe(true);
    expect(await styledLinks(printed.page)).toEqual([]);
    await printed.page.close();
  });

  test('the year’s topic list fits one sheet', async () => {
    const year = handbook.topicLists[0]!;
    const printed = await print(routes.topicYear(year.year));
    figures.push(`/${routes.topicYear(year.year)}: ${printed.sheets.length}`);
    expect(printed.sheets).toHaveLength(1);
    for (const topic of year.topics) expect(flat(printed)).toContain(topic.title.slice(0, 30));
    await printed.page.close();
  });
});

describe('every page printed', () => {
  test('carries none of the screen’s parts, has no blank sheet and no heading alone at a sheet’s foot; each checklist fits one sheet', async () => {
    const chrome = screenOnly.filter((word) => word !== 'Tìm kiếm');
    const problems: string[] = [];
    for (const path of htmlFiles().map((f) => f.replace(/(^|\/)index\.html$/, '$1'))) {
      const printed = await print(path);
      const text = flat(printed);
      problems.push(...chrome.filter((word) => text.includes(word)).map((word) => `/${path}: in ra “${word}”`));
      problems.push(...layoutFaults(printed).map((fault) => `/${path}: ${fault}`));
      if (path.startsWith(routes.checklists) && path !== routes.checklists && printed.sheets.length > 1) {
        problems.push(`/${path}: ${printed.sheets.length} tờ`);
      }
      await printed.page.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 180_000);
});

describe('/ban-in/', () => {
  test('holds the whole guidance in reading order after a table of contents, each part on a new sheet', async () => {
    const printed = await print(routes.print);
    figures.push(`/${routes.print}: ${printed.sheets.length}`);
    const parts = printedPages(allPages(pageData(handbook)));
    expect(parts.map((p) => p.id)).toEqual(['regular', 'thematic', 'procedure', 'advice', 'topics-2023', 'basis']);
    // The table of contents, on the first sheet, lists the parts in order.
    const contents = printed.sheets[0]!.replace(/\s+/g, ' ');
    expect(contents).toContain('Mục lục');
    const positions = parts.map((p) => contents.indexOf(p.title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Each part starts a sheet with its title.
    for (const part of parts) {
      expect(printed.sheets.some((s) => s.trim().startsWith(part.title)), part.title).toBe(true);
    }
    const text = flat(printed);
    for (const procedure of handbook.procedures) for (const step of procedure.steps) expect(text).toContain(step.title);
    for (const advice of handbook.advice) for (const item of advice.items) expect(text).toContain(item.title.slice(0, 40));
    for (const word of screenOnly) expect(text, word).not.toContain(word);
    expect(layoutFaults(printed)).toEqual([]);
    expect(await styledLinks(printed.page)).toEqual([]);
    await printed.page.close();
  }, 120_000);

  test('is left out of search, as it repeats the other pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + routes.print);
    await expect(page.locator('main[data-pagefind-body]').count()).resolves.toBe(0);
    await page.close();
  });
});
