// Sub-path: the site built with BASE_PATH=/so-tay/ (into its own folder, dist/ untouched) links only
// inside /so-tay/, every link resolves, the header files and robots.txt carry the base, and search
// works when served there, also offline through the worker.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSite } from '../helpers/crawl';
import { connectBrowser, phone, withWorker } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { astroBuild } from '../helpers/astro-build';
import { readyOffline } from '../helpers/offline';

const base = '/so-tay/';
const site = 'https://so-tay-chi-bo.example';
let work: string;
let out: string;
let buildOutput = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'so-tay-base-'));
  out = join(work, 'dist');
  const result = astroBuild(out, { BASE_PATH: base, SITE_URL: site });
  buildOutput = result.output;
  if (result.status !== 0) throw new Error(`astro build với BASE_PATH=${base} thất bại:\n${buildOutput}`);
}, 200_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('every link, anchor and asset of the sub-path build resolves inside /so-tay/', () => {
  const report = crawlSite(out, base, site);
  expect(report.pages).toBeGreaterThanOrEqual(9);
  expect(report.checked).toBeGreaterThan(report.pages * 10);
  expect(report.problems, report.problems.join('\n')).toEqual([]);
  expect(buildOutput).toContain('All internal links are valid');
});

test('links written in MDX as "/…/" (text links, LinkCards, hero actions) get the base', () => {
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  // The hero's main action and a LinkCard, both written as "/quy-trinh-sinh-hoat-chuyen-de/" in index.mdx.
  const hrefs = [...home.matchAll(/href="([^"]*quy-trinh-sinh-hoat-chuyen-de[^"]*)"/g)].map((m) => m[1]);
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of hrefs) expect(href).toMatch(/^\/so-tay\/quy-trinh-sinh-hoat-chuyen-de\//);
  expect(home).toMatch(/class="sl-link-button[^"]*"[^>]*href="\/so-tay\/|href="\/so-tay\/[^"]*"[^>]*class="sl-link-button/);
  const procedure = readFileSync(join(out, 'quy-trinh-sinh-hoat-chuyen-de/index.html'), 'utf8');
  expect(procedure).toContain('href="/so-tay/luu-y-kinh-nghiem/#khong-long-ghep-chuyen-mon"');
});

test('_headers and robots.txt carry the base', () => {
  const headers = readFileSync(join(out, '_headers'), 'utf8');
  expect(headers.startsWith('/so-tay/*\n')).toBe(true);
  expect(headers).toContain('/so-tay/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  expect(headers).toContain('/so-tay/sw.js\n  Cache-Control: no-cache');
  expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/so-tay/sitemap-index.xml`);
});

test('served under /so-tay/, the offline worker keeps to /so-tay/ and, offline, opens a page never visited and searches', async () => {
  const server = await serveStatic(out, base);
  const browser = await connectBrowser();
  try {
    const context = await browser.newContext({ ...phone, ...withWorker });
    const page = await context.newPage();
    await page.goto(server.url);
    await readyOffline(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return { scope: r.scope, script: r.active?.scriptURL };
    });
    expect(registration).toEqual({ scope: server.url, script: `${server.url}sw.js` });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    expect([manifest.start_url, manifest.scope, manifest.icons[0].src]).toEqual(['/so-tay/', '/so-tay/', '/so-tay/icons/icon-192.png']);

    await context.setOffline(true);
    await server.close();
    const response = await page.goto(server.url + 'van-ban-can-cu/');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toContain('Văn bản căn cứ');
    await page.goto(server.url + 'tim-kiem/?q=cu+thu+ky');
    await page.getByRole('main').locator('a[href="/so-tay/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky"]').first().waitFor({ timeout: 15_000 });
    await page.goto(server.url + 'khong-co-trang-nay/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy trang');
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});

test('served under /so-tay/, search loads its index from there and its results stay there', async () => {
  const server = await serveStatic(out, base);
  const browser = await connectBrowser();
  try {
    const page = await (await browser.newContext(phone)).newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(server.url + 'sinh-hoat-chuyen-de/');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('cu thu ky');
    await dialog.locator('.search-results .result-title a').first().waitFor({ timeout: 15_000 });
    const links = await dialog.locator('.search-results .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/so-tay\//);
    // The hints file (abbreviations, papers) is fetched from under the base, and its addresses carry it.
    await dialog.getByRole('searchbox').fill('bien ban');
    await expect.poll(() => dialog.locator('.search-results .result-title a').first().getAttribute('href'), { timeout: 15_000 }).toBe('/so-tay/mau-van-ban/bien-ban-thuong-ky/');
    await dialog.getByRole('searchbox').fill('HD42');
    await expect.poll(() => dialog.locator('.search-results .result-title a').first().getAttribute('href'), { timeout: 15_000 }).toBe('/so-tay/van-ban-can-cu/#hd-42-2025');
    expect(failed).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
