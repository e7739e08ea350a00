// Offline: after a first visit to the home page, with the network cut (Chromium offline and the
// server stopped), every page opens (also pages never visited, and an unknown address gives the
// handbook's not-found page), both search UIs find a step, a checklist tick survives a reload, and a
// filled-in template downloads as a Word file. Then a new build: the reader is offered
// "Sổ tay có bản mới — Tải lại", and after it sees the new text; old files are gone from the cache.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { connectBrowser, phone, withWorker } from '../helpers/browser';
import { distDir, htmlFiles, requireDist } from '../helpers/dist';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { copyBuiltSite, readyOffline } from '../helpers/offline';
import { paragraphs, unzipDocx } from '../helpers/docx';
import { writeServiceWorker } from '../../src/lib/offline/precache';

let browser: Browser;

beforeAll(async () => {
  requireDist();
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The <h1> of a built page, as the file has it. */
function builtHeading(file: string): string {
  const h1 = readFileSync(join(distDir, file), 'utf8').match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
  return h1.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

describe('after a first visit to the home page, without a network', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(distDir);
    context = await browser.newContext({ ...phone, ...withWorker, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(server.url);
    await readyOffline(page);
    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await server.close();
  });

  afterAll(async () => {
    await context?.close();
  });

  test('the network is really gone: a file that is not precached cannot be fetched', async () => {
    const result = await page.evaluate(() => fetch('/robots.txt').then((r) => `HTTP ${r.status}`, () => 'échec'));
    expect(result).toBe('échec');
  });

  test('every page of the handbook opens, though only the home page was visited', async () => {
    const files = htmlFiles().filter((f) => f !== '404.html');
    expect(files.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const file of files) {
      const path = file.replace(/(^|\/)index\.html$/, '$1');
      const response = await page.goto(server.url + path);
      const heading = (await page.locator('h1').first().textContent())?.replace(/\s+/g, ' ').trim();
      if (!response?.ok() || !response.fromServiceWorker() || heading !== builtHeading(file)) {
        problems.push(`/${path}: HTTP ${response?.status()}, từ service worker: ${response?.fromServiceWorker()}, h1 “${heading}”`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  test('an address that is not in the handbook shows its not-found page, not the browser error', async () => {
    await page.goto(server.url + 'khong-co-trang-nay/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy trang');
  });

  test('"cu thu ky" finds the step in the search dialog', async () => {
    await page.goto(server.url + 'sinh-hoat-chuyen-de/');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('cu thu ky');
    await dialog.locator('.result-title a').first().waitFor({ timeout: 15_000 });
    const links = await dialog.locator('.result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky');
  });

  test('"cu thu ky" finds the step on the search page', async () => {
    await page.goto(server.url + 'tim-kiem/?q=cu+thu+ky');
    const main = page.getByRole('main');
    await main.locator('a[href="/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky"]').first().waitFor({ timeout: 15_000 });
  });

  test('a checklist tick survives a reload', async () => {
    await page.goto(server.url + 'danh-sach-kiem-tra/cac-buoc-chuyen-de/');
    const box = page.getByRole('checkbox').nth(1);
    await box.check();
    await page.reload();
    await expect(page.getByRole('checkbox').nth(1).isChecked()).resolves.toBe(true);
  });

  test('the blank Word template downloads', async () => {
    await page.goto(server.url + 'mau-van-ban/bien-ban-chuyen-de/');
    const bytes = await page.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('a.template-download');
      const response = await fetch(link!.href);
      return [...new Uint8Array(await response.arrayBuffer())];
    });
    expect(Buffer.from(bytes).equals(readFileSync(join(distDir, 'mau-van-ban/bien-ban-chuyen-de.docx')))).toBe(true);
  });

  test('a filled-in template downloads and opens as a Word file', async () => {
    await page.goto(server.url + 'mau-van-ban/bien-ban-thuong-ky/');
    // The form's script loads as the form nears the screen (from the precache, offline).
    await page.locator('#dien-mau').scrollIntoViewIfNeeded();
    await page.getByLabel('Chi bộ', { exact: true }).fill('thôn Tân Thành');
    await page.getByLabel('Chủ trì (họ và tên)').fill('Nguyễn Văn Ấn');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về' }).click();
    const download = await downloading;
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-offline-'));
    try {
      const file = join(dir, 'filled.docx');
      await download.saveAs(file);
      const texts = paragraphs(unzipDocx(readFileSync(file))['word/document.xml']!).map((p) => p.text);
      expect(texts).toContain('Chủ trì: đồng chí Nguyễn Văn Ấn; chức vụ: \t.');
      // LibreOffice opens it as a Word document.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'filled.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
      expect(pdf.replace(/\s+/g, ' ')).toContain('CHI BỘ THÔN TÂN THÀNH');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('the first visit', () => {
  test('registers the worker only once the page has loaded, so precaching never delays it', async () => {
    const server = await serveStatic(distDir);
    const context = await browser.newContext({ ...phone, ...withWorker });
    try {
      // Notes the page's state at the moment the worker is registered.
      await context.addInitScript(() => {
        const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
        navigator.serviceWorker.register = (...args) => {
          (window as unknown as { registeredWhen: string }).registeredWhen = document.readyState;
          return register(...args);
        };
      });
      const page = await context.newPage();
      await page.goto(server.url + 'quy-trinh-sinh-hoat-chuyen-de/');
      await readyOffline(page);
      await expect(page.evaluate(() => (window as unknown as { registeredWhen: string }).registeredWhen)).resolves.toBe('complete');
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('installing on a phone', () => {
  test("Chromium's own installability check finds nothing missing, and reads the Vietnamese manifest", async () => {
    const server = await serveStatic(distDir);
    // A profile on disk: Chromium never offers to install from an incognito window, which a
    // plain Playwright context is.
    const profile = mkdtempSync(join(tmpdir(), 'so-tay-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, headless: true, ...phone });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      await readyOffline(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toBe(`${server.url}manifest.webmanifest`);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Sổ tay sinh hoạt chi bộ', lang: 'vi', start_url: '/' });
    } finally {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('a new build', () => {
  test('shows "Sổ tay có bản mới — Tải lại", then the new text; the old file leaves the cache', async () => {
    const copy = copyBuiltSite(distDir);
    const server = await serveStatic(copy.dir);
    const context = await browser.newContext({ ...phone, ...withWorker });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await readyOffline(page);
      const path = 'sinh-hoat-chuyen-de/';
      const file = join(copy.dir, path, 'index.html');
      const oldText = 'Sinh hoạt chuyên đề là loại hình sinh hoạt chi bộ chuyên sâu';
      const newText = 'Bản mới: sinh hoạt chuyên đề là loại hình sinh hoạt chi bộ chuyên sâu';
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(oldText);

      // Deploy a changed build: same files, one page's text changed, its worker written again.
      writeFileSync(file, html.replace(oldText, newText));
      await writeServiceWorker(copy.dir);

      await page.goto(server.url + path);
      // The old text is still shown until the reader chooses to reload…
      await expect(page.getByRole('main').textContent()).resolves.toContain(oldText);
      // The live region holds the notice, shown when the new build is ready.
      const notice = page.locator('[aria-live="polite"][data-offline-notice] p').filter({ hasText: 'Sổ tay có bản mới' });
      await notice.waitFor({ timeout: 30_000 });
      await expect(notice.textContent()).resolves.toMatch(/Sổ tay có bản mới — Tải lại/);
      // …with the keyboard, as with a finger.
      await notice.getByRole('button', { name: 'Tải lại' }).focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await expect(page.getByRole('main').textContent()).resolves.toContain(newText);

      // Offline now, the new text is what the cache holds, and the old version of the page is gone.
      await context.setOffline(true);
      await page.goto(server.url + path);
      await expect(page.getByRole('main').textContent()).resolves.toContain(newText);
      const cached = await page.evaluate(async (p) => {
        const keys: string[] = [];
        for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) keys.push(r.url);
        return keys.filter((k) => new URL(k).pathname === `/${p}index.html`);
      }, path);
      expect(cached).toHaveLength(1);
    } finally {
      await context.close();
      await server.close();
      copy.remove();
    }
  }, 120_000);
});
