// On a 390 px phone, for readers aged 45–60: no page is cut off at the right, no text is below
// 14 px (search snippets 16 px), a checklist item ticks wherever its text is tapped and links to its
// step separately, the basis documents show as cards, the theme switch sits at the top of the menu
// with its whole label, the home page's second link looks like one, and the Ctrl + K tip is only
// shown where a keyboard is likely.
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site';
import { htmlFiles } from '../helpers/dist';
import { phone } from '../helpers/browser';

const site = useBuiltSite();
const phone390 = { ...phone, viewport: { width: 390, height: 844 } };
const minText = 14;

async function open(path: string, options: object = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ ...phone390, ...options });
  const page = await context.newPage();
  await page.goto(site.url + path);
  return { context, page };
}

/** Text shown smaller than `min` px, and elements cut off by the right or left edge of the screen. */
function layoutProblems(page: Page, min = minText): Promise<string[]> {
  return page.evaluate((minSize) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element): string => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
    if (document.documentElement.scrollWidth > width) problems.push(`trang rộng ${document.documentElement.scrollWidth} px`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const box = el.getBoundingClientRect();
      // Visually hidden text (for screen readers) is 1 px wide.
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < minSize) problems.push(`chữ ${size} px: ${name(el)} “${node.textContent.trim().slice(0, 40)}”`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      // Cut off: partly on the screen, partly beyond its edge (wholly off-screen is a hidden skip link).
      if ((box.left < width && box.right > width + 1) || (box.right > 0 && box.left < -1)) {
        problems.push(`tràn khỏi màn hình (${Math.round(box.left)}–${Math.round(box.right)} px): ${name(el)}`);
      }
    }
    return problems;
  }, min);
}

describe('every page at 390 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no element is cut off and no text is below 14 px (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ ...phone390, colorScheme });
      const page = await context.newPage();
      const pages = htmlFiles().map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
      expect(pages.length).toBeGreaterThanOrEqual(20);
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(site.url + path);
        problems.push(...(await layoutProblems(page)).map((p) => `/${path}: ${p}`));
      }
      expect(problems, problems.join('\n')).toEqual([]);
      await context.close();
    }, 120_000);
  }

  test('the open menu: the theme switch comes before the pages, shows its whole label, and nothing is small or cut off', async () => {
    const { context, page } = await open('quy-trinh-sinh-hoat-chuyen-de/');
    await page.getByRole('button', { name: 'Mở trình đơn' }).click();
    const menu = page.locator('#starlight__sidebar');
    const select = menu.getByRole('combobox', { name: 'Chọn giao diện sáng hoặc tối' });
    await select.waitFor();
    const [selectBox, firstLink] = [await select.boundingBox(), await menu.getByRole('link').first().boundingBox()];
    expect(selectBox!.y).toBeLessThan(firstLink!.y);
    expect(selectBox!.y + selectBox!.height).toBeLessThan(phone390.viewport.height / 3);
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = el.selectedOptions[0]!.text;
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      return { text: el.selectedOptions[0]!.text, needed, room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(fits.text).toBe('Tự động');
    expect(fits.room, JSON.stringify(fits)).toBeGreaterThanOrEqual(fits.needed);
    expect(await layoutProblems(page)).toEqual([]);
    await context.close();
  });

  test('search snippets are at least 16 px, in the dialog and on the search page', async () => {
    const { context, page } = await open('sinh-hoat-chuyen-de/');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('cu thu ky');
    const excerpt = dialog.locator('.result-excerpt').first();
    await excerpt.waitFor({ timeout: 15_000 });
    expect(parseFloat(await excerpt.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    expect(await layoutProblems(page)).toEqual([]);

    await page.goto(site.url + 'tim-kiem/?q=cu+thu+ky');
    const snippet = page.locator('search-page .result-excerpt').first();
    await snippet.waitFor({ timeout: 15_000 });
    expect(parseFloat(await snippet.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    expect(await layoutProblems(page)).toEqual([]);
    await context.close();
  });
});

describe('checklists on a phone', () => {
  test('tapping an item’s text ticks it and stays on the page; “Xem bước” is a separate link; both are at least 44 × 44 px', async () => {
    const { context, page } = await open('danh-sach-kiem-tra/cac-buoc-chuyen-de/');
    const url = page.url();
    const item = page.locator('handbook-checklist li').nth(1);
    const title = (await item.locator('.item-title').textContent())!.trim();
    await item.getByText(title, { exact: true }).tap();
    await expect(item.getByRole('checkbox').isChecked()).resolves.toBe(true);
    expect(page.url()).toBe(url);
    // Tapping the words again unticks: the words are the checkbox's label, not a link.
    await item.getByText(title, { exact: true }).tap();
    await expect(item.getByRole('checkbox').isChecked()).resolves.toBe(false);

    const link = item.getByRole('link', { name: new RegExp(`^Xem bước\\s*:\\s*${title}$`) });
    await expect(link.getAttribute('href')).resolves.toBe('/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky');
    for (const [what, target] of [['nhãn', item.locator('label')], ['liên kết', link]] as const) {
      const box = (await target.boundingBox())!;
      expect(Math.min(box.width, box.height), what).toBeGreaterThanOrEqual(44);
    }
    await link.tap();
    await page.waitForURL('**/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky');
    await context.close();
  });

  test('in a folded list on a handbook page, tapping an item’s text ticks it', async () => {
    const { context, page } = await open('quy-trinh-sinh-hoat-chuyen-de/');
    const list = page.locator('handbook-checklist[data-id="cac-buoc-chuyen-de"]');
    await list.locator('summary').tap();
    await list.getByRole('status').waitFor();
    const url = page.url();
    const item = list.locator('li').first();
    await item.locator('.item-title').tap();
    await expect(item.getByRole('checkbox').isChecked()).resolves.toBe(true);
    expect(page.url()).toBe(url);
    await context.close();
  });
});

describe('other pages on a phone', () => {
  test('the basis documents show as one card per document, each value with its column’s name', async () => {
    const { context, page } = await open('van-ban-can-cu/');
    const rows = page.locator('table.basis-documents tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    const card = rows.first();
    await expect(card.evaluate((el) => getComputedStyle(el).display)).resolves.toBe('block');
    await expect(card.innerText()).resolves.toMatch(/Ngày ban hành: \d{2}\/\d{1,2}\/\d{4}/);
    await expect(card.innerText()).resolves.toContain('Ghi chú:');
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(phone390.viewport.width);
    // A screen reader still finds a table with its column headers.
    // (One table for each kind of document: central, local, the guidance text.)
    await expect(page.getByRole('columnheader', { name: 'Ngày ban hành' }).count()).resolves.toBe(await page.locator('table.basis-documents').count());
    await context.close();
  });

  test('the home page’s second action looks like a button, not plain text', async () => {
    const { context, page } = await open('');
    const second = page.getByRole('link', { name: 'Chuẩn bị buổi sinh hoạt thường kỳ' }).first();
    const style = await second.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: parseFloat(s.borderTopWidth), line: s.textDecorationLine };
    });
    expect(style.border > 0 || style.line.includes('underline'), JSON.stringify(style)).toBe(true);
    await context.close();
  });

  test('the Ctrl + K tip is not shown on a touch phone, and is on a computer', async () => {
    const { context, page } = await open('');
    const tip = page.locator('.keyboard-tip');
    await expect(tip.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('main').innerText()).resolves.not.toContain('Ctrl');
    await context.close();
    const desktop = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await desktop.newPage();
    await desk.goto(site.url);
    await expect(desk.locator('.keyboard-tip').isVisible()).resolves.toBe(true);
    await desktop.close();
  });
});
