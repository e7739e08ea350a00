// The search index in dist/: one entry per indexed page and per record, filters written, the items
// that are records kept out of their pages' own entries, and the search page's plain HTML.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { routes } from '../../src/lib/routes';
import { searchRecords } from '../../src/lib/search/records';
import { filterKeyOrder } from '../../src/lib/search/meta';
import { indexFilterCounts } from '../../src/lib/search/catalog';
import { searchHints } from '../../src/lib/search/hints';
import { isPagefindUiFile } from '../../src/integrations/search-index';
import { unmarkStroke } from '../../src/lib/search/stroke';
import { gunzipSync } from 'node:zlib';
import { distDir, htmlFiles, readPage } from '../helpers/dist';

const handbook = loadHandbook(contentDir(), process.cwd());
const pagefindDir = join(distDir, 'pagefind');

/** Built pages Starlight marks for the index (data-pagefind-body). */
const indexedPages = (): string[] => htmlFiles().filter((f) => !f.startsWith('pagefind/') && readFileSync(join(distDir, f), 'utf8').includes('data-pagefind-body'));

/** The opening tag of the element with class `cls` on a page. */
const openingTag = (html: string, cls: string): string[] => [...html.matchAll(new RegExp(`<[a-z-]+\\b[^>]*class="${cls}"[^>]*>`, 'g'))].map((m) => m[0]);

describe('the index', () => {
  test('holds every indexed page and one record per step, topic group, topic, advice and basis document', () => {
    const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    const records = searchRecords(handbook);
    const steps = handbook.procedures.reduce((n, p) => n + p.steps.length, 0);
    const topics = handbook.topicLists.reduce((n, l) => n + l.topics.length, 0);
    const advice = handbook.advice.reduce((n, a) => n + a.items.length, 0);
    expect(records).toHaveLength(steps + handbook.topicGroups.length + topics + advice + handbook.basisDocuments.length + handbook.rules.length);
    expect(entry.languages.vi!.page_count).toBe(indexedPages().length + records.length);
  });

  test('has a filter file per filter key, and the index, fragments and WebAssembly', () => {
    expect(readdirSync(join(pagefindDir, 'filter')).filter((f) => f.endsWith('.pf_filter'))).toHaveLength(filterKeyOrder.length);
    expect(readdirSync(join(pagefindDir, 'index')).length).toBeGreaterThan(0);
    expect(readdirSync(join(pagefindDir, 'fragment')).length).toBeGreaterThan(0);
    expect(existsSync(join(pagefindDir, 'pagefind.js'))).toBe(true);
  });

  test('the checklists and the search page are not in the index; the guidance pages are', () => {
    const indexed = indexedPages();
    for (const page of [
      'index.html',
      'quy-trinh-sinh-hoat-chuyen-de/index.html',
      'chuyen-de/2023/index.html',
      'danh-sach-kiem-tra/index.html',
      'mau-van-ban/index.html',
      'mau-van-ban/bien-ban-thuong-ky/index.html',
    ]) {
      expect(indexed, page).toContain(page);
    }
    expect(indexed.filter((f) => f.startsWith('danh-sach-kiem-tra/') && f !== 'danh-sach-kiem-tra/index.html')).toEqual([]);
    expect(indexed).not.toContain('tim-kiem/index.html');
  });

  test('pages carry no filter markup: filters are added only to the copy that is indexed', () => {
    for (const file of htmlFiles().filter((f) => !f.startsWith('pagefind/'))) {
      expect(readFileSync(join(distDir, file), 'utf8'), file).not.toContain('data-pagefind-filter');
    }
  });
});

describe('items indexed as records are left out of their pages’ own entries', () => {
  test.each([
    [routes.procedure, 'step-list', 2],
    [routes.regular, 'step-list', 1],
    [routes.advice, 'advice-list', 2],
    [routes.thematic, 'topic-groups', 1],
    ['chuyen-de/2023/', 'topic-list', 3],
    [routes.basis, 'table-wrap', 1],
  ])('%s: every .%s is marked data-pagefind-ignore', (page, cls, count) => {
    const tags = openingTag(readPage(page), cls);
    expect(tags.length).toBeGreaterThanOrEqual(count);
    for (const tag of tags) expect(tag).toContain('data-pagefind-ignore');
  });

  test('folded checklists inside guidance pages are left out too', () => {
    const html = readPage(routes.procedure);
    const checklists = [...html.matchAll(/<handbook-checklist\b[^>]*>/g)].map((m) => m[0]);
    expect(checklists.length).toBeGreaterThan(0);
    for (const tag of checklists) expect(tag).toContain('data-pagefind-ignore');
  });
});

/** What the index holds for each entry: its URL and its text, as people read it. */
const indexedTexts = (): { url: string; content: string }[] =>
  readdirSync(join(pagefindDir, 'fragment')).map((file) => {
    // A fragment is gzip of "pagefind_dcd" followed by the entry's JSON.
    const raw = gunzipSync(readFileSync(join(pagefindDir, 'fragment', file))).toString('utf8');
    const entry = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    return { url: entry.url, content: unmarkStroke(entry.content) };
  });

describe('what every page or every template page shares is not indexed', () => {
  const texts = indexedTexts();
  test.each(['Sổ tay có bản mới', 'Tải mẫu trống', 'Dùng ở các bước', 'Nội dung của mẫu lấy từ đâu', 'Điền mẫu trên trang', 'Xem trước văn bản'])(
    '"%s" is in no entry',
    (words) => {
      expect(texts.length).toBeGreaterThan(50);
      expect(texts.filter((t) => t.content.includes(words)).map((t) => t.url)).toEqual([]);
    },
  );
  test('lists that repeat other pages\' summaries (home cards, templates, checklists) are left to those pages', () => {
    const text = (url: string): string => texts.find((t) => t.url === url)?.content ?? '';
    const template = handbook.templates[0]!;
    expect(text(`/${routes.templates}`)).toContain('Mẫu văn bản');
    expect(text(`/${routes.templates}`)).not.toContain(template.description);
    expect(text(`/${routes.template(template.id)}`)).toContain(template.description);
    expect(text('/')).not.toContain('Bảy nhóm vấn đề và danh sách chuyên đề theo từng năm');
    expect(text(`/${routes.checklists}`)).not.toContain('(4 việc)');
  });
});

describe('no ready-made search UI; what the handbook\'s own needs', () => {
  test('dist/pagefind holds none of Pagefind\'s UI files, and no page refers to one', () => {
    expect(readdirSync(pagefindDir).filter(isPagefindUiFile)).toEqual([]);
    expect(isPagefindUiFile('pagefind-ui.js') && isPagefindUiFile('pagefind-component-ui.css') && !isPagefindUiFile('pagefind.js')).toBe(true);
    for (const file of htmlFiles()) expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/pagefind-(ui|modular-ui|component-ui|highlight)/);
  });

  test('the search hints file holds the abbreviations and papers of content/', () => {
    const hints = JSON.parse(readFileSync(join(distDir, routes.searchHints), 'utf8')) as unknown;
    expect(hints).toEqual(searchHints(handbook));
  });

  test('the search page carries the filters with the counts of the whole index', () => {
    const html = readPage(routes.search);
    const counts = indexFilterCounts(handbook);
    const boxes = [...html.matchAll(/<input type="checkbox" name="([^"]+)" value="[^"]*" data-value="([^"]*)" data-total="(\d+)"/g)];
    const fromPage: Record<string, Record<string, number>> = {};
    for (const [, key, value, total] of boxes) (fromPage[key!] ??= {})[value!] = Number(total);
    expect(boxes.length).toBeGreaterThan(5);
    expect(fromPage).toEqual(counts);
  });

  test('the script every page carries for the header search stays small: its code loads when the dialog opens', () => {
    const src = /<script type="module" src="([^"]*Search\.astro[^"]*)"/.exec(readPage(routes.procedure))?.[1];
    expect(src).toBeDefined();
    const script = readFileSync(join(distDir, src!), 'utf8');
    // No static import (each would be one more file on every page); no bigger than with Pagefind's UI (3.2 KB).
    expect(script).not.toMatch(/(^|[;\n])import[\s{]/);
    expect(script.length).toBeLessThan(3300);
  });
});

describe('the search page and the ways to it', () => {
  test('without JavaScript: a GET form to itself with a labelled box, a note, and links to the main pages', () => {
    const html = readPage(routes.search);
    expect(html).toMatch(/<form class="search-form" role="search" method="get" action="\/tim-kiem\/"/);
    expect(html).toMatch(/<label for="tu-khoa">Từ cần tìm<\/label>/);
    expect(html).toMatch(/<input id="tu-khoa" name="q" type="search" placeholder="Ví dụ: cu thu ky, tu soi tu sua"/);
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain('cần JavaScript');
    for (const path of [routes.regular, routes.procedure, routes.templates, routes.topics, routes.basis]) {
      expect(noscript).toContain(`href="/${path}"`);
    }
  });

  test('loads its own script, which no other page loads', () => {
    const script = (html: string): string[] => [...html.matchAll(/<script type="module" src="([^"]*SearchPage[^"]*)"/g)].map((m) => m[1]!);
    expect(script(readPage(routes.search))).toHaveLength(1);
    for (const page of ['', routes.procedure, routes.topicYear(2023)]) expect(script(readPage(page)), page).toEqual([]);
  });

  test('every page links to it from the menu and from the search dialog; the home page from "Tìm nhanh"', () => {
    for (const page of ['', routes.procedure, routes.basis]) {
      const html = readPage(page);
      expect(html, page).toMatch(/<a href="\/tim-kiem\/"[^>]*data-advanced[^>]*>Tìm nâng cao/);
      expect(html, page).toMatch(/<a href="\/tim-kiem\/"[^>]*>(<span[^>]*>)?Tìm kiếm</);
    }
    const tail = readPage('').split('id="tim-nhanh"')[1] ?? '';
    expect(tail).toContain('href="/tim-kiem/"');
  });
});
