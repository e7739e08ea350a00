// What a checklist costs: the JS and CSS a checklist page loads beyond a plain handbook page (target:
// at most 2 KB gzip), and what a handbook page with a folded checklist loads before and after opening it.
import { gzipSync } from 'node:zlib';
import { firstVisit, kb, sumByKind } from './measure.mjs';

export const title = 'Danh sách kiểm tra: JS và CSS thêm so với một trang sổ tay thường (gzip)';

/** A handbook page without a checklist, and pages with one. */
const plainPage = 'van-ban-can-cu/';
const checklistPage = 'danh-sach-kiem-tra/cac-buoc-chuyen-de/';
const embeddingPage = 'quy-trinh-sinh-hoat-chuyen-de/';
const target = 2 * 1024;

/** Inline <script> and <style> blocks of a page, by kind. */
async function inlineBlocks(url) {
  const html = await (await fetch(url)).text();
  const blocks = [];
  for (const [, tag, attrs, body] of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'script' && /\ssrc=/.test(attrs ?? '')) continue;
    if (tag === 'script' && /type="application\/(ld\+)?json"/.test(attrs ?? '')) continue;
    if (body.trim()) blocks.push({ kind: tag === 'style' ? 'css' : 'js', body });
  }
  return blocks;
}

/** Gzip bytes of the JS and CSS (files and inline blocks) `page` loads that `plain` does not. */
async function extraBytes(browser, url, page, plain) {
  const [plainFiles, pageFiles] = await Promise.all([firstVisit(browser, url + plain), firstVisit(browser, url + page)]);
  const plainUrls = new Set(plainFiles.map((f) => new URL(f.url).pathname));
  const out = { js: 0, css: 0, files: [] };
  for (const f of pageFiles) {
    if ((f.kind === 'js' || f.kind === 'css') && !plainUrls.has(new URL(f.url).pathname)) {
      out[f.kind] += f.gzip;
      out.files.push(new URL(f.url).pathname);
    }
  }
  // Inline blocks differ a little from page to page (Astro merges a page's component styles into one
  // <style>), so count what compressing the page's blocks costs beyond compressing the plain page's.
  const [plainBlocks, pageBlocks] = [await inlineBlocks(url + plain), await inlineBlocks(url + page)];
  for (const kind of ['js', 'css']) {
    const size = (blocks) => gzipSync(blocks.filter((b) => b.kind === kind).map((b) => b.body).join('\n'), { level: 9 }).length;
    const extra = Math.max(0, size(pageBlocks) - size(plainBlocks));
    out[kind] += extra;
    if (extra) out.files.push(`${kind === 'css' ? '<style>' : '<script>'} trong HTML (+${extra} B)`);
  }
  return { ...out, total: out.js + out.css, pageFiles };
}

/** Prints the figures and returns them. */
export async function run({ browser, url }) {
  const list = await extraBytes(browser, url, checklistPage, plainPage);
  const embedded = await extraBytes(browser, url, embeddingPage, plainPage);
  const opened = await firstVisit(browser, url + embeddingPage, {
    settleMs: 1000,
    action: (page) => page.locator('handbook-checklist summary').first().click(),
  });
  const onOpen = opened.filter((f) => f.phase === 'action' && (f.kind === 'js' || f.kind === 'css'));
  const row = (label, path, x) => ({
    trang: label,
    'đường dẫn': '/' + path,
    'JS thêm': kb(x.js),
    'CSS thêm': kb(x.css),
    'tổng thêm': kb(x.total),
    'lần đầu, tổng gzip': kb(sumByKind(x.pageFiles).total.gzip),
  });
  const rows = [
    { ...row('Trang danh sách kiểm tra', checklistPage, list), '≤ 2 KB': list.total <= target ? 'đạt' : 'KHÔNG ĐẠT' },
    { ...row('Quy trình (danh sách gập lại)', embeddingPage, embedded), '≤ 2 KB': embedded.total <= target ? 'đạt' : 'KHÔNG ĐẠT' },
  ];
  console.table(rows);
  console.log(`Tệp thêm trên trang danh sách: ${list.files.join(', ') || '(không có)'}`);
  console.log(
    `Mở danh sách gập lại trên /${embeddingPage}: tải thêm ${kb(onOpen.reduce((n, f) => n + f.gzip, 0))} gzip ` +
      `(${onOpen.map((f) => new URL(f.url).pathname).join(', ') || 'không có tệp'})`,
  );
  return { list, embedded, onOpen };
}
