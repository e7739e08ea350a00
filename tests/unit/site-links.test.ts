import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinksPlugin } from '../../src/integrations/markdown/base-links';
import { normalizeBase, slug as asciiSlug, withBase } from '../../src/lib/text';
import { asciiHeadingIdsPlugin } from '../../src/integrations/markdown/heading-ids';
import { linksValidatorExclude, routePagePaths } from '../../src/lib/site/links-validator';
import { heroActionsWithBase, isNotFoundPath, notFoundHead, titleOnce } from '../../src/lib/site/route-data';
import { robotsTxt } from '../../src/lib/site/robots';

describe('withBase', () => {
  test('prefixes root-relative URLs with the base', () => {
    expect(withBase('/quy-trinh-sinh-hoat-chuyen-de/', '/so-tay/')).toBe('/so-tay/quy-trinh-sinh-hoat-chuyen-de/');
    expect(withBase('/luu-y/#muc', '/so-tay/')).toBe('/so-tay/luu-y/#muc');
    expect(withBase('/', '/so-tay/')).toBe('/so-tay/');
    expect(withBase('/a/', 'so-tay')).toBe('/so-tay/a/');
  });
  test('leaves other URLs and the root base alone', () => {
    for (const url of ['#muc', 'tuong-doi/', '../len/', 'https://vi.wikipedia.org/', '//cdn.example/x.js', 'mailto:a@b.vn', '']) {
      expect(withBase(url, '/so-tay/')).toBe(url);
    }
    expect(withBase('/a/', '/')).toBe('/a/');
  });
  test('normalizes a base', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('so-tay')).toBe('/so-tay/');
    expect(normalizeBase('/so-tay')).toBe('/so-tay/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });
});

describe('baseLinksPlugin in the Markdown/MDX processor', () => {
  test('Markdown links and images get the base; others do not', async () => {
    const { html } = await markdownToHtml('[a](/quy-trinh/#b) [c](https://e.vn/) [d](#e)\n\n![f](/anh.png)', {
      hastPlugins: [baseLinksPlugin('/so-tay/')],
    });
    expect(html).toContain('href="/so-tay/quy-trinh/#b"');
    expect(html).toContain('href="https://e.vn/"');
    expect(html).toContain('href="#e"');
    expect(html).toContain('src="/so-tay/anh.png"');
  });
  test('MDX components such as <LinkCard href="/…/"> get the base, inline and as blocks', async () => {
    const { code } = await mdxToJs(
      'import { LinkCard } from "x";\n\n<LinkCard title="t" href="/chuyen-de/" />\n\nXem <LinkCard title="u" href="/van-ban/" /> và [g](/g/).',
      { hastPlugins: [baseLinksPlugin('/so-tay/')] },
    );
    expect(code).toContain('href: "/so-tay/chuyen-de/"');
    expect(code).toContain('href: "/so-tay/van-ban/"');
    expect(code).toContain('href: "/so-tay/g/"');
    expect(code).toContain('title: "t"');
  });
  test('with the root base nothing changes', async () => {
    const { html } = await markdownToHtml('[a](/x/)', { hastPlugins: [baseLinksPlugin('/')] });
    expect(html).toContain('href="/x/"');
  });
});

describe('heading ids without diacritics', () => {
  test('asciiSlug drops diacritics, đ and punctuation', () => {
    expect(asciiSlug('Bảy nhóm vấn đề')).toBe('bay-nhom-van-de');
    expect(asciiSlug('Đảng ủy: kiểm tra, giám sát!')).toBe('dang-uy-kiem-tra-giam-sat');
    expect(asciiSlug('Bảy nhóm vấn đề'.normalize('NFD'))).toBe('bay-nhom-van-de');
    expect(asciiSlug('Chỉ thị 10-CT/TW')).toBe('chi-thi-10-ct-tw');
  });
  test('headings get those ids, repeats are numbered, given ids are kept', async () => {
    const { html } = await markdownToHtml('## Bảy nhóm vấn đề\n\n## Ví dụ\n\n## Ví dụ\n\n<h2 id="rieng">Riêng</h2>', {
      hastPlugins: [asciiHeadingIdsPlugin],
    });
    expect(html).toContain('<h2 id="bay-nhom-van-de">');
    expect(html).toContain('<h2 id="vi-du">');
    expect(html).toContain('<h2 id="vi-du-1">');
  });
});

describe('custom routes and the link validator', () => {
  test('the pages made by routes come from the page registry', () => {
    expect(routePagePaths()).toEqual(['404/', 'ban-in/', 'chuyen-de/', 'danh-sach-kiem-tra/', 'ke-hoach/', 'mau-van-ban/', 'tim-kiem/']);
  });

  test('the validator skips custom pages, and front-matter links under a sub-path', () => {
    const root = linksValidatorExclude('/', ['chuyen-de/']);
    expect(root({ link: '/chuyen-de/' })).toBe(true);
    expect(root({ link: '/chuyen-de/2023/#x' })).toBe(true);
    expect(root({ link: '/quy-trinh-sinh-hoat-chuyen-de/' })).toBe(false);
    const sub = linksValidatorExclude('/so-tay/', ['chuyen-de/']);
    expect(sub({ link: '/so-tay/chuyen-de/' })).toBe(true);
    expect(sub({ link: '/so-tay/quy-trinh-sinh-hoat-chuyen-de/' })).toBe(false);
    expect(sub({ link: '/quy-trinh-sinh-hoat-chuyen-de/' })).toBe(true);
  });
});

describe('route data', () => {
  test('hero actions get the base', () => {
    expect(heroActionsWithBase([{ text: 'a', link: '/x/' }, { text: 'b', link: 'https://e.vn/' }], '/so-tay/')).toEqual([
      { text: 'a', link: '/so-tay/x/' },
      { text: 'b', link: 'https://e.vn/' },
    ]);
  });
  test('the 404 page loses its canonical link and gets noindex', () => {
    expect(isNotFoundPath('/404/')).toBe(true);
    expect(isNotFoundPath('/so-tay/404.html')).toBe(true);
    expect(isNotFoundPath('/404')).toBe(true);
    expect(isNotFoundPath('/quy-trinh-404-buoc/')).toBe(false);
    const head = notFoundHead([
      { tag: 'link', attrs: { rel: 'canonical', href: 'https://e.vn/404/' } },
      { tag: 'meta', attrs: { name: 'description', content: 'd' } },
    ]);
    expect(head).toEqual([
      { tag: 'meta', attrs: { name: 'description', content: 'd' } },
      { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
    ]);
  });
  test('a page titled as the site has the site name once in its window title; other pages keep theirs', () => {
    const head = [
      { tag: 'title' as const, content: 'Sổ tay | Sổ tay' },
      { tag: 'meta' as const, attrs: { property: 'og:title', content: 'Sổ tay' } },
    ];
    expect(titleOnce(head, 'Sổ tay', 'Sổ tay')).toEqual([{ tag: 'title', content: 'Sổ tay' }, head[1]]);
    expect(titleOnce([{ tag: 'title', content: 'Mẫu | Sổ tay' }], 'Mẫu', 'Sổ tay')).toEqual([{ tag: 'title', content: 'Mẫu | Sổ tay' }]);
  });
  test('robots.txt names the sitemap under the base', () => {
    expect(robotsTxt('https://e.vn', '/so-tay/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.vn/so-tay/sitemap-index.xml\n');
    expect(robotsTxt(new URL('https://e.vn/'), '/')).toContain('Sitemap: https://e.vn/sitemap-index.xml');
  });
});
