import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { buildChecklists, checklistItemNoun, findChecklist } from '../../src/lib/checklists/build';
import { storageKey } from '../../src/lib/checklists/store';
import { routes } from '../../src/lib/routes';

const handbook = loadHandbook(contentDir(), process.cwd());
const lists = buildChecklists(handbook.procedures, handbook.advice);
const steps = findChecklist(lists, 'cac-buoc-chuyen-de');
const key = storageKey(steps.id);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const site = useBuiltSite();

/** A fresh phone-sized context (its own localStorage), with page errors collected. */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await site.browser.newContext({ ...phone, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url + path);
  return { context, page, errors };
}

const checklist = (page: Page, id = steps.id) => page.locator(`handbook-checklist[data-id="${id}"]`);
const box = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });
const progress = (page: Page, id = steps.id) => checklist(page, id).getByRole('status');
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);
/** Waits until the checklist behaviour has run (the progress line is shown). */
const ready = (page: Page, id = steps.id) => progress(page, id).waitFor({ state: 'visible' });
const [first, second, third] = steps.items;

describe('checklist page', () => {
  test('ticks are saved on the device and are still there after a reload', async () => {
    const { context, page, errors } = await open(routes.checklist(steps.id));
    await ready(page);
    await expect(progress(page).textContent()).resolves.toBe(`0/${steps.items.length} việc đã xong.`);
    await box(page, first!.title).check();
    await box(page, third!.title).check();
    await expect(progress(page).textContent()).resolves.toBe(`2/${steps.items.length} việc đã xong.`);
    expect(JSON.parse((await stored(page))!)).toEqual({ version: steps.version, done: [first!.id, third!.id] });

    await page.reload();
    await ready(page);
    expect(await box(page, first!.title).isChecked()).toBe(true);
    expect(await box(page, second!.title).isChecked()).toBe(false);
    expect(await box(page, third!.title).isChecked()).toBe(true);
    await expect(progress(page).textContent()).resolves.toBe(`2/${steps.items.length} việc đã xong.`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('reset asks first; "Không" keeps the ticks, "Có" clears them', async () => {
    const { context, page } = await open(routes.checklist(steps.id));
    await ready(page);
    await box(page, first!.title).check();
    await box(page, second!.title).check();

    const reset = page.getByRole('button', { name: 'Bỏ hết dấu đã đánh' });
    await reset.click();
    const question = page.getByRole('group', { name: /Bỏ hết dấu đã đánh trong danh sách/ });
    await question.waitFor();
    const keep = question.getByRole('button', { name: 'Không, giữ lại' });
    expect(await keep.evaluate((el) => el === document.activeElement)).toBe(true);
    await keep.click();
    expect(await question.isVisible()).toBe(false);
    expect(await reset.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box(page, first!.title).isChecked()).toBe(true);

    // Escape answers "no" as well.
    await reset.click();
    await page.keyboard.press('Escape');
    expect(await question.isVisible()).toBe(false);
    expect(await box(page, second!.title).isChecked()).toBe(true);

    await reset.click();
    await question.getByRole('button', { name: 'Có, bỏ hết' }).click();
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expect(progress(page).textContent()).resolves.toBe(`0/${steps.items.length} việc đã xong.`);
    expect(await stored(page)).toBeNull();
    await page.reload();
    await ready(page);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await context.close();
  });

  test('works from the keyboard: Tab to a checkbox, Space ticks it', async () => {
    const { context, page } = await open(routes.checklist(steps.id));
    await ready(page);
    await box(page, first!.title).focus();
    await page.keyboard.press('Space');
    expect(await box(page, first!.title).isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // the item's "Xem bước" link
    await page.keyboard.press('Tab'); // the next checkbox
    expect(await box(page, second!.title).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect(progress(page).textContent()).resolves.toBe(`2/${steps.items.length} việc đã xong.`);
    await context.close();
  });

  test('with JavaScript off, the full list of labelled checkboxes is there', async () => {
    for (const list of lists) {
      const { context, page } = await open(routes.checklist(list.id), { javaScriptEnabled: false });
      const boxes = page.getByRole('checkbox');
      expect(await boxes.count()).toBe(list.items.length);
      for (const item of list.items) {
        expect(await box(page, item.title).count(), item.title).toBe(1);
        const link = page.getByRole('link', { name: new RegExp(`^Xem ${checklistItemNoun(list)}\\s*:\\s*${item.title}$`) });
        expect(await link.getAttribute('href')).toBe(`/${item.page}#${item.anchor}`);
      }
      // Ticking still works; the controls that need the script stay out of the way.
      await box(page, list.items[0]!.title).check();
      expect(await page.getByRole('button', { name: 'Bỏ hết dấu đã đánh' }).count()).toBe(0);
      expect(await page.getByRole('status').count()).toBe(0);
      await context.close();
    }
  });

  test('a changed list keeps the ticks of items that still exist', async () => {
    const context = await site.browser.newContext(phone);
    const old = JSON.stringify({ version: 'ban-cu', done: ['buoc-da-bo', first!.id, third!.id] });
    await context.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k!, v!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [key, old],
    );
    const page = await context.newPage();
    await page.goto(site.url + routes.checklist(steps.id));
    await ready(page);
    expect(await box(page, first!.title).isChecked()).toBe(true);
    expect(await box(page, second!.title).isChecked()).toBe(false);
    expect(await box(page, third!.title).isChecked()).toBe(true);
    await expect(progress(page).textContent()).resolves.toBe(`2/${steps.items.length} việc đã xong.`);
    expect(JSON.parse((await stored(page))!)).toEqual({ version: steps.version, done: [first!.id, third!.id] });
    await context.close();
  });

  test.each(['{oops', '[1,2,3]', '{"version":"x","done":"cu-thu-ky"}', '"cu-thu-ky"'])(
    'a corrupt or foreign value (%s) leaves the list usable',
    async (value) => {
      const context = await site.browser.newContext(phone);
      await context.addInitScript(([k, v]) => localStorage.getItem('seeded') ?? (localStorage.setItem(k!, v!), localStorage.setItem('seeded', '1')), [key, value]);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(site.url + routes.checklist(steps.id));
      await ready(page);
      expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
      await box(page, second!.title).check();
      await expect(progress(page).textContent()).resolves.toBe(`1/${steps.items.length} việc đã xong.`);
      expect(JSON.parse((await stored(page))!)).toEqual({ version: steps.version, done: [second!.id] });
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  const blocked = {
    'reading localStorage throws (storage blocked)': () =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Không được dùng bộ nhớ', 'SecurityError');
        },
      }),
    'writing throws (full quota, private mode)': () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Hết chỗ', 'QuotaExceededError');
      };
    },
  };
  test.each(Object.entries(blocked))('%s: ticks work for the session and the page says so', async (_, script) => {
    const context = await site.browser.newContext(phone);
    await context.addInitScript(script);
    const page = await context.newPage();
    // Starlight's own theme script also reads localStorage and throws here; only errors from the
    // checklist's code count.
    const errors: string[] = [];
    page.on('pageerror', (error) => {
      if (/ChecklistBehaviour|checklist/i.test(error.stack ?? '')) errors.push(error.stack ?? error.message);
    });
    await page.goto(site.url + routes.checklist(steps.id));
    await ready(page);
    await box(page, first!.title).check();
    await box(page, second!.title).check();
    expect(await box(page, first!.title).isChecked()).toBe(true);
    await expect(progress(page).textContent()).resolves.toBe(`2/${steps.items.length} việc đã xong.`);
    const note = page.getByText('dấu đã đánh chỉ còn đến khi tải lại hoặc đóng trang');
    expect(await note.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Bỏ hết dấu đã đánh' }).click();
    await page.getByRole('button', { name: 'Có, bỏ hết' }).click();
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('axe finds no WCAG 2.2 AA violation, before and after ticking and while reset asks', async () => {
    const { context, page } = await open(routes.checklist(steps.id));
    await ready(page);
    await page.addScriptTag({ path: axePath });
    const audit = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    expect(await audit()).toEqual([]);
    await box(page, first!.title).check();
    await page.getByRole('button', { name: 'Bỏ hết dấu đã đánh' }).click();
    expect(await audit()).toEqual([]);
    await context.close();
  });

  test('print shows the ticks and the progress, not the buttons', async () => {
    const { context, page } = await open(routes.checklist(steps.id));
    await ready(page);
    await box(page, first!.title).check();
    await page.emulateMedia({ media: 'print' });
    expect(await box(page, first!.title).isVisible()).toBe(true);
    expect(await box(page, first!.title).isChecked()).toBe(true);
    expect(await progress(page).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Bỏ hết dấu đã đánh' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('checklists inside handbook pages', () => {
  const prep = findChecklist(lists, 'chuan-bi-chuyen-de');

  test('a folded list loads its script only when opened, and shares ticks with its page', async () => {
    const context: BrowserContext = await site.browser.newContext(phone);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('ChecklistBehaviour')) scripts.push(request.url());
    });
    await page.goto(site.url + prep.source.page);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);

    await checklist(page, prep.id).getByText(`Đánh dấu khi làm: ${prep.title}`).click();
    await ready(page, prep.id);
    expect(scripts).toHaveLength(1);
    await box(page, prep.items[1]!.title).check();
    await expect(progress(page, prep.id).textContent()).resolves.toBe(`1/${prep.items.length} việc đã xong.`);

    await page.goto(site.url + routes.checklist(prep.id));
    await ready(page, prep.id);
    expect(await box(page, prep.items[1]!.title).isChecked()).toBe(true);
    await context.close();
  });

  test('a step’s link leads to its item on the checklist page', async () => {
    const { context, page } = await open(prep.source.page);
    const step = page.locator(`li.step:has(#${prep.items[2]!.id})`);
    await step.getByRole('link', { name: 'Đánh dấu trong danh sách kiểm tra' }).click();
    await page.waitForURL(`**/${routes.checklist(prep.id)}#viec-${prep.items[2]!.id}`);
    await ready(page, prep.id);
    expect(await page.locator(':target').getByRole('checkbox').getAttribute('value')).toBe(prep.items[2]!.id);
    await context.close();
  });

  test('axe finds no violation in an opened list on a handbook page', async () => {
    const { context, page } = await open(prep.source.page);
    await checklist(page, prep.id).locator('summary').click();
    await ready(page, prep.id);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run(
        { include: [['handbook-checklist']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      );
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
