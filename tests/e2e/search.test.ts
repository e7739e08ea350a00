// The search page in Chromium over the built site: real queries from the handbook's own content
// (with and without diacritics, in NFD, in capitals) must put the expected step, topic, section or
// page first; filters show counts and narrow; the address keeps the query and the filters.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { connectBrowser, phone } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { distDir, requireDist } from '../helpers/dist';
import { axeViolations } from '../helpers/axe';
import { tidyQuery } from '../../src/lib/search/url';
import { fold } from '../../src/lib/text';

/**
 * One real query, the address its first result must link to (relative to the site base) and, where
 * the order after it matters, the address of the second ("then"): a paper's template, then the step
 * that produces it. The table is data, one row a query; add rows as content grows.
 */
interface Row {
  q: string;
  first: string;
  then?: string[];
}

/** The other minutes' templates, in the handbook's order, after the regular meeting's. */
const otherMinutes = ['mau-van-ban/bien-ban-hop-chi-uy/', 'mau-van-ban/bien-ban-chuyen-de/', 'mau-van-ban/bien-ban-ket-hop/'];

const rows: Row[] = [
  // Steps, by name, with and without diacritics.
  { q: 'cử thư ký', first: 'quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky' },
  { q: 'cu thu ky', first: 'quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky' },
  { q: 'tuyen bo ly do', first: 'quy-trinh-sinh-hoat-chuyen-de/#tuyen-bo-ly-do' },
  { q: 'giới thiệu đại biểu', first: 'quy-trinh-sinh-hoat-chuyen-de/#tuyen-bo-ly-do' },
  { q: 'thông qua chương trình', first: 'quy-trinh-sinh-hoat-chuyen-de/#thong-qua-chuong-trinh' },
  { q: 'neu muc dich yeu cau', first: 'quy-trinh-sinh-hoat-chuyen-de/#neu-muc-dich-yeu-cau' },
  { q: 'trinh bay de dan', first: 'quy-trinh-sinh-hoat-chuyen-de/#trinh-bay-de-dan' },
  { q: 'phát biểu thảo luận', first: 'quy-trinh-sinh-hoat-chuyen-de/#thao-luan' },
  { q: 'tiếp thu ý kiến', first: 'quy-trinh-sinh-hoat-chuyen-de/#tiep-thu-y-kien' },
  { q: 'danh gia ket luan', first: 'quy-trinh-sinh-hoat-chuyen-de/#danh-gia-ket-luan' },
  { q: 'gui chuyen de da hoan thien', first: 'quy-trinh-sinh-hoat-chuyen-de/#gui-chuyen-de' },
  { q: 'chon chuyen de', first: 'quy-trinh-sinh-hoat-chuyen-de/#chon-chuyen-de' },
  { q: 'phân công chuẩn bị đề dẫn', first: 'quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan' },
  { q: 'duyet de dan', first: 'quy-trinh-sinh-hoat-chuyen-de/#duyet-de-dan' },
  { q: 'thong bao tinh hinh dang vien', first: 'quy-trinh-sinh-hoat-chuyen-de/#thong-bao-tinh-hinh-dang-vien' },
  { q: 'thong tin thoi su', first: 'sinh-hoat-thuong-ky/#thong-tin-thoi-su' },
  { q: 'thông báo chủ trương', first: 'sinh-hoat-thuong-ky/#thong-bao-chu-truong' },
  { q: 'tinh hinh tu tuong', first: 'sinh-hoat-thuong-ky/#tinh-hinh-tu-tuong' },
  { q: 'mối liên hệ nơi cư trú', first: 'sinh-hoat-thuong-ky/#lien-he-noi-cu-tru' },
  { q: 'ket qua lanh dao thuc hien nhiem vu chinh tri', first: 'sinh-hoat-thuong-ky/#ket-qua-nhiem-vu-chinh-tri' },
  { q: 'nghi quyet trung uong 4', first: 'sinh-hoat-thuong-ky/#nghi-quyet-tw4' },
  { q: 'de ra nhiem vu thang tiep theo', first: 'sinh-hoat-thuong-ky/#nhiem-vu-thang-toi' },
  { q: 'phát biểu ý kiến của cấp trên', first: 'sinh-hoat-thuong-ky/#y-kien-cap-tren' },
  // Papers: a query naming one puts its template first, then the step or advice that produces it.
  // Every template named "biên bản", in the handbook's order (the meeting's own minutes first), then the step.
  { q: 'biên bản', first: 'mau-van-ban/bien-ban-thuong-ky/', then: [...otherMinutes, 'quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky'] },
  { q: 'bien ban', first: 'mau-van-ban/bien-ban-thuong-ky/', then: [...otherMinutes, 'quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky'] },
  { q: 'mẫu biên bản', first: 'mau-van-ban/bien-ban-thuong-ky/', then: otherMinutes },
  { q: 'mau bien ban', first: 'mau-van-ban/bien-ban-thuong-ky/', then: otherMinutes },
  { q: 'đề dẫn', first: 'mau-van-ban/de-dan-chuyen-de/', then: ['quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan'] },
  { q: 'de dan', first: 'mau-van-ban/de-dan-chuyen-de/', then: ['quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan'] },
  { q: 'mau de dan', first: 'mau-van-ban/de-dan-chuyen-de/', then: ['quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan'] },
  { q: 'tham luận', first: 'mau-van-ban/bai-tham-luan/', then: ['luu-y-kinh-nghiem/#chuan-bi-tham-luan'] },
  { q: 'tham luan', first: 'mau-van-ban/bai-tham-luan/', then: ['luu-y-kinh-nghiem/#chuan-bi-tham-luan'] },
  { q: 'nghị quyết', first: 'mau-van-ban/nghi-quyet-thuong-ky/', then: ['mau-van-ban/nghi-quyet-chuyen-de/'] },
  { q: 'nghi quyet', first: 'mau-van-ban/nghi-quyet-thuong-ky/', then: ['mau-van-ban/nghi-quyet-chuyen-de/'] },
  { q: 'chương trình', first: 'mau-van-ban/chuong-trinh-thuong-ky/', then: ['mau-van-ban/chuong-trinh-chuyen-de/'] },
  { q: 'mau chuong trinh', first: 'mau-van-ban/chuong-trinh-thuong-ky/', then: ['mau-van-ban/chuong-trinh-chuyen-de/'] },
  { q: 'bien ban thuong ky', first: 'mau-van-ban/bien-ban-thuong-ky/' },
  { q: 'biên bản sinh hoạt chuyên đề', first: 'mau-van-ban/bien-ban-chuyen-de/' },
  { q: 'de dan sinh hoat chuyen de', first: 'mau-van-ban/de-dan-chuyen-de/' },
  { q: 'bai tham luan', first: 'mau-van-ban/bai-tham-luan/' },
  { q: 'chương trình sinh hoạt chuyên đề', first: 'mau-van-ban/chuong-trinh-chuyen-de/' },
  { q: 'chuong trinh sinh hoat thuong ky', first: 'mau-van-ban/chuong-trinh-thuong-ky/' },
  { q: 'nghi quyet chi bo sau sinh hoat chuyen de', first: 'mau-van-ban/nghi-quyet-chuyen-de/' },
  { q: 'mau van ban', first: 'mau-van-ban/' },
  // The planner, by its name and by what it makes.
  { q: 'lập kế hoạch buổi sinh hoạt', first: 'ke-hoach/' },
  { q: 'lap ke hoach', first: 'ke-hoach/' },
  { q: 'lich nhac viec', first: 'ke-hoach/' },
  // Topics and topic groups.
  { q: 'tự soi tự sửa', first: 'chuyen-de/2023/#tu-soi-tu-sua-2023' },
  { q: 'tu soi tu sua', first: 'chuyen-de/2023/#tu-soi-tu-sua-2023' },
  { q: 'kiên quyết kiên trì đấu tranh', first: 'chuyen-de/2023/#phong-chong-tham-nhung-2023' },
  { q: 'khat vong ha tinh', first: 'chuyen-de/2023/#hoc-tap-lam-theo-bac-2023' },
  { q: 'tu dien bien tu chuyen hoa', first: 'sinh-hoat-chuyen-de/#nhom-phong-chong-suy-thoai' },
  { q: 'giao duc truyen thong', first: 'sinh-hoat-chuyen-de/#nhom-giao-duc-truyen-thong' },
  { q: 'nâng cao trình độ, năng lực', first: 'sinh-hoat-chuyen-de/#nhom-nang-cao-trinh-do' },
  { q: 'hoc tap va lam theo tu tuong dao duc phong cach ho chi minh', first: 'sinh-hoat-chuyen-de/#nhom-hoc-tap-lam-theo-bac' },
  { q: 'chuyên đề năm 2023', first: 'chuyen-de/2023/' },
  // Names and document numbers from the guidance.
  { q: 'Vương Đại Tương', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: 'vuong dai tuong', first: 'sinh-hoat-thuong-ky/#y-kien-cua-cap-tren' },
  { q: '04-ĐA/ThU', first: 'van-ban-can-cu/#da-04-2014-thi-xa' },
  { q: '04-DA/ThU', first: 'van-ban-can-cu/#da-04-2014-thi-xa' },
  { q: 'ngay 03 hang thang', first: 'van-ban-can-cu/#da-04-2014-thi-xa' },
  { q: '12-HD/BTCTW', first: 'van-ban-can-cu/#hd-12-2018' },
  // The newest central guidance, its steps and the rules the handbook states.
  { q: '42-HD/BTCTW', first: 'van-ban-can-cu/#hd-42-2025' },
  { q: 'dua tai lieu len so tay dang vien dien tu', first: 'sinh-hoat-thuong-ky/#dua-tai-lieu-len-so-tay' },
  { q: 'chi ủy họp thống nhất nội dung', first: 'sinh-hoat-thuong-ky/#hop-chi-uy' },
  { q: 'thoi luong buoi sinh hoat', first: 'van-ban-can-cu/#quy-dinh-thoi-luong' },
  { q: 'đảng viên dự bị không biểu quyết', first: 'van-ban-can-cu/#quy-dinh-du-bi-khong-bieu-quyet' },
  { q: 'bao cao cap uy cap tren truc tiep', first: 'quy-trinh-sinh-hoat-chuyen-de/#bao-cao-cap-tren' },
  { q: '36-hd/vptw', first: 'van-ban-can-cu/#hd-36-2018' },
  { q: 'chi thi 10-CT/TW', first: 'van-ban-can-cu/#ct-10-2007' },
  { q: 'chỉ thị 50-CT/TW', first: 'van-ban-can-cu/#ct-50-2025' },
  { q: 'tan thanh', first: 'sinh-hoat-thuong-ky/#vi-du-buoi-sinh-hoat-mau-cua-chi-bo-tan-thanh' },
  { q: '11 ý kiến', first: 'sinh-hoat-thuong-ky/#thao-luan' },
  // Abbreviations and other names (content/abbreviations.yaml), with and without diacritics.
  { q: 'HD42', first: 'van-ban-can-cu/#hd-42-2025' },
  { q: 'hd 42', first: 'van-ban-can-cu/#hd-42-2025' },
  { q: '42-HD', first: 'van-ban-can-cu/#hd-42-2025' },
  { q: 'HD số 42', first: 'van-ban-can-cu/#hd-42-2025' },
  { q: 'hd12', first: 'van-ban-can-cu/#hd-12-2018' },
  { q: 'CT50', first: 'van-ban-can-cu/#ct-50-2025' },
  { q: 'ct 50', first: 'van-ban-can-cu/#ct-50-2025' },
  { q: 'TW4', first: 'sinh-hoat-thuong-ky/#nghi-quyet-tw4' },
  { q: 'nghi quyet tw4', first: 'sinh-hoat-thuong-ky/#nghi-quyet-tw4' },
  { q: 'STĐVĐT', first: 'van-ban-can-cu/#quy-dinh-tai-lieu-truoc-mot-ngay' },
  { q: 'stdvdt', first: 'van-ban-can-cu/#quy-dinh-tai-lieu-truoc-mot-ngay' },
  { q: 'so tay dang vien', first: 'van-ban-can-cu/#quy-dinh-tai-lieu-truoc-mot-ngay' },
  { q: 'sổ tay đảng viên điện tử', first: 'van-ban-can-cu/#quy-dinh-tai-lieu-truoc-mot-ngay' },
  { q: 'BTV', first: 'chuyen-de/2023/#ban-thuong-vu-dang-uy-khoi' },
  { q: 'BCH', first: 'van-ban-can-cu/#nq-22-2008' },
  { q: 'bch trung uong', first: 'van-ban-can-cu/#nq-22-2008' },
  { q: 'SHCĐ', first: 'sinh-hoat-chuyen-de/' },
  { q: 'shcd', first: 'sinh-hoat-chuyen-de/' },
  // Pages and advice.
  { q: 'sinh hoat chi bo thuong ky', first: 'sinh-hoat-thuong-ky/' },
  { q: 'quy trình sinh hoạt chuyên đề', first: 'quy-trinh-sinh-hoat-chuyen-de/' },
  { q: 'bay nhom van de', first: 'sinh-hoat-chuyen-de/#bay-nhom-van-de' },
  { q: 'van ban can cu', first: 'van-ban-can-cu/' },
  { q: 'danh sach kiem tra', first: 'danh-sach-kiem-tra/' },
  { q: 'không lồng ghép chuyên môn', first: 'luu-y-kinh-nghiem/#khong-long-ghep-chuyen-mon' },
  { q: 'kiem tra giam sat', first: 'luu-y-kinh-nghiem/#kiem-tra-giam-sat' },
  { q: 'dinh huong thao luan', first: 'luu-y-kinh-nghiem/#dinh-huong-thao-luan' },
  { q: 'chuẩn bị đề dẫn chi tiết', first: 'luu-y-kinh-nghiem/#chuan-bi-de-dan-chi-tiet' },
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

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(distDir);
  browser = await connectBrowser();
  page = await (await browser.newContext(phone)).newPage();
  await page.goto(`${server.url}tim-kiem/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const main = (p: Page = page): Locator => p.getByRole('main');
const box = (p: Page = page): Locator => main(p).getByRole('searchbox', { name: 'Từ cần tìm' });
const status = (p: Page = page): Locator => main(p).getByRole('status');
const results = (p: Page = page): Locator => main(p).getByRole('region', { name: 'Kết quả' }).getByRole('listitem');
/** The address each result's title links to, relative to the site base. */
const resultLinks = async (p: Page = page): Promise<string[]> =>
  (await results(p).getByRole('heading').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.replace(new URL(server.url).pathname, ''),
  );

/**
 * Waits until the status's text matches `want` (or does not, with `not`); fails naming what it shows.
 * The page itself watches the status, so waiting costs no round trips to the browser.
 */
async function statusTo(p: Page, want: RegExp, not = false): Promise<void> {
  try {
    await p.waitForFunction(
      ({ source, flags, not }) => new RegExp(source, flags).test(document.querySelector('main [role="status"]')?.textContent ?? '') !== not,
      { source: want.source, flags: want.flags, not },
      { timeout: 15_000, polling: 'raf' },
    );
  } catch {
    throw new Error(`Trạng thái tìm kiếm vẫn là “${(await status(p).textContent()) ?? ''}”, chờ ${not ? 'khác ' : ''}${want}`);
  }
}

/** Types `q` and waits until the status reports the search for it. The box is emptied first, so
 * that a query spelled differently but shown the same ("cử" in NFD) is searched again. */
async function search(q: string, p: Page = page): Promise<void> {
  await box(p).fill('');
  await statusTo(p, /“/, true);
  await box(p).fill(q);
  const shown = tidyQuery(q);
  await statusTo(p, new RegExp(`(kết quả|Không có kết quả) cho “${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
}

/** What a search showed: the links of its results and how many it reports. */
interface Shown {
  links: string[];
  count: string;
}

/** Searches every query in the box, on `lanes` pages side by side. */
async function typedResults(queries: readonly string[], lanes = 4): Promise<Map<string, Shown>> {
  const out = new Map<string, Shown>();
  const context = page.context();
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const p = lane === 0 ? page : await context.newPage();
      if (lane > 0) await p.goto(`${server.url}tim-kiem/`);
      for (const q of queries.filter((_, i) => i % lanes === lane)) {
        await search(q, p);
        const count = /^(\d+) kết quả/.exec((await status(p).textContent()) ?? '')?.[1] ?? '0';
        out.set(q, { links: await resultLinks(p), count });
      }
      if (lane > 0) await p.close();
    }),
  );
  return out;
}

describe('search page: the first result of real queries', () => {
  test('the table holds at least 80 real queries', () => {
    expect(new Set(rows.map((r) => r.q)).size).toBeGreaterThanOrEqual(80);
  });

  // Each query is typed in the box as a user would, four pages side by side (one would take a
  // minute); each row is then its own test.
  let found = new Map<string, Shown>();
  beforeAll(async () => {
    found = await typedResults(rows.map((r) => r.q));
  }, 120_000);

  test.each(rows.map((row) => [row.q, row] as const))('"%s"', (_, row) => {
    const links = found.get(row.q)?.links ?? [];
    const want = [row.first, ...(row.then ?? [])];
    expect(links.slice(0, want.length), `kết quả: ${links.slice(0, 5).join(' | ')}`).toEqual(want);
  });

  test('queries without diacritics, in NFD, in capitals or with extra spaces give the same results as the correct spelling', async () => {
    const shown = await typedResults(variants.flatMap(([correct, typed]) => [correct, ...typed]));
    for (const [correct, typed] of variants) {
      const expected = shown.get(correct)!;
      expect(expected.links.length, correct).toBeGreaterThan(0);
      for (const variant of typed) expect(shown.get(variant), JSON.stringify(variant)).toEqual(expected);
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
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['thư ký']);
    await first.getByRole('link').first().click();
    await page.waitForURL(/\/quy-trinh-sinh-hoat-chuyen-de\/#cu-thu-ky$/);
    await page.goto(`${server.url}tim-kiem/`);
  });
});

describe('search page: readable results', () => {
  /** Every marked text and every snippet of the results shown, with the titles they sit under. */
  const shown = (): Promise<Array<{ title: string; excerpt: string; marks: string[] }>> =>
    results().evaluateAll((lis) =>
      lis.map((li) => ({
        title: li.querySelector('.result-title')?.textContent ?? '',
        excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      })),
    );

  test.each(['de dan', 'đề dẫn', 'cu thu ky', 'bien ban', 'dang vien', 'tu soi tu sua'])(
    '"%s": only whole words typed are marked, standing together as typed; no snippet starts with its title',
    async (q) => {
      await search(q);
      const words = fold(q).split(' ');
      const phrase = ` ${words.join(' ')} `;
      for (const result of await shown()) {
        for (const mark of result.marks) {
          const marked = fold(mark).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
          // A run of the query's own words, two or more when it has several ("đề dẫn", never "Đề ra" or "đảng").
          expect(phrase.includes(` ${marked} `) && (words.length === 1 || marked.includes(' ')), `${mark} in ${result.title}`).toBe(true);
        }
        const start = fold(result.excerpt).replace(/^…\s*/, '');
        expect(start.startsWith(fold(result.title)), `${result.title}: ${result.excerpt}`).toBe(false);
      }
    },
  );

  test('on a phone, snippets are at least 16 px and labels at least 14 px', async () => {
    await search('de dan');
    const sizes = await results().first().evaluate((li) => {
      const px = (sel: string): number => parseFloat(getComputedStyle(li.querySelector(sel) as Element).fontSize);
      return { excerpt: px('.result-excerpt'), context: px('.result-context') };
    });
    expect(sizes.excerpt).toBeGreaterThanOrEqual(16);
    expect(sizes.context).toBeGreaterThanOrEqual(14);
  });

  test('an abbreviation is searched by its full name, and the page says so', async () => {
    await search('HD42');
    await expect(main().getByText('Tìm theo tên đầy đủ: HD42 = Hướng dẫn 42-HD/BTCTW.').isVisible()).resolves.toBe(true);
    await search('cu thu ky');
    await expect(main().getByText(/Tìm theo tên đầy đủ/).isVisible()).resolves.toBe(false);
  });
});

describe('search page: filters', () => {
  const facet = (legend: string): Locator => main().getByRole('group', { name: legend, exact: true });
  const checkbox = (legend: string, value: string): Locator => facet(legend).getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) });
  /** The count beside a checkbox. */
  const count = async (legend: string, value: string): Promise<number> =>
    Number(/\((\d+)\)$/.exec(await checkbox(legend, value).evaluate((box) => box.closest('label')?.textContent ?? ''))?.[1]);

  test('every facet is a labelled group of checkboxes with counts; ticking one narrows the results to it', async () => {
    await page.goto(`${server.url}tim-kiem/`);
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
    await page.goto(`${server.url}tim-kiem/?loai=${kind}`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/^\d+ kết quả \(đã lọc\)\.$/);
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(link);
  });

  test('no results: the help offers to drop the filters and to type without diacritics', async () => {
    await page.goto(`${server.url}tim-kiem/?q=bi%C3%AAn+b%E1%BA%A3n&loai=chuyen-de`);
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
    await page.goto(`${server.url}tim-kiem/?q=tu+soi+tu+sua&loai=chuyen-de&nam=2023`);
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
    await page.goto(`${server.url}tim-kiem/?q=cu+thu+ky&loai=khong-co`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/^\d+ kết quả cho “cu thu ky”\.$/);
    await expect(page.evaluate(() => location.search)).resolves.toBe('?q=cu+thu+ky');
  });
});

describe('search page: accessibility', () => {
  test.each([
    ['light', 'phone', phone],
    ['dark', 'desktop', { viewport: { width: 1280, height: 900 } }],
  ] as const)('axe finds no violation with results, filters open and no results help (%s, %s)', async (theme, _, device) => {
    const context = await browser.newContext({ ...device, colorScheme: theme });
    const p = await context.newPage();
    await p.goto(`${server.url}tim-kiem/?q=dang+vien&loai=quy-trinh`);
    await expect.poll(() => p.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/kết quả cho/);
    await expect(axeViolations(p)).resolves.toEqual([]);
    await p.goto(`${server.url}tim-kiem/?q=bi%C3%AAn+b%E1%BA%A3n&loai=chuyen-de`);
    await expect.poll(() => p.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/Không có kết quả/);
    await expect(axeViolations(p)).resolves.toEqual([]);
    await context.close();
  });
});

describe('search page: empty state and without JavaScript', () => {
  test('with nothing typed: examples, and nothing sent anywhere', async () => {
    await page.goto(`${server.url}tim-kiem/`);
    await expect(box().getAttribute('placeholder')).resolves.toBe('Ví dụ: cu thu ky, tu soi tu sua');
    await expect.poll(() => main().getByRole('link', { name: 'tu soi tu sua' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect(main().getByText('những gì bạn gõ không được gửi đi đâu').isVisible()).resolves.toBe(true);
  });

  test('without JavaScript: a plain GET form, a note that search needs JavaScript, and the main pages', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}tim-kiem/?q=cu+thu+ky`);
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

describe('search page: Pagefind loads only when needed', () => {
  test('opened without a search, the page fetches nothing of Pagefind; focus on the box starts it', async () => {
    const context = await browser.newContext(phone);
    const p = await context.newPage();
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}tim-kiem/`, { waitUntil: 'networkidle' });
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    // The filters and their counts are in the page as built.
    await expect(p.getByRole('main').getByText('Lọc kết quả').isVisible()).resolves.toBe(true);
    await p.getByRole('main').getByRole('searchbox', { name: 'Từ cần tìm' }).focus();
    await expect.poll(() => requested.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  test('the counts written at build time are the counts Pagefind reports for the whole index', async () => {
    const context = await browser.newContext(phone);
    const p = await context.newPage();
    await p.goto(`${server.url}tim-kiem/`);
    const built = await p.evaluate(() => {
      const out: Record<string, Record<string, number>> = {};
      for (const box of document.querySelectorAll<HTMLInputElement>('[data-facet-groups] input[type="checkbox"]')) {
        (out[box.name] ??= {})[box.dataset.value ?? ''] = Number(box.dataset.total);
      }
      return out;
    });
    // A string, so the test runner leaves its import() alone.
    const reported = await p.evaluate(`import('${server.url}pagefind/pagefind.js').then((pagefind) => pagefind.filters())`);
    expect(Object.keys(built).length).toBeGreaterThan(0);
    expect(built).toEqual(reported);
    await context.close();
  });
});

describe('header dialog', () => {
  /** Opens the dialog on a handbook page, recording every file the page requests. */
  async function openDialog(): Promise<{ p: Page; dialog: Locator; requested: string[]; close(): Promise<void> }> {
    const context = await browser.newContext(phone);
    const p = await context.newPage();
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}sinh-hoat-chuyen-de/`);
    await p.getByRole('button', { name: 'Tìm kiếm' }).click();
    return { p, dialog: p.getByRole('dialog', { name: 'Tìm kiếm' }), requested, close: () => context.close() };
  }
  const dialogLinks = (dialog: Locator): Promise<string[]> =>
    dialog.locator('.search-results .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

  test('loads no file of Pagefind\'s ready-made UI, nor its styles', async () => {
    const { dialog, requested, close } = await openDialog();
    await dialog.getByRole('searchbox').fill('bien ban');
    await dialog.locator('.search-results .result-title a').first().waitFor({ timeout: 15_000 });
    const pagefindFiles = requested.filter((u) => u.includes('/pagefind/'));
    expect(pagefindFiles).toContain('/pagefind/pagefind.js');
    expect(pagefindFiles.filter((u) => /pagefind-(ui|modular-ui|component-ui|highlight)\.|\.css$/.test(u))).toEqual([]);
    await close();
  });

  test('shows the same first results as the search page, with kinds and snippets, and no stand-in letter', async () => {
    const { dialog, close } = await openDialog();
    for (const q of ['trinh bay de dan', 'de dan', 'HD42', 'bien ban']) {
      await search(q);
      const onPage = (await resultLinks()).slice(0, 3).map((h) => `/${h}`);
      await dialog.getByRole('searchbox').fill(q);
      await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`kết quả cho “${q}”`));
      await expect(dialogLinks(dialog).then((l) => l.slice(0, 3)), q).resolves.toEqual(onPage);
    }
    await dialog.getByRole('searchbox').fill('trinh bay de dan');
    await expect.poll(() => dialogLinks(dialog).then((l) => l[0]), { timeout: 15_000 }).toBe('/quy-trinh-sinh-hoat-chuyen-de/#trinh-bay-de-dan');
    const first = dialog.locator('.search-results > li').first();
    await expect(first.locator('.result-title').textContent()).resolves.toBe('Trình bày đề dẫn chuyên đề');
    await expect(first.locator('.result-context').textContent()).resolves.toBe('Quy trình · Bước 6 · Các bước sinh hoạt chuyên đề');
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['trình bày đề dẫn']);
    await expect(dialog.textContent()).resolves.not.toMatch(/[ḍḌ]/);
    await close();
  });

  test('links to the search page with the query; abbreviations are written out', async () => {
    const { p, dialog, close } = await openDialog();
    await dialog.getByRole('searchbox').fill('CT50');
    await expect.poll(() => dialogLinks(dialog).then((l) => l[0]), { timeout: 15_000 }).toBe('/van-ban-can-cu/#ct-50-2025');
    await expect(dialog.getByText('Tìm theo tên đầy đủ: CT50 = Chỉ thị 50-CT/TW.').isVisible()).resolves.toBe(true);
    const advanced = dialog.getByRole('link', { name: /Tìm nâng cao/ });
    await expect(advanced.getAttribute('href')).resolves.toMatch(/\/tim-kiem\/\?q=CT50$/);
    await advanced.click();
    await p.waitForURL(/\/tim-kiem\/\?q=CT50$/);
    await expect.poll(() => p.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/kết quả cho “CT50”/);
    await close();
  });
});
