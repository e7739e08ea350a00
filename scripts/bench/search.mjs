// Search figures: the size of the index in dist/pagefind (in all and per kind of file), the bytes a
// first query fetches (header dialog and search page), and the time from typing to the first results
// in Chromium (median of several runs, each in a fresh browser context, so nothing is cached).
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

/** Records responses (bytes as sent gzip-compressed) while `phase` is 'query'. */
function recorder(page) {
  const state = { phase: 'load', files: [], pending: [] };
  page.on('response', (response) => {
    const phase = state.phase;
    state.pending.push(
      response
        .body()
        .then((body) => state.files.push({ url: new URL(response.url()).pathname, phase, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => {}),
    );
  });
  return state;
}

/** Header dialog on a handbook page: open, type, wait for the first result. */
async function dialogRun(browser, url) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const rec = recorder(page);
  await page.goto(`${url}sinh-hoat-chuyen-de/`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  rec.phase = 'query';
  const started = Date.now();
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
  const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
  await input.waitFor();
  const typed = Date.now();
  await input.fill(query);
  await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
  const done = Date.now();
  await page.waitForTimeout(300);
  await Promise.all(rec.pending);
  await context.close();
  return { openToResults: done - started, typingToResults: done - typed, files: rec.files.filter((f) => f.phase === 'query') };
}

/** Search page: load it (it loads Pagefind and the filters), then type and wait for the first result. */
async function pageRun(browser, url) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const rec = recorder(page);
  await page.goto(`${url}tim-kiem/`, { waitUntil: 'load' });
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Từ cần tìm' });
  // Ready once the index has answered the filters (the facets are built).
  await page.getByRole('main').getByText('Lọc kết quả').waitFor();
  await page.waitForTimeout(300);
  await Promise.all(rec.pending);
  rec.phase = 'query';
  const typed = Date.now();
  await box.fill(query);
  await page.getByRole('main').getByRole('region', { name: 'Kết quả' }).getByRole('link').first().waitFor({ timeout: 20_000 });
  const done = Date.now();
  await page.waitForTimeout(300);
  await Promise.all(rec.pending);
  await context.close();
  const sum = (phase) => rec.files.filter((f) => f.phase === phase);
  return { typingToResults: done - typed, load: sum('load'), files: sum('query') };
}

const total = (files) => files.reduce((n, f) => n + f.gzip, 0);
const pagefindOnly = (files) => files.filter((f) => f.url.includes('/pagefind/'));

/** Prints the figures and returns them. */
export async function run({ browser, url }) {
  const size = indexSize();
  console.log(`Chỉ mục: ${size.entries} mục (trang và mục riêng: bước, chuyên đề, …); dist/pagefind: ${kb(size.raw)} thô, ${kb(size.gzip)} gzip.`);
  console.table(
    [...size.byKind].map(([kind, r]) => ({ 'loại tệp': kind, 'số tệp': r.files, thô: kb(r.raw), gzip: kb(r.gzip) })),
  );

  const dialog = [];
  const onPage = [];
  for (let i = 0; i < runs; i += 1) {
    dialog.push(await dialogRun(browser, url));
    onPage.push(await pageRun(browser, url));
  }
  const d = dialog[0];
  const p = onPage[0];
  console.table([
    {
      'cách tìm': 'Hộp thoại ở đầu trang',
      'tải cho lần tìm đầu (gzip)': kb(total(d.files)),
      'trong đó chỉ mục + API': kb(total(pagefindOnly(d.files).filter((f) => !/-ui\.(js|css)$/.test(f.url)))),
      'gõ → kết quả (trung vị)': `${median(dialog.map((r) => r.typingToResults))} ms`,
      'mở → kết quả (trung vị)': `${median(dialog.map((r) => r.openToResults))} ms`,
    },
    {
      'cách tìm': 'Trang /tim-kiem/',
      'tải cho lần tìm đầu (gzip)': kb(total(p.files)),
      'trong đó chỉ mục + API': kb(total(pagefindOnly(p.files))),
      'gõ → kết quả (trung vị)': `${median(onPage.map((r) => r.typingToResults))} ms`,
      'mở → kết quả (trung vị)': '—',
    },
  ]);
  console.log(
    `Trang /tim-kiem/ khi mở (trước khi gõ): ${kb(total(p.load))} gzip, trong đó Pagefind ${kb(total(pagefindOnly(p.load)))} ` +
      `(API, WebAssembly, siêu dữ liệu, bộ lọc). Câu tìm: "${query}", ${runs} lần, mỗi lần một ngữ cảnh trình duyệt mới.`,
  );
  console.log(`Tệp tải cho lần tìm đầu ở hộp thoại: ${d.files.map((f) => f.url.replace(/^.*\/pagefind\//, 'pagefind/')).join(', ')}`);
  return { size, dialog, onPage };
}
