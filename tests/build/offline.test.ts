// The offline files of the built site: the worker precaches every page and everything the pages
// load (search index, WebAssembly, the Word builder, templates), within 1.5 MB over the wire; every
// page links the manifest and registers the worker with at most 1 KB gzip, by a script the CSP hashes.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, htmlFiles, readPage } from '../helpers/dist';
import { builtFiles } from '../helpers/features';
import { cspHash } from '../../src/lib/deploy/csp';
import { precacheBudgetBytes, transferSize } from '../../src/lib/offline/precache';
import { manifestFile, themeColor } from '../../src/lib/offline/manifest';

const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
const precached = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);

describe('the service worker', () => {
  test('precaches every page, the not-found page, and every file a page loads or downloads', () => {
    const expected = [
      ...htmlFiles(),
      ...builtFiles('.docx'),
      ...builtFiles('.json').filter((f) => f.startsWith('mau-van-ban/')),
      ...builtFiles('.pf_fragment'),
      ...builtFiles('.pf_index'),
      ...builtFiles('.pf_filter'),
      ...builtFiles('.pf_meta'),
      ...builtFiles('.pagefind'),
      ...builtFiles('.js').filter((f) => f.startsWith('_astro/')),
      ...builtFiles('.css').filter((f) => f.startsWith('_astro/')),
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      // The search hints (abbreviations, papers) the search code fetches with the index.
      'tim-kiem/goi-y.json',
      'pagefind/pagefind-entry.json',
      manifestFile,
      'icons/icon-192.png',
    ];
    expect(expected.filter((f) => !precached.includes(f))).toEqual([]);
    expect(precached.some((f) => f.includes('docx-worker'))).toBe(true);
    // Nothing the browser never asks for, and no file that is not there.
    expect(precached.filter((f) => /\.(gz|br)$|sitemap|robots|_headers|highlight|component-ui|modular-ui/.test(f))).toEqual([]);
    expect(precached.filter((f) => !existsSync(join(distDir, f)))).toEqual([]);
  });

  test('weighs at most 1.5 MB over the wire', () => {
    expect(transferSize(distDir, precached)).toBeLessThanOrEqual(precacheBudgetBytes);
  });
});

describe('every page', () => {
  test('links the manifest, gives the theme colour and registers the worker, adding at most 1 KB gzip by a script the CSP lists', () => {
    const csp = readFileSync(join(distDir, '_headers'), 'utf8');
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const html = readPage(file);
      if (!html.includes(`<link rel="manifest" href="/${manifestFile}"`)) problems.push(`${file}: không có manifest`);
      if (!html.includes(`<meta name="theme-color" content="${themeColor}"`)) problems.push(`${file}: không có theme-color`);
      const script = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].find((m) => m[1]!.includes('serviceWorker'));
      const notice = html.match(/<div class="offline-notice[\s\S]*?<\/div>/);
      if (!script || !notice) {
        problems.push(`${file}: không đăng ký service worker`);
        continue;
      }
      if (!csp.includes(cspHash(script[1]!))) problems.push(`${file}: CSP không có mã băm của đoạn đăng ký`);
      const gz = (text: string): number => gzipSync(text, { level: 9 }).length;
      const added = gz(html) - gz(html.replace(script[0], '').replace(notice[0], ''));
      if (added > 1024) problems.push(`${file}: đăng ký thêm ${added} B gzip`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
