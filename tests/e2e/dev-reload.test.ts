// Under `npm run dev`, content/ is followed without a restart: on a copy of the project, a topic's
// title is edited, a file is broken and mended, and a new year is added; each shows on the next page
// load (the broken file as Astro's error overlay naming the file, the entry and the field).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { copyProject, startDevServer, type DevServer } from '../helpers/project-copy';
import { connectBrowser } from '../helpers/browser';

let copy: ReturnType<typeof copyProject>;
let server: DevServer;
let browser: Browser;
const topics = (): string => join(copy.dir, 'content/topics/2023/ban-thuong-vu-dang-uy-khoi.yaml');

/** The page's HTML once `ready` holds for it, polling for up to 15 s (a change is seen within a second or two). */
async function pageWhen(path: string, ready: (status: number, html: string) => boolean): Promise<{ status: number; html: string }> {
  const started = Date.now();
  for (;;) {
    const response = await fetch(server.url + path);
    const html = await response.text();
    if (ready(response.status, html) || Date.now() - started > 15_000) return { status: response.status, html };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

beforeAll(async () => {
  copy = copyProject();
  server = await startDevServer(copy.dir);
  browser = await connectBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  copy?.remove();
});

test('an edited topic title shows on the next page load', async () => {
  const before = await pageWhen('chuyen-de/2023/', (s) => s === 200);
  expect(before.html).toContain('Thường xuyên tự soi, tự sửa');
  writeFileSync(topics(), readFileSync(topics(), 'utf8').replace('Thường xuyên tự soi, tự sửa', 'Thường xuyên TỰ SOI, TỰ SỬA'));
  const after = await pageWhen('chuyen-de/2023/', (_, html) => html.includes('TỰ SOI, TỰ SỬA'));
  expect(after.status).toBe(200);
  expect(after.html).toContain('Thường xuyên TỰ SOI, TỰ SỬA');
  expect(server.output()).not.toMatch(/Restarting/);
}, 30_000);

test('a broken file shows its error, naming file, entry and field; mended, the page is back', async () => {
  const good = readFileSync(topics(), 'utf8');
  writeFileSync(topics(), good.replace('group: xay-dung-dang', 'group: khong-co-nhom'));
  const broken = await pageWhen('chuyen-de/2023/', (s) => s === 500);
  expect(broken.status).toBe(500);
  // The browser shows the error in Astro's overlay.
  const page = await browser.newPage();
  await page.goto(server.url + 'chuyen-de/2023/');
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ state: 'attached', timeout: 15_000 });
  const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  await page.close();
  expect(text).toContain('Nội dung không hợp lệ');
  expect(text).toContain('content/topics/2023/ban-thuong-vu-dang-uy-khoi.yaml');
  expect(text).toContain('mục topics[2] (id: phong-chong-tham-nhung-2023)');
  expect(text).toContain('trường "group"');

  writeFileSync(topics(), good);
  const mended = await pageWhen('chuyen-de/2023/', (s) => s === 200);
  expect(mended.status).toBe(200);
}, 45_000);

test('a new year file gives its page and its sidebar link', async () => {
  const year = readFileSync(topics(), 'utf8').replace(/^year: 2023$/m, 'year: 2027').replace(/^(  - id: .*)-2023$/gm, '$1-2027');
  mkdirSync(join(copy.dir, 'content/topics/2027'), { recursive: true });
  writeFileSync(join(copy.dir, 'content/topics/2027/ban-thuong-vu-dang-uy-khoi.yaml'), year);
  const page = await pageWhen('chuyen-de/2027/', (s) => s === 200);
  expect(page.status).toBe(200);
  expect(page.html).toContain('Chuyên đề năm 2027');
  const home = await pageWhen('', (s, html) => s === 200 && html.includes('href="/chuyen-de/2027/"'));
  expect(home.html).toMatch(/href="\/chuyen-de\/2027\/"[^>]*>\s*<span[^>]*>Năm 2027/);
  expect(server.output()).not.toMatch(/Restarting/);
}, 30_000);
