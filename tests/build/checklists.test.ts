import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { buildChecklists, checklistItemAnchor } from '../../src/lib/checklists/build';
import { routes } from '../../src/lib/routes';
import { readPage } from '../helpers/dist';

const handbook = loadHandbook(contentDir(), process.cwd());
const lists = buildChecklists(handbook.procedures, handbook.advice);

/** The element with `id` on a built page, as its opening tag, or undefined. */
const hasId = (html: string, id: string): boolean => html.includes(` id="${id}"`);
/** Every <a href> on a page. */
const hrefs = (html: string): string[] => [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);
/** The page path and anchor an href points to, resolved against the page it is on. */
const target = (from: string, link: string): { page: string; hash: string } => {
  const url = new URL(link, `http://site/${from}`);
  return { page: url.pathname.slice(1), hash: decodeURIComponent(url.hash.slice(1)) };
};
/** The markup of the checklist `id` on a page. */
const checklistMarkup = (html: string, id: string): string => {
  const match = new RegExp(`<handbook-checklist data-id="${id}"[\\s\\S]*?</handbook-checklist>`).exec(html);
  if (!match) throw new Error(`no checklist "${id}"`);
  return match[0];
};

describe('checklist pages in dist/', () => {
  test('the index links every checklist', () => {
    const html = readPage(routes.checklists);
    for (const list of lists) expect(html).toContain(`href="/${routes.checklist(list.id)}"`);
  });

  test.each(lists.map((l) => [l.id, l] as const))('%s: one checkbox per item, labelled by its title, with its own link to an existing anchor', (id, list) => {
    const page = routes.checklist(id);
    const markup = checklistMarkup(readPage(page), id);
    expect(markup.match(/<input type="checkbox"/g)).toHaveLength(list.items.length);
    for (const item of list.items) {
      const li = new RegExp(`<li id="${checklistItemAnchor(item.id)}">([\\s\\S]*?)</li>`).exec(markup)?.[1] ?? '';
      expect(li).toContain(`value="${item.id}"`);
      const [link] = hrefs(li);
      const { page: linked, hash } = target(page, link!);
      expect(linked).toBe(item.page);
      expect(hash).toBe(item.anchor);
      expect(hasId(readPage(linked), hash), `${link} on ${page}`).toBe(true);
      // The title is the checkbox's label, not a link (a tap on it ticks); the link says which step.
      const label = /<label>([\s\S]*?)<\/label>/.exec(li)?.[1] ?? '';
      expect(label).toContain(`<span class="item-title">${item.title}</span>`);
      expect(label).not.toContain('<a ');
      expect(li).toContain(`<span class="sr-only">: ${item.title}</span></a>`);
    }
  });

  test('each checklist page says the list is the handbook’s own aid, built from the guidance', () => {
    for (const list of [{ id: '' }, ...lists]) {
      const html = readPage(list.id ? routes.checklist(list.id) : routes.checklists);
      expect(html).toContain('Danh sách kiểm tra là công cụ do sổ tay lập ra từ các bước và lưu ý của hướng dẫn');
    }
  });
});

describe('handbook pages and checklists', () => {
  test('every step and advice item links to its item on its checklist page, and that anchor exists', () => {
    for (const list of lists) {
      const html = readPage(list.source.page);
      for (const item of list.items) {
        const link = `/${routes.checklist(list.id)}#${checklistItemAnchor(item.id)}`;
        expect(html, `${list.source.page} → ${link}`).toContain(`href="${link}"`);
        expect(hasId(readPage(routes.checklist(list.id)), checklistItemAnchor(item.id))).toBe(true);
      }
    }
  });

  test('each procedure and advice page holds its lists folded under the content', () => {
    for (const list of lists) {
      const markup = checklistMarkup(readPage(list.source.page), list.id);
      expect(markup).toMatch(/<details><summary>Đánh dấu khi làm: /);
      // Within the page, items link to the step's own anchor.
      for (const item of list.items) expect(markup).toContain(`href="#${item.anchor}"`);
    }
  });

  test('pages without a checklist carry none of its code or markup', () => {
    for (const page of ['', routes.basis, routes.topicYear(2023), routes.thematic, routes.checklists]) {
      const html = readPage(page);
      expect(html, page || 'trang chủ').not.toContain('handbook-checklist');
      expect(html, page || 'trang chủ').not.toContain('ChecklistBehaviour');
    }
  });

  test('the checklist behaviour is held in an inert <template>, loaded only when a list is shown', () => {
    const html = readPage(routes.checklist(lists[0]!.id));
    expect(html).toMatch(/<template data-checklist-script><script type="module" src="[^"]*ChecklistBehaviour[^"]*\.js"><\/script><\/template>/);
  });

  test('the sidebar has a group "Danh sách kiểm tra" linking the index and every list', () => {
    const html = readPage(routes.basis);
    const group = /<summary[^>]*>[\s\S]*?Danh sách kiểm tra[\s\S]*?<\/summary>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(group).toContain(`href="/${routes.checklists}"`);
    for (const list of lists) expect(group).toContain(`href="/${routes.checklist(list.id)}"`);
  });
});
