import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  advicePage,
  allPages,
  assertPageShows,
  mdxPage,
  pageAt,
  pages,
  procedurePage,
  sidebarLabel,
  topicYearPage,
} from '../../src/lib/routes';
import { getHandbook, handbookLoads, loadHandbook } from '../../src/lib/content/load';
import { ContentError } from '../../src/lib/content/errors';
import { isContentFile } from '../../src/lib/content/watch';
import { withPageTitle } from '../../src/lib/content/docs';
import { handbookSidebar, pageData, sidebarOf } from '../../src/lib/sidebar';
import { registryProblems } from '../../src/lib/site/registry-check';
import { pagination, routeSidebar, sameLinks, sidebarLinks } from '../../src/lib/site/live-sidebar';

const handbook = loadHandbook('content', '.');
const everyPage = allPages(pageData(handbook));

describe('the page registry', () => {
  test('lists every page once, with a unique path and title', () => {
    const paths = everyPage.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('');
    expect(paths).toContain('chuyen-de/2023/');
    for (const t of handbook.templates) expect(paths).toContain(`mau-van-ban/${t.id}/`);
    for (const p of handbook.procedures) expect(paths).toContain(`danh-sach-kiem-tra/${p.id}/`);
  });

  test('every procedure and advice list is shown by exactly one page, and again by the printed handbook', () => {
    for (const p of handbook.procedures) {
      expect(everyPage.filter((page) => page.shows.procedures?.includes(p.id))).toEqual([procedurePage(p.id), pages.print]);
    }
    for (const a of handbook.advice) {
      expect(everyPage.filter((page) => page.shows.advice?.includes(a.id))).toEqual([advicePage(a.id), pages.print]);
    }
  });

  test('a procedure or advice list without a page stops with a message saying where to add it', () => {
    expect(() => procedurePage('khong-co')).toThrow(/Quy trình "khong-co" chưa có trang: thêm id này vào shows.procedures/);
    expect(() => advicePage('khong-co')).toThrow(/Danh sách lưu ý "khong-co" chưa có trang/);
  });

  test('every MDX file in src/content/docs has a registry page, and every MDX page of the registry a file', () => {
    const files = readdirSync('src/content/docs').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
    for (const id of files) expect(mdxPage(id), id).toBeDefined();
    const mdxPages = Object.values(pages).filter((p) => p.source === 'mdx');
    expect(mdxPages.map((p) => (p.path === '' ? 'index' : p.path.replace(/\/$/, ''))).sort()).toEqual(files.sort());
  });

  test('no MDX page writes its own title', () => {
    for (const file of readdirSync('src/content/docs').filter((f) => f.endsWith('.mdx'))) {
      const front = readFileSync(join('src/content/docs', file), 'utf8').split('---')[1] ?? '';
      expect(front, file).not.toMatch(/^title:/m);
    }
  });

  test('pageAt finds pages by path, built file or URL path', () => {
    expect(pageAt(everyPage, 'chuyen-de/2023/index.html')).toEqual(topicYearPage(2023));
    expect(pageAt(everyPage, '/sinh-hoat-thuong-ky/')).toBe(pages.regular);
    expect(pageAt(everyPage, '404.html')).toBe(pages.notFound);
    expect(pageAt(everyPage, 'khong-co/')).toBeUndefined();
  });

  test('sidebar labels fall back to the title', () => {
    expect(sidebarLabel(pages.topics)).toBe('Danh sách theo năm');
    expect(sidebarLabel(pages.thematic)).toBe(pages.thematic.title);
  });
});

describe('withPageTitle (MDX pages take their title from the registry)', () => {
  test('adds the title', () => {
    expect(withPageTitle({ id: 'sinh-hoat-thuong-ky', data: { description: 'x' } }).data).toEqual({
      description: 'x',
      title: pages.regular.title,
    });
    expect(withPageTitle({ id: 'index', data: {} as Record<string, unknown> }).data.title).toBe(pages.home.title);
  });

  test('stops on a page the registry does not know, or a title written twice', () => {
    expect(() => withPageTitle({ id: 'trang-moi', data: {}, filePath: 'src/content/docs/trang-moi.mdx' })).toThrow(
      /src\/content\/docs\/trang-moi.mdx: trang "trang-moi" không có trong danh sách trang/,
    );
    expect(() => withPageTitle({ id: 'sinh-hoat-thuong-ky', data: { title: 'Khác' } })).toThrow(/bỏ "title" khỏi front matter/);
  });
});

describe('assertPageShows (an MDX page and the registry agree)', () => {
  test('passes for what the registry lists, under any base', () => {
    expect(() => assertPageShows('/quy-trinh-sinh-hoat-chuyen-de/', 'procedures', 'cac-buoc-chuyen-de')).not.toThrow();
    expect(() => assertPageShows('/luu-y-kinh-nghiem/', 'advice', 'cap-uy')).not.toThrow();
  });

  test('stops when a page shows a list the registry does not give it', () => {
    expect(() => assertPageShows('/sinh-hoat-thuong-ky/', 'procedures', 'cac-buoc-chuyen-de')).toThrow(
      /Trang \/sinh-hoat-thuong-ky\/ hiện quy trình "cac-buoc-chuyen-de" nhưng danh sách trang .* không ghi/,
    );
  });
});

describe('registryProblems (the built site against the registry)', () => {
  const built = everyPage.map((page) => ({
    file: page === pages.notFound ? '404.html' : `${page.path}index.html`,
    html: [
      ...(page.shows.procedures ?? []).map((id) => `<ol data-procedure="${id}">`),
      ...(page.shows.advice ?? []).map((id) => `<ul data-advice="${id}">`),
      page.shows.rules ? '<div data-rule="thoi-luong">' : '',
      page.shows.topicGroups ? '<ol data-topic-groups>' : '',
      page.shows.basisDocuments ? '<tr data-document="hd-42-2025">' : '',
    ].join(''),
  }));

  test('none when every page is built and shows what it should', () => {
    expect(registryProblems(everyPage, built)).toEqual([]);
  });

  test('names a page built but not registered, and a registered page not built', () => {
    const problems = registryProblems(everyPage, [...built.slice(1), { file: 'trang-la/index.html', html: '' }]);
    expect(problems).toContain('trang-la/index.html: trang này không có trong danh sách trang (src/lib/routes.ts)');
    expect(problems).toContain('/: có trong danh sách trang nhưng không được dựng');
  });

  test('names a list missing from its page, and a list the page shows unregistered', () => {
    const changed = built.map((b) =>
      b.file === 'sinh-hoat-thuong-ky/index.html' ? { ...b, html: '<ol data-procedure="cac-buoc-chuyen-de">' } : b,
    );
    const problems = registryProblems(everyPage, changed);
    expect(problems).toContain(
      'sinh-hoat-thuong-ky/index.html: danh sách trang ghi quy trình chuan-bi-thuong-ky, trinh-tu-thuong-ky, chuong-trinh-thuong-ky nhưng trang không hiện',
    );
    expect(problems).toContain('sinh-hoat-thuong-ky/index.html: trang hiện quy trình cac-buoc-chuyen-de mà danh sách trang không ghi');
    expect(problems).toContain('sinh-hoat-thuong-ky/index.html: danh sách trang ghi trang hiện quy định (content/rules.yaml) nhưng trang không hiện');
  });
});

describe('the sidebar', () => {
  test('is the registry in order: top-level pages, then groups in the registry order', () => {
    const sidebar = handbookSidebar();
    expect(sidebar.map((e) => e.label)).toEqual([
      'Trang chủ',
      'Hướng dẫn',
      'Chuyên đề',
      'Mẫu văn bản',
      'Danh sách kiểm tra',
      'Văn bản căn cứ',
      'Bản in',
      'Tìm kiếm',
    ]);
    expect(sidebarOf(everyPage)).toEqual(sidebar);
    const topics = sidebar.find((e) => e.label === 'Chuyên đề');
    expect(topics && 'items' in topics ? topics.items : []).toEqual([
      { label: 'Danh sách theo năm', link: '/chuyen-de/' },
      ...handbook.topicLists.map((l) => ({ label: `Năm ${l.year}`, link: `/chuyen-de/${l.year}/` })),
    ]);
  });

  test('as Starlight route data: the current page marked, pagination around it, under a base', () => {
    const live = routeSidebar(handbookSidebar(), '/so-tay/sinh-hoat-chuyen-de/', '/so-tay/');
    const links = sidebarLinks(live);
    expect(links.filter((l) => l.isCurrent).map((l) => l.href)).toEqual(['/so-tay/sinh-hoat-chuyen-de/']);
    expect(pagination(live).prev?.href).toBe('/so-tay/sinh-hoat-thuong-ky/');
    expect(pagination(live).next?.href).toBe('/so-tay/quy-trinh-sinh-hoat-chuyen-de/');
    expect(sameLinks(live, routeSidebar(handbookSidebar(), '/', '/so-tay/'))).toBe(true);
    expect(sameLinks(live, routeSidebar(handbookSidebar(), '/', '/'))).toBe(false);
  });
});

describe('getHandbook (content/ loaded once)', () => {
  test('reads and validates a directory once while its files stay the same, again after a change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noi-dung-'));
    try {
      cpSync('content', dir, { recursive: true });
      const first = getHandbook(dir, dir);
      expect(getHandbook(dir, dir)).toBe(first);
      expect(handbookLoads(dir)).toBe(1);
      const file = join(dir, 'topics', '2023', 'ban-thuong-vu-dang-uy-khoi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Thường xuyên tự soi', 'Luôn tự soi'));
      const second = getHandbook(dir, dir);
      expect(handbookLoads(dir)).toBe(2);
      expect(second.topicLists[0]?.topics.some((t) => t.title.startsWith('Luôn tự soi'))).toBe(true);
      writeFileSync(file, 'year: [');
      expect(() => getHandbook(dir, dir)).toThrow(ContentError);
      expect(() => getHandbook(dir, dir)).toThrow(ContentError);
      expect(handbookLoads(dir)).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('isContentFile: YAML under content/ only', () => {
    expect(isContentFile('/p/content/topics/2023.yaml', '/p/content')).toBe(true);
    expect(isContentFile('/p/content/a.yml', '/p/content')).toBe(true);
    expect(isContentFile('/p/content/README.md', '/p/content')).toBe(false);
    expect(isContentFile('/p/src/x.yaml', '/p/content')).toBe(false);
  });
});
