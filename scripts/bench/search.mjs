// Search figures: the size of the index in dist/pagefind (in all and per kind of file); for the header
// dialog and the search page, the bytes the search engine loads when search opens (dialog opened, box
// focused), the bytes the first query then fetches, and the time from typing to the first results in
// Chromium (median of several runs, each in a fresh browser context, so nothing is cached); and the
// time from opening the dialog to results when the query is typed at once.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, median } from './measure.mjs';

export const title = 'Tìm kiếm: chỉ mục, dung lượng lần tìm đầu, thời gian ra kết quả';

const runs = 5;
const query = 'cu thu ky';
const phone = { viewport: { width: 360, height: 740 } };

/** Kind of file in dist/pagefind. */
function fileKind(path) {
  if (/^index\//.test(path)) return 'chỉ mục từ (index/*.pf_index)';
  if (/^fragment\//.test(path)) return 'đoạn nội dung (fragment/*.pf_fragment)';
  if (/^filter\//.test(path)) return 'bộ lọc (filter/*.pf_filter)';
  if (/\.pf_meta$/.test(path) || path === 'pagefind-entry.json') return 'siêu dữ liệu (*.pf_meta, pagefind-entry.json)';
  if (/\.pagefind$/.test(path)) return 'WebAssembly (*.pagefind)';
  if (/^pagefind(-worker)?\.js$/.test(path)) return 'API JS (pagefind.js, worker)';
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(path)) return 'giao diện có sẵn (*-ui.js/css, highlight)';
  return 'khác';
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Bytes in dist/pagefind by kind, without the .gz/.br copies made for servers. */
function indexSize(root = 'dist/pagefind') {
  const byKind = new Map();
  let raw = 0;
  let gzip = 0;
  for (const file of walk(root).filter((f) => !/\.(gz|br)$/.test(f))) {
    const body = readFileSync(file);
    const kind = fileKind(relative(root, file));
    const row = byKind.get(kind) ?? { files: 0, raw: 0, gzip: 0 };
    const z = gzipSync(body, { level: 9 }).length;
    row.files += 1;
    row.raw += body.length;
    row.gzip += z;
    byKind.set(kind, row);
    raw += body.length;
    gzip += z;
  }
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8'));
  const entries = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  return { byKind, raw, gzip, entries };
}

/**
 * Records responses (bytes as sent gzip-compressed), each with the phase it came in. Link prefetches
 * are left out: Starlight prefetches a link the mouse rests on, and the dialog opens under the mouse.
 */
function recorder(page) {
  const state = { phase: 'load', files: [], pending: [] };
  page.on('response', (response) => {
    const phase = state.phase;
    if (response.request().headers()['sec-purpose']?.includes('prefetch')) return;
    state.pending.push(
      response
        .body()
        .then((body) => state.files.push({ url: new URL(response.url()).pathname, phase, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => {}),
    );
  });
  return state;
}

/** Waits until the search engine has loaded: Pagefind's metadata and the search hints have arrived. */
async function engineLoaded(page, rec) {
  await Promise.all([page.waitForResponse(/\.pf_meta$/, { timeout: 20_000 }), page.waitForResponse(/goi-y\.json$/, { timeout: 20_000 })]).catch(() => {});
  await page.waitForTimeout(500);
  await Promise.all(rec.pending);
}

/**
 * Header dialog on a handbook page. Warm: open it (the search code and Pagefind load), wait until
 * they have, then type and wait for the first result: the bytes and time of the first query. Cold:
 * open and type at once: the time from opening to the first result, and every byte it takes.
 */
async function dialogRun(browser, url, warm) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const rec = recorder(page);
  await page.goto(`${url}sinh-hoat-chuyen-de/`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await Promise.all(rec.pending);
  rec.phase = 'open';
  const started = Date.now();
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
  const input = dialog.getByRole('searchbox');
  await input.waitFor();
  if (warm) {
    await engineLoaded(page, rec);
    rec.phase = 'query';
  }
  const typed = Date.now();
  await input.fill(query);
  await dialog.locator('.search-results .result-title a').first().waitFor({ timeout: 20_000 });
  const done = Date.now();
  await page.waitForTimeout(300);
  await Promise.all(rec.pending);
  await context.close();
  const of = (phase) => rec.files.filter((f) => f.phase === phase);
  return { openToResults: done - started, typingToResults: done - typed, open: of('open'), files: of('query') };
}

/**
 * Search page: load it (no Pagefind yet), focus the box (Pagefind loads), wait until it has, then
 * type and wait for the first result.
 */
async function pageRun(browser, url) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const rec = recorder(page);
  await page.goto(`${url}tim-kiem/`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await Promise.all(rec.pending);
  rec.phase = 'focus';
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Từ cần tìm' });
  await box.focus();
  await engineLoaded(page, rec);
  rec.phase = 'query';
  const typed = Date.now();
  await box.fill(query);
  // A CSS selector, as for the dialog: Playwright's role queries take time of their own to answer.
  await page.locator('search-page [data-results] .result-title a').first().waitFor({ timeout: 20_000 });
  const done = Date.now();
  await page.waitForTimeout(300);
  await Promise.all(rec.pending);
  await context.close();
  const of = (phase) => rec.files.filter((f) => f.phase === phase);
  return { typingToResults: done - typed, load: of('load'), focus: of('focus'), files: of('query') };
}

const total = (files) => files.reduce((n, f) => n + f.gzip, 0);
const pagefindOnly = (files) => files.filter((f) => f.url.includes('/pagefind/'));
const names = (files) => files.map((f) => f.url.replace(/^.*\/pagefind\//, 'pagefind/').replace(/^.*\/_astro\//, '_astro/')).join(', ');

/** Prints the figures and returns them. */
export async function run({ browser, url }) {
  const size = indexSize();
  console.log(`Chỉ mục: ${size.entries} mục (trang và mục riêng: bước, chuyên đề, …); dist/pagefind: ${kb(size.raw)} thô, ${kb(size.gzip)} gzip.`);
  console.table(
    [...size.byKind].map(([kind, r]) => ({ 'loại tệp': kind, 'số tệp': r.files, thô: kb(r.raw), gzip: kb(r.gzip) })),
  );

  const warm = [];
  const cold = [];
  const onPage = [];
  for (let i = 0; i < runs; i += 1) {
    warm.push(await dialogRun(browser, url, true));
    cold.push(await dialogRun(browser, url, false));
    onPage.push(await pageRun(browser, url));
  }
  const d = warm[0];
  const c = cold[0];
  const p = onPage[0];
  console.table([
    {
      'cách tìm': 'Hộp thoại ở đầu trang',
      'tải khi mở / khi đặt con trỏ (gzip)': kb(total(d.open)),
      'tải cho lần tìm đầu (gzip)': kb(total(d.files)),
      'trong đó Pagefind': kb(total(pagefindOnly(d.files))),
      'gõ → kết quả (trung vị)': `${median(warm.map((r) => r.typingToResults))} ms`,
      'mở rồi gõ ngay → kết quả (trung vị)': `${median(cold.map((r) => r.openToResults))} ms, ${kb(total(c.open))}`,
    },
    {
      'cách tìm': 'Trang /tim-kiem/',
      'tải khi mở / khi đặt con trỏ (gzip)': kb(total(p.focus)),
      'tải cho lần tìm đầu (gzip)': kb(total(p.files)),
      'trong đó Pagefind': kb(total(pagefindOnly(p.files))),
      'gõ → kết quả (trung vị)': `${median(onPage.map((r) => r.typingToResults))} ms`,
      'mở rồi gõ ngay → kết quả (trung vị)': '—',
    },
  ]);
  console.log(
    `Trang /tim-kiem/ khi mở: ${kb(total(p.load))} gzip, trong đó Pagefind ${kb(total(pagefindOnly(p.load)))} (Pagefind chỉ tải khi đặt con trỏ vào ô, gõ, ` +
      `chọn bộ lọc hoặc khi địa chỉ có câu tìm). Câu tìm: "${query}", ${runs} lần, mỗi lần một ngữ cảnh trình duyệt mới.`,
  );
  console.log(`Tệp tải khi mở hộp thoại: ${names(d.open)}`);
  console.log(`Tệp tải cho lần tìm đầu ở hộp thoại: ${names(d.files)}`);
  console.log(`Tệp tải cho lần tìm đầu ở trang /tim-kiem/: ${names(p.files)}`);
  return { size, dialog: warm, cold, onPage };
}
