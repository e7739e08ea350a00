// Sub-path: the site built with BASE_PATH=/so-tay/ (into its own folder, dist/ untouched) links only
// inside /so-tay/, every link resolves, the header files and robots.txt carry the base, and search
// works when served there.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSite } from '../helpers/crawl';
import { connectBrowser, phone } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { astroBuild } from '../helpers/astro-build';

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
  expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/so-tay/sitemap-index.xml`);
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
    await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const links = await dialog.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/so-tay\//);
    expect(failed).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
