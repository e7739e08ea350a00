// The search page in Chromium over the built site: real queries from the handbook's own content
// (with and without diacritics, in NFD, in capitals) must put the expected step, topic, section or
// page first; filters show counts and narrow; the address keeps the query and the filters.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';
import { tidyQuery } from '../../src/lib/search/url';

/**
 * One query and the address its first result must link to (relative to the site base), or the
 * addresses it may link to where the words fit several entries equally (the step of writing the
 * minutes and the two minutes templates, for "biên bản").
 */
interface Row {
  q: string;
  first: string | string[];
}

const minutes = ['mau-van-ban/bien-ban-thuong-ky/', 'mau-van-ban/bien-ban-chuyen-de/'];

const rows: Row[] = [
  // Steps, by name, with and without diacritics.
  { q: 'cử thư ký', first: 'quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky' },
  { q: 'cu thu ky', first: 'quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky' },
  { q: 'tuyen bo ly do', first: 'quy-trinh-sinh-hoat-chuyen-de/#tuyen-bo-ly-do' },
  { q: 'thông qua chương trình', first: 'quy-trinh-sinh-hoat-chuyen-de/#thong-qua-chuong-trinh' },
  { q: 'trinh bay de dan', first: 'quy-trinh-sinh-hoat-chuyen-de/#trinh-bay-de-dan' },
  { q: 'tiếp thu ý kiến', first: 'quy-trinh-sinh-hoat-chuyen-de/#tiep-thu-y-kien' },
  { q: 'danh gia ket luan', first: 'quy-trinh-sinh-hoat-chuyen-de/#danh-gia-ket-luan' },
  { q: 'chon chuyen de', first: 'quy-trinh-sinh-hoat-chuyen-de/#chon-chuyen-de' },
  { q: 'phân công chuẩn bị đề dẫn', first: 'quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan' },
  { q: 'duyet de dan', first: 'quy-trinh-sinh-hoat-chuyen-de/#duyet-de-dan' },
  { q: 'thong bao tinh hinh dang vien', first: 'quy-trinh-sinh-hoat-chuyen-de/#thong-bao-tinh-hinh-dang-vien' },
  { q: 'thong tin thoi su', first: 'sinh-hoat-thuong-ky/#thong-tin-thoi-su' },
  { q: 'mối liên hệ nơi cư trú', first: 'sinh-hoat-thuong-ky/#lien-he-noi-cu-tru' },
  { q: 'nghi quyet trung uong 4', first: 'sinh-hoat-thuong-ky/#nghi-quyet-tw4' },
  { q: 'de ra nhiem vu thang tiep theo', first: 'sinh-hoat-thuong-ky/#nhiem-vu-thang-toi' },
  // Papers: the templates.
  { q: 'biên bản', first: ['quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky', ...minutes] },
  { q: 'bien ban', first: ['quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky', ...minutes] },
  { q: 'mau bien ban', first: minutes },
  { q: 'bien ban thuong ky', first: 'mau-van-ban/bien-ban-thuong-ky/' },
  { q: 'biên bản sinh hoạt chuyên đề', first: 'mau-van-ban/bien-ban-chuyen-de/' },
  { q: 'de dan sinh hoat chuyen de', first: 'mau-van-ban/de-dan-chuyen-de/' },
  { q: 'bai tham luan', first: 'mau-van-ban/bai-tham-luan/' },
  { q: 'tham luận', first: ['luu-y-kinh-nghiem/#chuan-bi-tham-luan', 'mau-van-ban/bai-tham-luan/'] },
  { q: 'chương trình sinh hoạt chuyên đề', first: 'mau-van-ban/chuong-trinh-chuyen-de/' },
  { q: 'chuong trinh sinh hoat thuong ky', first: 'mau-van-ban/chuong-trinh-thuong-ky/' },
  { q: 'mau van ban', first: 'mau-van-ban/' },
  // Topics and topic groups.
  { q: 'tự soi tự sửa', first: 'chuyen-de/2023/#tu-soi-tu-sua-2023' },
  { q: 'tu soi tu sua', first: 'chuyen-de/2023/#tu-soi-tu-sua-2023' },
  { q: 'kiên quyết kiên trì đấu tranh', first: 'chuyen-de/2023/#phong-chong-tham-nhung-2023' },
  { q: 'khat vong ha tinh', first: 'chuyen-de/2023/#hoc-tap-lam-theo-bac-2023' },
  { q: 'tu dien bien tu chuyen hoa', first: 'sinh-hoat-chuyen-de/#nhom-phong-chong-suy-thoai' },
  { q: 'giao duc truyen thong', first: 'sinh-hoat-chuyen-de/#nhom-giao-duc-truyen-thong' },
  { q: 'chuyên đề năm 2023', first: 'chuyen-de/2023/' },
  // Names and document numbers from the guidance.
  { q: 'Vương Đại Tương', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: 'vuong dai tuong', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: '04-ĐA/ThU', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: '04-DA/ThU', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: 'ngay 03 hang thang', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: '12-HD/BTCTW', first: 'van-ban-can-cu/#hd-12-2018' },
  { q: '36-hd/vptw', first: 'van-ban-can-cu/#hd-36-2018' },
  { q: 'chi thi 10-CT/TW', first: 'van-ban-can-cu/#ct-10-2007' },
  { q: 'tan thanh', first: 'sinh-hoat-thuong-ky/#vi-du-buoi-sinh-hoat-mau-cua-chi-bo-tan-thanh' },
  { q: '11 ý kiến', first: 'sinh-hoat-thuong-ky/#thao-luan' },
  // Pages and advice.
  { q: 'sinh hoat chi bo thuong ky', first: 'sinh-hoat-thuong-ky/' },
  { q: 'quy trình sinh hoạt chuyên đề', first: 'quy-trinh-sinh-hoat-chuyen-de/' },
  { q: 'bay nhom van de', first: 'sinh-hoat-chuyen-de/#bay-nhom-van-de' },
  { q: 'van ban can cu', first: 'van-ban-can-cu/' },
  { q: 'danh sach kiem tra', first: 'danh-sach-kiem-tra/' },
  { q: 'không lồng ghép chuyên môn', first: 'luu-y-kinh-nghiem/#khong-long-ghep-chuyen-mon' },
  { q: 'kiem tra giam sat', first: 'luu-y-kinh-nghiem/#kiem-tra-giam-sat' },
];

/**
 * The same query typed in other ways: without diacritics, in NFD, in capitals, with extra spaces.
 * Each must give the same results, in the same order, as the correct spelling.
 */
const variants: Array<[string, string[]]> = [
  ['cử thư ký', ['cu thu ky', 'cử thư ký'.normalize('NFD'), 'CỬ THƯ KÝ', '  cử   thư  ký ', 'Cử Thư Ký'.normalize('NFD'), 'CU THU KY']],
  ['Vương Đại Tương', ['vuong dai tuong', 'VƯƠNG ĐẠI TƯƠNG'.normalize('NFD'), 'vương  đại tương']],
  ['tự soi tự sửa', ['tu soi tu sua', 'TỰ SOI TỰ SỬA', 'tự soi tự sửa'.normalize('NFD')]],
  ['biên bản', ['bien ban', 'BIÊN BẢN'.normalize('NFD')]],
  ['đề dẫn', ['de dan', 'ĐỀ DẪN', 'Đe Dan']],
];

const site = useBuiltSite();
let page: Page;

beforeAll(async () => {
  page = await (await site.browser.newContext(phone)).newPage();
  await page.goto(`${site.url}tim-kiem/`);
});

const main = (): Locator => page.getByRole('main');
const box = (): Locator => main().getByRole('searchbox', { name: 'Từ cần tìm' });
const status = (): Locator => main().getByRole('status');
const results = (): Locator => main().getByRole('region', { name: 'Kết quả' }).getByRole('listitem');
/** The address each result's title links to, relative to the site base. */
const resultLinks = async (): Promise<string[]> =>
  (await results().getByRole('heading').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.replace(new URL(site.url).pathname, ''),
  );

/** Types `q` and waits until the status reports the search for it. The box is emptied first, so
 * that a query spelled differently but shown the same ("cử" in NFD) is searched again. */
async function search(q: string): Promise<void> {
  await box().fill('');
  await expect.poll(() => status().textContent(), { timeout: 15_000 }).not.toMatch(/“/);
  await box().fill(q);
  const shown = tidyQuery(q);
  await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(new RegExp(`(kết quả|Không có kết quả) cho “${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
}

/** What the search page showed for one query: its status line and the links of the results shown. */
interface Shown {
  status: string;
  links: string[];
}

/**
 * Runs each query through the search page in one go, inside the page (no round trip to the test
 * per step): the box is set and the form submitted, as pressing Enter would, and the status line
 * awaited, then the results read. The box is emptied and submitted first, so that a query spelled
 * differently but searched the same ("cử" in NFD) runs again. What is shown goes through the page's
 * own code: query folding, Pagefind, ranking, the result's link and anchor.
 */
async function searchAll(queries: string[]): Promise<Map<string, Shown>> {
  const base = new URL(site.url).pathname;
  const shown = await page.evaluate(
    async ({ queries, base }) => {
      const root = document.querySelector('search-page')!;
      const form = root.querySelector('form')!;
      const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      const status = root.querySelector('[data-status]')!;
      const until = async (done: () => boolean, what: string): Promise<void> => {
        const end = Date.now() + 15_000;
        while (!done()) {
          if (Date.now() > end) throw new Error(`Hết giờ chờ ${what}; dòng trạng thái: "${status.textContent}"`);
          await new Promise((ok) => setTimeout(ok, 5));
        }
      };
      await until(() => status.textContent === '', 'chỉ mục tìm kiếm tải xong');
      const out: Array<{ status: string; links: string[] }> = [];
      for (const { q, shown } of queries) {
        box.value = '';
        form.requestSubmit();
        await until(() => status.textContent === '', 'ô tìm kiếm trống');
        box.value = q;
        form.requestSubmit();
        await until(() => (status.textContent ?? '').includes(`kết quả cho “${shown}”`), `kết quả cho “${shown}”`);
        const links = [...root.querySelectorAll('[data-results] > li h3 a')].map((a) => (a.getAttribute('href') ?? '').replace(base, ''));
        out.push({ status: status.textContent ?? '', links });
      }
      return out;
    },
    { queries: queries.map((q) => ({ q, shown: tidyQuery(q) })), base },
  );
  return new Map(queries.map((q, i) => [q, shown[i]!]));
}

describe('search page: the first result of real queries', () => {
  let shown: Map<string, Shown>;
  beforeAll(async () => {
    shown = await searchAll([...rows.map((row) => row.q), ...variants.flatMap(([correct, typed]) => [correct, ...typed])]);
  }, 120_000);

  test.each(rows.map((row) => [row.q, row] as const))('"%s"', (_, row) => {
    const want = [row.first].flat();
    const links = shown.get(row.q)!.links;
    expect(want, `kết quả: ${links.slice(0, 5).join(' | ')}`).toContain(links[0]);
  });

  test('queries without diacritics, in NFD, in capitals or with extra spaces give the same results as the correct spelling', () => {
    /** How many results the status reports. */
    const found = (q: string): string => /^(\d+) kết quả/.exec(shown.get(q)!.status)?.[1] ?? '0';
    for (const [correct, typed] of variants) {
      const expected = shown.get(correct)!.links;
      expect(expected.length, correct).toBeGreaterThan(0);
      for (const variant of typed) {
        expect(shown.get(variant)!.links, JSON.stringify(variant)).toEqual(expected);
        expect(found(variant), JSON.stringify(variant)).toBe(found(correct));
      }
    }
  });

  test('"Xem thêm kết quả" adds the next ten and moves focus to the first of them', async () => {
    await search('dang vien');
    const total = Number(/^(\d+) kết quả/.exec((await status().textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(results().count()).resolves.toBe(10);
    await main().getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await expect.poll(() => results().count()).toBe(Math.min(total, 20));
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await expect(resultLinks().then((links) => `/${links[10]}`)).resolves.toBe(focused);
  });

  test('a result shows where it sits and marks the words found; its link opens the step', async () => {
    await search('cu thu ky');
    const first = results().first();
    await expect(first.textContent()).resolves.toMatch(/Quy trình · Bước 2 · Các bước sinh hoạt chuyên đề/);
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['Cử', 'thư', 'ký']));
    await first.getByRole('link').first().click();
    await page.waitForURL(/\/quy-trinh-sinh-hoat-chuyen-de\/#cu-thu-ky$/);
    await page.goto(`${site.url}tim-kiem/`);
  });
});

describe('search page: filters', () => {
  const facet = (legend: string): Locator => main().getByRole('group', { name: legend, exact: true });
  const checkbox = (legend: string, value: string): Locator => facet(legend).getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) });
  /** The count beside a checkbox. */
  const count = async (legend: string, value: string): Promise<number> =>
    Number(/\((\d+)\)$/.exec(await checkbox(legend, value).evaluate((box) => box.closest('label')?.textContent ?? ''))?.[1]);

  test('every facet is a labelled group of checkboxes with counts; ticking one narrows the results to it', async () => {
    await page.goto(`${site.url}tim-kiem/`);
    await search('dang vien');
    const total = Number(/^(\d+)/.exec((await status().textContent()) ?? '')?.[1]);
    await main().getByText('Lọc kết quả').click();
    await expect(facet('Loại nội dung').getByRole('checkbox').count()).resolves.toBeGreaterThan(1);
    await expect(facet('Quy trình').getByRole('checkbox').count()).resolves.toBeGreaterThan(1);
    // Values that would give nothing are left out: every count shown is above 0.
    const shownCounts = await main().locator('fieldset:visible label:visible').allTextContents();
    expect(shownCounts.length).toBeGreaterThan(0);
    for (const text of shownCounts) expect(text).not.toMatch(/\(0\)$/);
    const steps = await count('Loại nội dung', 'Quy trình');
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(total);

    await checkbox('Loại nội dung', 'Quy trình').check();
    await expect.poll(() => status().textContent()).toBe(`${steps} kết quả cho “dang vien” (đã lọc).`);
    await expect(resultLinks()).resolves.toHaveLength(Math.min(steps, 10));
    for (const result of await results().all()) await expect(result.textContent()).resolves.toMatch(/^Quy trình · /);

    // Values of one filter add up ("or"); a second filter narrows ("and").
    const procedure = await count('Quy trình', 'Các bước sinh hoạt chuyên đề');
    await checkbox('Quy trình', 'Các bước sinh hoạt chuyên đề').check();
    await expect.poll(() => status().textContent()).toBe(`${procedure} kết quả cho “dang vien” (đã lọc).`);
    expect(procedure).toBeLessThan(steps);
    await expect(page.evaluate(() => location.search)).resolves.toBe('?q=dang+vien&loai=quy-trinh&quy-trinh=cac-buoc-sinh-hoat-chuyen-de');
  });

  test.each([
    ['chuyen-de', /^chuyen-de\/\d{4}\/#/],
    ['mau-van-ban', /^mau-van-ban\/([a-z-]+\/)?$/],
  ])('without a query, the filter loai=%s lists everything of that kind', async (kind, link) => {
    await page.goto(`${site.url}tim-kiem/?loai=${kind}`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/^\d+ kết quả \(đã lọc\)\.$/);
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(link);
  });

  test('no results: the help offers to drop the filters and to type without diacritics', async () => {
    await page.goto(`${site.url}tim-kiem/?q=bi%C3%AAn+b%E1%BA%A3n&loai=chuyen-de`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toBe('Không có kết quả cho “biên bản” (đã lọc).');
    await expect(main().getByText(/bỏ bớt bộ lọc đang chọn \(loại nội dung: chuyên đề\): không lọc thì có \d+ kết quả/).isVisible()).resolves.toBe(true);
    await expect(main().getByRole('link', { name: 'bien ban' }).isVisible()).resolves.toBe(true);
    await main().getByRole('button', { name: 'Bỏ tất cả bộ lọc' }).last().click();
    await expect.poll(() => status().textContent()).toMatch(/^\d+ kết quả cho “biên bản”\.$/);
    await expect(page.evaluate(() => location.search)).resolves.toBe('?q=bi%C3%AAn+b%E1%BA%A3n');
  });
});

describe('search page: the address', () => {
  test('round trip: loading ?q=…&loai=… restores the box and the ticks, and shows the results', async () => {
    await page.goto(`${site.url}tim-kiem/?q=tu+soi+tu+sua&loai=chuyen-de&nam=2023`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/kết quả cho “tu soi tu sua” \(đã lọc\)/);
    await expect(box().inputValue()).resolves.toBe('tu soi tu sua');
    await expect(main().getByRole('group', { name: 'Loại nội dung' }).getByRole('checkbox', { name: /^Chuyên đề \(/ }).isChecked()).resolves.toBe(true);
    await expect(main().getByRole('group', { name: 'Năm' }).getByRole('checkbox', { name: /^2023 \(/ }).isChecked()).resolves.toBe(true);
    await expect(
      main().getByRole('group', { name: 'Loại nội dung' }).getByRole('checkbox', { name: /^Quy trình \(/, includeHidden: true }).isChecked(),
    ).resolves.toBe(false);
    await expect(resultLinks()).resolves.toEqual(['chuyen-de/2023/#tu-soi-tu-sua-2023']);

    // A new search rewrites the address, and a reload brings it back.
    await search('Vương Đại Tương');
    await expect(page.evaluate(() => location.search)).resolves.toBe('?q=V%C6%B0%C6%A1ng+%C4%90%E1%BA%A1i+T%C6%B0%C6%A1ng&loai=chuyen-de&nam=2023');
    await page.reload();
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/cho “Vương Đại Tương” \(đã lọc\)/);
    await expect(box().inputValue()).resolves.toBe('Vương Đại Tương');
  });

  test('unknown filter values in the address are ignored', async () => {
    await page.goto(`${site.url}tim-kiem/?q=cu+thu+ky&loai=khong-co`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/^\d+ kết quả cho “cu thu ky”\.$/);
    await expect(page.evaluate(() => location.search)).resolves.toBe('?q=cu+thu+ky');
  });
});

describe('search page: accessibility', () => {
  test.each([
    ['light', 'phone', phone],
    ['dark', 'desktop', { viewport: { width: 1280, height: 900 } }],
  ] as const)('axe finds no violation with results, filters open and no results help (%s, %s)', async (theme, _, device) => {
    const context = await site.browser.newContext({ ...device, colorScheme: theme });
    const p = await context.newPage();
    await p.goto(`${site.url}tim-kiem/?q=dang+vien&loai=quy-trinh`);
    await expect.poll(() => p.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/kết quả cho/);
    await expect(axeViolations(p)).resolves.toEqual([]);
    await p.goto(`${site.url}tim-kiem/?q=bi%C3%AAn+b%E1%BA%A3n&loai=chuyen-de`);
    await expect.poll(() => p.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/Không có kết quả/);
    await expect(axeViolations(p)).resolves.toEqual([]);
    await context.close();
  });
});

describe('search page: empty state and without JavaScript', () => {
  test('with nothing typed: examples, and nothing sent anywhere', async () => {
    await page.goto(`${site.url}tim-kiem/`);
    await expect(box().getAttribute('placeholder')).resolves.toBe('Ví dụ: cu thu ky, tu soi tu sua');
    await expect.poll(() => main().getByRole('link', { name: 'tu soi tu sua' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect(main().getByText('những gì bạn gõ không được gửi đi đâu').isVisible()).resolves.toBe(true);
  });

  test('without JavaScript: a plain GET form, a note that search needs JavaScript, and the main pages', async () => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}tim-kiem/?q=cu+thu+ky`);
    const form = noJs.getByRole('search');
    await expect(form.getAttribute('method')).resolves.toBe('get');
    await expect(noJs.getByRole('searchbox', { name: 'Từ cần tìm' }).getAttribute('name')).resolves.toBe('q');
    await expect(form.getByRole('button', { name: 'Tìm', exact: true }).isVisible()).resolves.toBe(true);
    await expect(noJs.getByText(/Tìm kiếm chạy ngay trên máy của bạn nên cần JavaScript/).isVisible()).resolves.toBe(true);
    const main = noJs.getByRole('main');
    for (const name of ['Quy trình sinh hoạt chuyên đề', 'Mẫu văn bản', 'Chuyên đề theo năm', 'Văn bản căn cứ']) {
      await expect(main.getByRole('link', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    }
    await context.close();
  });
});

describe('header dialog', () => {
  test('folds đ, shows steps first and links to the search page with the query', async () => {
    const context = await site.browser.newContext(phone);
    const p = await context.newPage();
    await p.goto(`${site.url}sinh-hoat-chuyen-de/`);
    await p.getByRole('button', { name: 'Tìm kiếm' }).click();
    const dialog = p.getByRole('dialog', { name: 'Tìm kiếm' });
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('trinh bay de dan');
    const first = dialog.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    await expect(first.getAttribute('href')).resolves.toBe('/quy-trinh-sinh-hoat-chuyen-de/#trinh-bay-de-dan');
    await expect(first.textContent()).resolves.toBe('Trình bày đề dẫn chuyên đề');
    await expect(dialog.textContent()).resolves.not.toMatch(/[ḍḌ]/);
    const advanced = dialog.getByRole('link', { name: /Tìm nâng cao/ });
    await expect(advanced.getAttribute('href')).resolves.toMatch(/\/tim-kiem\/\?q=trinh\+bay\+de\+dan$/);
    await advanced.click();
    await p.waitForURL(/\/tim-kiem\/\?q=trinh\+bay\+de\+dan$/);
    await expect.poll(() => p.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/kết quả cho “trinh bay de dan”/);
    await context.close();
  });
});
