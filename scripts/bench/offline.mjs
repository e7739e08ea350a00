// Offline (issue: works without a network after the first visit): what the service worker precaches,
// over the wire as nginx sends it (the build's .gz copies), the time from a first visit to "ready
// offline" (worker active, so its precache complete, and controlling the page), and what the
// registration adds to every page.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, median } from './measure.mjs';

export const title = 'Dùng không cần mạng: dung lượng lưu sẵn, thời gian đến khi sẵn sàng, phần đăng ký trên mỗi trang';

const root = 'dist';
const runs = 3;
const budget = 1.5 * 1024 * 1024;
const registrationBudget = 1024;
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The URLs the built worker precaches (its list, as Workbox wrote it). */
function precachedUrls() {
  return [...readFileSync(join(root, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
}

/** Bytes over the wire: the .gz copy where the build wrote one (nginx's gzip_static), else the file. */
function wireSize(url) {
  const file = join(root, url);
  return readFileSync(existsSync(`${file}.gz`) ? `${file}.gz` : file).length;
}

/** What the registration costs a page: gzip of the page (and its CSS) with it, minus without it. */
function registrationBytes() {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const script = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].find((m) => m[1].includes('serviceWorker'));
  const notice = html.match(/<div class="offline-notice[\s\S]*?<\/div>/);
  if (!script || !notice) throw new Error('index.html không có phần đăng ký service worker');
  const bare = html.replace(script[0], '').replace(notice[0], '');
  let css = 0;
  for (const [, file] of html.matchAll(/href="\/(_astro\/[^"]+\.css)"/g)) {
    const text = readFileSync(join(root, file), 'utf8');
    css += gzip(text) - gzip(text.replace(/[^{}]*\.offline-notice[^{}]*\{[^}]*\}/g, ''));
  }
  return { script: gzip(script[1]), html: gzip(html) - gzip(bare), css };
}

/** Milliseconds from the start of a first visit to the worker being active and in control. */
async function readyOffline(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller), undefined, {
    polling: 50,
    timeout: 60_000,
  });
  const ready = await page.evaluate(() => performance.now());
  await context.close();
  return { load, ready };
}

/** Prints the figures and returns them. */
export async function run({ browser, url }) {
  const urls = precachedUrls();
  const raw = urls.reduce((n, u) => n + readFileSync(join(root, u)).length, 0);
  const wire = urls.reduce((n, u) => n + wireSize(u), 0);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await readyOffline(browser, url));
  const reg = registrationBytes();
  const added = reg.html + reg.css;
  console.table([
    { 'số đo': 'Tệp lưu sẵn', 'giá trị': `${urls.length} tệp` },
    { 'số đo': 'Dung lượng lưu sẵn (thô)', 'giá trị': kb(raw) },
    { 'số đo': 'Dung lượng lưu sẵn qua mạng (gzip như nginx gửi)', 'giá trị': `${kb(wire)} (${wire <= budget ? 'đạt' : 'KHÔNG ĐẠT'} ≤ 1,5 MB)` },
    { 'số đo': 'Lần đầu: trang tải xong (load)', 'giá trị': `${Math.round(median(times.map((t) => t.load)))} ms` },
    { 'số đo': 'Lần đầu: sẵn sàng dùng không cần mạng', 'giá trị': `${Math.round(median(times.map((t) => t.ready)))} ms (trung vị ${runs} lần)` },
    { 'số đo': 'Mã đăng ký (gzip, riêng)', 'giá trị': `${reg.script} B` },
    {
      'số đo': 'Đăng ký thêm vào mỗi trang (HTML + CSS, gzip)',
      'giá trị': `${added} B (${reg.html} + ${reg.css}) (${added <= registrationBudget ? 'đạt' : 'KHÔNG ĐẠT'} ≤ 1 KB)`,
    },
  ]);
  return { files: urls.length, raw, wire, times, registration: reg };
}
