// Deployment: Debian's nginx serves dist/ with deploy/nginx.conf on 127.0.0.1, and the site is used
// in Chromium with the Content-Security-Policy enforced: headers, caching, precompressed files, the
// 404 page, no CSP violation on any page, search, checklists and template downloads; the offline
// worker's headers and its installation under the CSP.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { get } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { connectBrowser, downloadBytes, phone, withWorker } from '../helpers/browser';
import { builtFiles, distDir, htmlFiles, requireDist } from '../helpers/dist';
import { loadHandbook } from '../../src/lib/content/load';
import { buildChecklists } from '../../src/lib/checklists/build';
import { routes } from '../../src/lib/routes';
import { inPool } from '../helpers/pool';
import { readyOffline } from '../helpers/offline';

const handbook = loadHandbook('content', '.');

let nginx: Awaited<ReturnType<typeof startNginx>>;
let browser: Browser;

/** A raw GET (no decompression): status, headers and body bytes. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

/** The CSP the build generated (dist/_headers). */
function generatedCsp(): string {
  const line = readFileSync(join(distDir, '_headers'), 'utf8').match(/^\s+Content-Security-Policy: (.+)$/m);
  if (!line) throw new Error('dist/_headers không có Content-Security-Policy');
  return line[1]!;
}

/** Opens a page that records every CSP violation, console error and script error. */
async function watchedPage(options: object = {}): Promise<{ page: Page; problems: string[] }> {
  // With the service worker, as a reader has it: it too runs under the CSP.
  const context = await browser.newContext({ ...withWorker, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} chặn ${e.blockedURI || 'inline'} ${e.sample ?? ''} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`lỗi script: ${e.message}`));
  return { page, problems };
}

beforeAll(async () => {
  requireDist();
  nginx = await startNginx(distDir);
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('headers and files', () => {
  test('a page carries the security headers, with the generated CSP, and a short cache', async () => {
    const res = await rawGet(nginx.url + 'quy-trinh-sinh-hoat-chuyen-de/');
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toBe(generatedCsp());
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('hashed files are cached for a year as immutable, with the same security headers', async () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const asset = html.match(/\/_astro\/[^"]+\.(css|js)/)?.[0];
    expect(asset).toBeDefined();
    const res = await rawGet(nginx.url + asset!.slice(1));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe(generatedCsp());
    const fragment = builtFiles('.pf_fragment')[0];
    expect(fragment).toBeDefined();
    const frag = await rawGet(nginx.url + fragment);
    expect(frag.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('the precompressed .gz file the build wrote is what nginx sends to a browser that takes gzip', async () => {
    const res = await rawGet(nginx.url + 'quy-trinh-sinh-hoat-chuyen-de/', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.equals(readFileSync(join(distDir, 'quy-trinh-sinh-hoat-chuyen-de/index.html.gz')))).toBe(true);
    const plain = await rawGet(nginx.url + 'quy-trinh-sinh-hoat-chuyen-de/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(distDir, 'quy-trinh-sinh-hoat-chuyen-de/index.html')))).toBe(true);
  });

  test('a missing page gets the site 404 page with status 404 and the security headers', async () => {
    const res = await rawGet(nginx.url + 'khong-co-trang-nay/');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
    expect(res.headers['content-security-policy']).toBe(generatedCsp());
    expect(res.headers['cache-control']).toBe('no-cache');
    // The offline worker precaches it, to show it for unknown addresses offline.
    expect((await rawGet(nginx.url + '404.html')).status).toBe(200);
  });

  test('the header files for servers are not served; a folder without "/" redirects on the same host', async () => {
    for (const file of ['_headers', '_headers.nginx.conf']) {
      expect((await rawGet(nginx.url + file)).status, file).toBe(404);
    }
    const res = await rawGet(nginx.url + 'quy-trinh-sinh-hoat-chuyen-de');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/quy-trinh-sinh-hoat-chuyen-de/');
  });

  test('the service worker is revalidated at every visit, compressed and with the security headers; the manifest has its type', async () => {
    for (const encoding of [undefined, 'gzip']) {
      const res = await rawGet(nginx.url + 'sw.js', encoding ? { 'accept-encoding': encoding } : {});
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
      expect(res.headers['content-security-policy']).toBe(generatedCsp());
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-encoding']).toBe(encoding);
      const file = join(distDir, encoding ? 'sw.js.gz' : 'sw.js');
      expect(res.body.equals(readFileSync(file)), file).toBe(true);
    }
    const manifest = await rawGet(nginx.url + 'manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toBe('application/manifest+json');
    expect(manifest.headers['content-security-policy']).toBe(generatedCsp());
    const icon = await rawGet(nginx.url + 'icons/icon-512.png');
    expect([icon.status, icon.headers['content-type']]).toEqual([200, 'image/png']);
  });

  test('robots.txt and the sitemap are served', async () => {
    const robots = await rawGet(nginx.url + 'robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.body.toString()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect((await rawGet(nginx.url + 'sitemap-index.xml')).status).toBe(200);
  });
});

describe('in Chromium with the CSP enforced', () => {
  test('no page breaks the CSP, logs an error or throws', async () => {
    const pages = htmlFiles().map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
    expect(pages.length).toBeGreaterThanOrEqual(9);
    const tabs: Page[] = [];
    const problems: string[] = [];
    // Three tabs at a time, each with its own record of problems.
    await inPool(pages, 3, async () => {
      const watched = await watchedPage();
      tabs.push(watched.page);
      return watched;
    }, async ({ page, problems: seen }, path) => {
      const before = seen.length;
      await page.goto(nginx.url + path, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      problems.push(...seen.slice(before).map((p) => `/${path}: ${p}`));
    });
    // 404.html itself is served with status 404, which Chromium logs as a failed load: not a fault.
    const real = problems.filter((p) => !/^\/404\.html: console error: Failed to load resource: .* 404/.test(p));
    expect(real, real.join('\n')).toEqual([]);
    await Promise.all(tabs.map((page) => page.context().close()));
  }, 180_000);

  test('the service worker installs under the CSP, and then a page never visited opens offline', async () => {
    const { page, problems } = await watchedPage(phone);
    await page.goto(nginx.url);
    await readyOffline(page);
    await page.context().setOffline(true);
    const response = await page.goto(nginx.url + 'van-ban-can-cu/');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toContain('Văn bản căn cứ');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });

  test('the phone menu and the search dialog work, and search finds a step', async () => {
    const { page, problems } = await watchedPage(phone);
    await page.goto(nginx.url);
    const menu = page.getByRole('button', { name: 'Mở trình đơn' });
    const menuLink = page.getByRole('link', { name: 'Quy trình sinh hoạt chuyên đề' }).first();
    await menu.click();
    await expect(menuLink.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await menuLink.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
    await input.fill('cu thu ky');
    const first = dialog.locator('.search-results .result-title a').first();
    await first.waitFor({ timeout: 15_000 });
    const links = await dialog.locator('.search-results .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });

  test('checklists: ticks are kept across a reload under the CSP', async () => {
    const lists = buildChecklists(handbook.procedures, handbook.advice).map((list) => routes.checklist(list.id));
    expect(lists.length).toBeGreaterThan(0);
    for (const path of lists) {
      const { page, problems } = await watchedPage(phone);
      await page.goto(nginx.url + path);
      const box = page.getByRole('checkbox').first();
      await box.check();
      await page.reload();
      await expect(page.getByRole('checkbox').first().isChecked(), `/${path}`).resolves.toBe(true);
      expect(problems, `/${path}:\n${problems.join('\n')}`).toEqual([]);
      await page.context().close();
    }
  });

  test('templates: every Word file downloads, and "Tải về" builds one in the page under the CSP', async () => {
    const files = handbook.templates.map((t) => routes.templateFile(t.id));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const res = await rawGet(nginx.url + file);
      expect(res.status, file).toBe(200);
      expect(res.headers['content-type'], file).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(res.body.subarray(0, 2).toString('latin1'), file).toBe('PK');
    }
    const templatePage = routes.template('bai-tham-luan');
    const { page, problems } = await watchedPage({ acceptDownloads: true });
    await page.goto(nginx.url + templatePage);
    // The form's script loads when the form comes near the screen, as it does for a person scrolling to it.
    await page.locator('#dien-mau').scrollIntoViewIfNeeded();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: /Tải về/ }).first().click(),
    ]);
    expect((await downloadBytes(download)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });

  test('the search page finds a step under the CSP', async () => {
    const { page, problems } = await watchedPage(phone);
    await page.goto(nginx.url + routes.search);
    await page.getByRole('main').getByRole('searchbox').or(page.getByRole('main').getByRole('textbox')).first().fill('cu thu ky');
    await page.getByRole('main').locator('a[href*="/quy-trinh-sinh-hoat-chuyen-de/"]').first().waitFor({ timeout: 15_000 });
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });
});
