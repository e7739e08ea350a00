import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheBudgetBytes, precacheManifest, transferSize, writeServiceWorker } from '../../src/lib/offline/precache';
import { appIcons, installHead, manifestFile, themeColor, webManifest } from '../../src/lib/offline/manifest';
import { renderHeadersFile } from '../../src/lib/deploy/headers';
import { serviceWorkerFile } from '../../src/lib/offline/names';

let root: string;
const write = (path: string, data: string | Buffer): void => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), data);
};
const page = (text: string): string => `<!doctype html><html lang="vi"><body><h1>${text}</h1>${'<p>Sinh hoạt chi bộ.</p>'.repeat(40)}</body></html>`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'so-tay-sw-'));
  write('index.html', page('Trang chủ'));
  write('404.html', page('Không tìm thấy trang'));
  write('quy-trinh/index.html', page('Quy trình'));
  write('_astro/page.AbC123.js', 'console.log(1);');
  write('mau-van-ban/bien-ban.docx', randomBytes(2000));
  write('mau-van-ban/bien-ban.json', '{}');
  write('manifest.webmanifest', '{}');
  write('icons/icon-192.png', randomBytes(500));
  write('pagefind/pagefind.js', 'export {}');
  write('pagefind/pagefind-entry.json', '{}');
  write('pagefind/wasm.unknown.pagefind', randomBytes(100));
  write('pagefind/fragment/vi_1.pf_fragment', randomBytes(100));
  write('pagefind/index/vi_1.pf_index', randomBytes(100));
  write('pagefind/pagefind-highlight.js', 'x');
  write('pagefind/pagefind-component-ui.js', 'x');
  write('index.html.gz', gzipSync(page('Trang chủ')));
  write('robots.txt', 'User-agent: *');
  write('sitemap-0.xml', '<urlset/>');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the precache list', () => {
  test('holds pages, code, templates, icons and the search index; not the .gz copies, sitemap or unused Pagefind UIs', async () => {
    const urls = (await precacheManifest(root)).map((e) => e.url).sort();
    expect(urls).toEqual([
      '404.html',
      '_astro/page.AbC123.js',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'mau-van-ban/bien-ban.docx',
      'mau-van-ban/bien-ban.json',
      'pagefind/fragment/vi_1.pf_fragment',
      'pagefind/index/vi_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.unknown.pagefind',
      'quy-trinh/index.html',
    ]);
  });

  test('files with a hash in their name have no revision; every other file is revised by its content', async () => {
    const entries = await precacheManifest(root);
    const revision = (url: string) => entries.find((e) => e.url === url)?.revision;
    expect(revision('_astro/page.AbC123.js')).toBeNull();
    expect(revision('pagefind/fragment/vi_1.pf_fragment')).toBeNull();
    expect(revision('index.html')).toMatch(/^[0-9a-f]{32}$/);
    const before = revision('quy-trinh/index.html');
    write('quy-trinh/index.html', page('Quy trình, bản mới'));
    const after = (await precacheManifest(root)).find((e) => e.url === 'quy-trinh/index.html')?.revision;
    expect(after).not.toBe(before);
    expect((await precacheManifest(root)).find((e) => e.url === 'index.html')?.revision).toBe(revision('index.html'));
  });

  test('is weighed as sent: text files gzip-compressed, compressed formats as they are', () => {
    const html = readFileSync(join(root, 'index.html'));
    expect(transferSize(root, ['index.html'])).toBe(gzipSync(html, { level: 9 }).length);
    expect(transferSize(root, ['mau-van-ban/bien-ban.docx'])).toBe(2000);
    // Under 256 bytes a file is sent as it is.
    expect(transferSize(root, ['_astro/page.AbC123.js'])).toBe('console.log(1);'.length);
  });
});

describe('the service worker', () => {
  test('is written as one file with the list, relative URLs (so a sub-path needs nothing more), and the not-found page for unknown addresses', async () => {
    const result = await writeServiceWorker(root);
    expect(result.count).toBe(13);
    expect(result.transferSize).toBeLessThan(result.size);
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    expect(sw).toContain('{url:"quy-trinh/index.html",revision:"');
    expect(sw).not.toContain('url:"/');
    expect(sw).not.toMatch(/importScripts|workbox-[0-9a-f]+\.js/);
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).toContain('fallbackURL:"404.html"');
  });

  test('stops the build when the precache is over its budget, saying by how much', async () => {
    write('icons/lon.png', randomBytes(precacheBudgetBytes + 1024));
    await expect(writeServiceWorker(root)).rejects.toThrow(/Dung lượng lưu sẵn .* là \d+ KB, quá mức 1536 KB/);
  });
});

describe('installing on a phone', () => {
  test('the manifest is in Vietnamese, starts and stays under the base, with 192, 512 and maskable icons', () => {
    const manifest = webManifest('/so-tay') as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({ lang: 'vi', start_url: '/so-tay/', scope: '/so-tay/', id: '/so-tay/', display: 'standalone', theme_color: themeColor });
    expect(manifest.name).toBe('Sổ tay sinh hoạt chi bộ');
    expect(manifest.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`)).toEqual([
      '/so-tay/icons/icon-192.png 192x192 any',
      '/so-tay/icons/icon-512.png 512x512 any',
      '/so-tay/icons/icon-maskable-512.png 512x512 maskable',
    ]);
  });

  test('every icon the manifest lists is a PNG of its size in public/', () => {
    for (const icon of appIcons) {
      const png = readFileSync(join('public', icon.file));
      expect(png.subarray(1, 4).toString('latin1'), icon.file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.file).toEqual([icon.size, icon.size]);
    }
  });

  test('every page links the manifest and gives the theme colour, under the base', () => {
    expect(installHead('/so-tay/')).toEqual([
      { tag: 'link', attrs: { rel: 'manifest', href: `/so-tay/${manifestFile}` } },
      { tag: 'meta', attrs: { name: 'theme-color', content: themeColor } },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/so-tay/icons/icon-192.png' } },
    ]);
  });

  test('static hosts revalidate the worker at every visit', () => {
    expect(renderHeadersFile('/so-tay/', "default-src 'self'", [serviceWorkerFile])).toContain('/so-tay/sw.js\n  Cache-Control: no-cache\n');
  });
});
