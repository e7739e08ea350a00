// Shared measuring tools for `npm run bench`: a static server, Chromium, and first-visit bytes.
import { launchChromium } from '../lib/chromium.mjs';
import { extname } from 'node:path';
import { serveStatic } from '../lib/static-server.mjs';
import { gzipSync } from 'node:zlib';

/** Serves dist/ on 127.0.0.1; resolves to { url, close }. */
export const serve = serveStatic;

/** Launches Debian's Chromium headless with the flags this machine needs. */
export const launch = launchChromium;

/** Kind of resource by URL and content type. */
function kindOf(url, contentType) {
  const ext = extname(new URL(url).pathname);
  if (contentType.includes('html')) return 'html';
  if (ext === '.css' || contentType.includes('css')) return 'css';
  if (ext === '.js' || ext === '.mjs' || contentType.includes('javascript')) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(ext)) return 'font';
  return 'other';
}

/**
 * Records every response a page loads from `goto` until `settleMs` after the load event (long
 * enough for requestIdleCallback work), plus what `action` triggers. Returns bytes by kind, raw and
 * gzip (level 9, as a server would send them precompressed).
 */
export async function firstVisit(browser, url, { settleMs = 3000, viewport = { width: 360, height: 740 }, action } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  /** @type {{ url: string, kind: string, raw: number, gzip: number, phase: string }[]} */
  const files = [];
  let phase = 'visit';
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          files.push({ url: response.url(), kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, phase });
        })
        .catch(() => {}),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await Promise.all(pending);
  if (action) {
    phase = 'action';
    await action(page);
    await page.waitForTimeout(1000);
    await Promise.all(pending);
  }
  await context.close();
  return files;
}

/** Sums a list of files by kind: { html: { raw, gzip }, ..., total: { raw, gzip } }. */
export function sumByKind(files) {
  const out = {};
  for (const f of files) {
    for (const k of [f.kind, 'total']) {
      out[k] ??= { raw: 0, gzip: 0, count: 0 };
      out[k].raw += f.raw;
      out[k].gzip += f.gzip;
      out[k].count += 1;
    }
  }
  return out;
}

/** 12345 → "12.1 KB". */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
