import { describe, expect, test } from 'vitest';
import { uniqueIds } from '../../src/lib/print/unique-ids';
import { allPages, pages, printedPages } from '../../src/lib/routes';

describe('uniqueIds (the printed handbook gathers pages whose ids may clash)', () => {
  const page = `<!doctype html><html><body>
<nav><a href="#phan-a">A</a><a href="#phan-b">B</a></nav>
<section data-id-scope aria-labelledby="phan-a"><h2 id="phan-a">A</h2><h3 id="thao-luan">Thảo luận</h3><a href="#thao-luan">lên</a></section>
<section data-id-scope aria-labelledby="phan-b"><h2 id="phan-b">B</h2>
<a href="#thao-luan">xuống</a><label for="thao-luan">x</label><input aria-describedby="thao-luan goi-y">
<li id="thao-luan">Bước Thảo luận</li><span id="goi-y">g</span><a href="/quy-trinh/#thao-luan">trang</a>
</section>
<p id="thao-luan-2">đã có</p>
</body></html>`;

  test('renames a later clashing id inside its part, with the references in that part, and nothing else', () => {
    const { html, renamed } = uniqueIds(page);
    expect(renamed).toBe(1);
    expect(html).toContain('<h3 id="thao-luan">Thảo luận</h3><a href="#thao-luan">lên</a>');
    expect(html).toContain('<li id="thao-luan-3">');
    expect(html).toContain('<a href="#thao-luan-3">xuống</a><label for="thao-luan-3">x</label><input aria-describedby="thao-luan-3 goi-y">');
    // Links to other pages and ids outside the parts are left as they are.
    expect(html).toContain('<a href="/quy-trinh/#thao-luan">trang</a>');
    expect(html).toContain('<p id="thao-luan-2">đã có</p>');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('leaves a page without clashes byte for byte', () => {
    const plain = '<!doctype html><html><body><section data-id-scope><h2 id="a">A</h2></section><script>let x = "<b>";</script></body></html>';
    expect(uniqueIds(plain)).toEqual({ html: plain, renamed: 0 });
  });
});

describe('the printed handbook', () => {
  test('holds the guidance in the registry’s reading order: MDX pages but the home page, the year lists, the basis documents', () => {
    const list = allPages({ topicLists: [{ year: 2023 }, { year: 2024 }], templates: [{ id: 'bien-ban', title: 'Biên bản' }], checklists: [{ id: 'x', title: 'X' }] });
    expect(printedPages(list).map((p) => p.path)).toEqual([
      'sinh-hoat-thuong-ky/',
      'sinh-hoat-chuyen-de/',
      'quy-trinh-sinh-hoat-chuyen-de/',
      'luu-y-kinh-nghiem/',
      'chuyen-de/2024/',
      'chuyen-de/2023/',
      'van-ban-can-cu/',
    ]);
  });

  test('shows every procedure and advice list the other pages show, and is left out of search', () => {
    const others = Object.values(pages).filter((p) => p !== pages.print);
    expect(pages.print.shows.procedures).toEqual(others.flatMap((p) => ('procedures' in p.shows ? p.shows.procedures : [])));
    expect(pages.print.shows.advice).toEqual(['cap-uy', 'dang-vien']);
    expect(pages.print.search).toBe(false);
  });
});
