// Templates (issue: Word files, previews, filling in on the page): each file's size, every template
// page's first visit (gzip, budget 24 KB), what the sample page loads when its form is reached and on
// "Tải về", and the time to build a file in the browser.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstVisit, kb, median, sumByKind } from './measure.mjs';

export const title = 'Mẫu văn bản: tệp Word, JS của trang mẫu, thời gian tạo tệp trên trình duyệt';

/** The page measured for JS and build time: the longest paper, the regular minutes. */
const samplePage = 'mau-van-ban/bien-ban-thuong-ky/';
/** Runs of "Tải về" timed after the first (cold) one. */
const warmRuns = 7;

/** The first-visit budget of a template page, in bytes of gzip. */
const budget = 24 * 1024;

/** Scrolls to the form, which loads its script, and waits until it works. */
async function showForm(page) {
  await page.locator('#dien-mau').scrollIntoViewIfNeeded();
  await page.locator('.tpl-form').waitFor({ state: 'visible' });
}

/** Fills a few fields so the file built is a filled-in copy. */
async function fill(page) {
  await showForm(page);
  await page.getByLabel('Đảng bộ cấp trên').fill('xã Nghi Tân');
  await page.getByLabel('Chi bộ', { exact: true }).fill('thôn Tân Thành');
  await page.getByLabel('Ngày sinh hoạt').fill('2026-12-03');
  await page.getByLabel('Chủ trì (họ và tên)').fill('Nguyễn Văn An');
}

/** Clicks "Tải về" and resolves to milliseconds until the browser hands over the file. */
async function timeDownload(page) {
  const started = performance.now();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải về' }).click();
  await download;
  return performance.now() - started;
}

export async function run({ browser, url, dist = 'dist' }) {
  const dir = join(dist, 'mau-van-ban');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { tệp: f, 'dung lượng': kb(statSync(join(dir, f)).size), gzip: kb(gzipSync(bytes, { level: 9 }).length) };
    });
  console.table(files);

  const pages = [];
  for (const { tệp } of files) {
    const id = tệp.replace(/\.docx$/, '');
    const s = sumByKind(await firstVisit(browser, `${url}mau-van-ban/${id}/`));
    pages.push({ 'trang mẫu': id, 'HTML gzip': kb(s.html?.gzip ?? 0), 'JS gzip': kb(s.js?.gzip ?? 0), 'tổng gzip': kb(s.total.gzip), 'số tệp': s.total.count, '≤ 24 KB': s.total.gzip <= budget ? 'đạt' : 'KHÔNG ĐẠT' });
  }
  console.log('Lần truy cập đầu của từng trang mẫu (không thao tác, không cuộn):');
  console.table(pages);

  const loaded = await firstVisit(browser, url + samplePage, {
    action: async (page) => {
      await fill(page);
      await timeDownload(page);
    },
  });
  const visit = sumByKind(loaded.filter((f) => f.phase === 'visit'));
  const action = sumByKind(loaded.filter((f) => f.phase === 'action'));
  const cell = (s, k) => (s[k] ? `${kb(s[k].raw)} / ${kb(s[k].gzip)}` : '0');
  console.table([
    { 'lúc': 'mở trang (kể cả phần tải khi rảnh)', 'JS (thô / gzip)': cell(visit, 'js'), 'tổng (thô / gzip)': cell(visit, 'total') },
    { 'lúc': 'cuộn tới biểu mẫu, điền, bấm “Tải về”', 'JS (thô / gzip)': cell(action, 'js'), 'tổng (thô / gzip)': cell(action, 'total') },
  ]);

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url + samplePage, { waitUntil: 'load' });
  await fill(page);
  const cold = await timeDownload(page);
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await timeDownload(page));
  await context.close();
  console.log(
    `Thời gian tạo tệp trên trình duyệt (${samplePage}, từ lúc bấm đến khi có tệp): lần đầu ${cold.toFixed(0)} ms; ` +
      `trung vị ${warmRuns} lần sau ${median(warm).toFixed(0)} ms (${warm.map((t) => t.toFixed(0)).join(', ')})`,
  );
  return { files, pages, visit, action, cold, warm };
}
