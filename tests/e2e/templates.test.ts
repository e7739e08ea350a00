import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadBytes, phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { paragraphs, unzipDocx } from '../helpers/docx';
import { docxLines, previewLines, sampleValues } from '../helpers/paper';
import { loadHandbook } from '../../src/lib/content/load';
import { paperLayout } from '../../src/lib/templates/layout';
import { paperText } from '../../src/lib/templates/paper-text';
import { resolveTemplate } from '../../src/lib/templates/resolve';
import { saveValues } from '../../src/lib/templates/storage';
import { quarterPlan } from '../../src/lib/templates/topic-plan';
import { axeViolations } from '../helpers/axe';
import { firstVisit } from '../../scripts/bench/measure.mjs';

const site = useBuiltSite();

/** A fresh phone-sized context (empty localStorage) and a page that records the URLs it requests. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; requested: string[] }> {
  const context = await site.browser.newContext({ ...phone, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(site.url + path);
  return { context, page, requested };
}

/** What "Tải về" fetches: the Word builder's worker and the template's resolved JSON (not the topic lists). */
const builderRequests = (urls: string[]) => urls.filter((u) => /docx-worker|\/mau-van-ban\/(?!danh-sach-chuyen-de)[^/]+\.json$/.test(u));

/** What the form's own script loads: its behaviour and its look. */
const formRequests = (urls: string[]) => urls.filter((u) => /\/_astro\/template-form[.-][\w-]+\.(js|css)$/.test(u));

/** Brings the form near the screen, as a person scrolling to it does, and waits until it works. */
async function showForm(page: Page): Promise<void> {
  await page.locator('#dien-mau').scrollIntoViewIfNeeded();
  await page.locator('.tpl-form').waitFor({ state: 'visible' });
}

const NFD = (s: string) => s.normalize('NFD');
const longText = 'Nhà văn hóa thôn Tân Thành, '.repeat(120).trim();

describe('filling a template in on the page', () => {
  test('hostile input gives a valid file with the text as typed, in NFC; the Word builder loads only on "Tải về"', async () => {
    const { context, page, requested } = await open('mau-van-ban/bien-ban-thuong-ky/');
    await page.waitForTimeout(500);
    // A first visit that does not reach the form loads neither the form's script nor the Word builder.
    expect(formRequests(requested)).toEqual([]);
    expect(builderRequests(requested)).toEqual([]);
    await showForm(page);
    expect(formRequests(requested).length).toBe(2);
    expect(builderRequests(requested)).toEqual([]);

    await page.getByLabel('Đảng bộ cấp trên').fill(NFD('xã Nghi Tân'));
    await page.getByLabel('Chi bộ', { exact: true }).fill('thôn <b>Tân Thành</b> & "Hòa" 🌾');
    await page.getByLabel('Địa danh ghi trước ngày tháng').fill('Nghi Tân');
    await page.getByLabel('Ngày sinh hoạt').fill('2026-12-03');
    await page.getByLabel('Giờ bắt đầu').fill('14:00');
    await page.getByLabel('Địa điểm sinh hoạt').fill(longText);
    await page.getByLabel('Chủ trì (họ và tên)').fill(NFD('Nguyễn Văn Ấn'));
    await page.getByLabel('Thư ký (họ và tên)').fill("Trần Thị B'<script>alert(1)</script>");
    await page.getByLabel('Tổng số đảng viên của chi bộ').fill('20');
    await page.getByLabel('Số đảng viên có mặt').fill('17');
    await page.getByLabel('Số vắng mặt có lý do').fill('2');
    await page.getByLabel('Số vắng mặt không có lý do').fill('1');
    await page.getByLabel('Họ tên và lý do của người vắng có lý do').fill('Lê Văn C: ốm\nPhạm Thị D: công tác');
    await page.getByLabel('Đại biểu, khách mời').fill('Đồng chí Vương Đại Tương, Phó Bí thư Đảng ủy');

    // The preview follows what is typed.
    const preview = page.locator('[data-preview]');
    await expect(preview.textContent()).resolves.toContain('CHI BỘ THÔN <B>TÂN THÀNH</B> & "HÒA" 🌾');
    await expect(preview.textContent()).resolves.toContain('Nghi Tân, ngày 03 tháng 12 năm 2026');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('bien-ban-thuong-ky-2026-12-03.docx');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Đã tạo tệp bien-ban-thuong-ky-2026-12-03\.docx \(\d+,\d KB\)\.$/);
    expect(builderRequests(requested).length).toBe(2);

    const dir = mkdtempSync(join(tmpdir(), 'so-tay-download-'));
    try {
      const file = join(dir, 'filled.docx');
      await download.saveAs(file);
      const bytes = readFileSync(file);
      const xml = unzipDocx(bytes)['word/document.xml'];
      const texts = paragraphs(xml).map((p) => p.text);
      expect(xml).toBe(xml.normalize('NFC'));
      expect(texts.slice(0, 2)).toEqual(['ĐẢNG BỘ XÃ NGHI TÂN', 'CHI BỘ THÔN <B>TÂN THÀNH</B> & "HÒA" 🌾']);
      expect(xml).toContain('&lt;B&gt;TÂN THÀNH&lt;/B&gt; &amp;');
      expect(texts).toContain('Nghi Tân, ngày 03 tháng 12 năm 2026');
      expect(texts).toContain('Sinh hoạt chi bộ thường kỳ tháng 12 năm 2026');
      expect(texts).toContain('Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 03 tháng 12 năm 2026.');
      expect(texts).toContain(`Địa điểm: ${longText}.`);
      expect(texts).toContain('Chủ trì: đồng chí Nguyễn Văn Ấn; chức vụ: \t.');
      expect(texts).toContain("Thư ký: đồng chí Trần Thị B'<script>alert(1)</script>; chức vụ: \t.");
      expect(texts).toContain('Vắng mặt có lý do: 2 đồng chí; họ tên, lý do: Lê Văn C: ốm\nPhạm Thị D: công tác');
      expect(texts).toContain('Tổng số đảng viên của chi bộ: 20 đồng chí (chính thức: ……, dự bị: ……).');
      // Fields left empty keep their dotted blanks.
      expect(texts).toContain('Số đảng viên được miễn sinh hoạt: …… đồng chí.');
      expect(texts).toContain('Nguyễn Văn Ấn');

      // LibreOffice opens it: the file is valid, and the typed text survives.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'filled.pdf'), '-'], { encoding: 'utf8' })
        .normalize('NFC')
        .replace(/\s+/g, ' ');
      expect(pdf).toContain('CHI BỘ THÔN <B>TÂN THÀNH</B>');
      expect(pdf).toContain('Chủ trì: đồng chí Nguyễn Văn Ấn; chức vụ:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await context.close();
  });

  test('a topic from the year list fills the thematic paper', async () => {
    const { context, page } = await open('mau-van-ban/nghi-quyet-chuyen-de/');
    await showForm(page);
    const list = page.getByLabel('Chọn trong danh sách chuyên đề');
    const option = (await list.locator('option').nth(2).textContent())?.trim() ?? '';
    expect(option).toMatch(/^Thường xuyên tự soi, tự sửa/);
    await list.selectOption({ label: option });
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain(`về thực hiện chuyên đề “${option}”`);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về' }).click();
    const bytes = await downloadBytes(await downloading);
    const texts = paragraphs(unzipDocx(bytes)['word/document.xml']).map((p) => p.text);
    expect(texts).toContain(`về thực hiện chuyên đề “${option}”`);
    expect(texts).toContain('T/M CHI BỘ');
    await context.close();
  });

  test('impossible numbers show an error beside the field, keep what was typed, and make no file', async () => {
    const { context, page, requested } = await open('mau-van-ban/bien-ban-chuyen-de/');
    await showForm(page);
    const total = page.getByLabel('Tổng số đảng viên của chi bộ');
    const present = page.getByLabel('Số đảng viên có mặt');
    const excused = page.getByLabel('Số vắng mặt có lý do');
    await total.fill('10');
    await present.fill('12');
    await excused.fill('-2');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Tải về' }).click();

    await expect(present.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await present.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-loi'))}`);
    await expect(error.textContent()).resolves.toBe('Số đảng viên có mặt (12) lớn hơn tổng số đảng viên (10).');
    await expect(error.isVisible()).resolves.toBe(true);
    await expect(page.locator('#o-vang-co-ly-do-loi').textContent()).resolves.toBe('Số người không được là số âm.');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('có 2 ô cần sửa');
    await expect(present.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(present.inputValue()).resolves.toBe('12');

    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);
    expect(builderRequests(requested)).toEqual([]);

    // Corrected, the error goes as the person types.
    await present.fill('8');
    await expect(present.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(page.locator('#o-co-mat-loi').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('a reload keeps what was typed, on every template; the clear button forgets it', async () => {
    const { context, page } = await open('mau-van-ban/chuong-trinh-thuong-ky/');
    await showForm(page);
    await page.getByLabel('Chi bộ', { exact: true }).fill('thôn Tân Thành');
    await page.getByLabel('Chủ trì (họ và tên)').fill('Nguyễn Văn An');
    await page.getByLabel('Ngày sinh hoạt').fill('2026-03-03');
    await page.reload();
    await showForm(page);
    await expect(page.getByLabel('Chi bộ', { exact: true }).inputValue()).resolves.toBe('thôn Tân Thành');
    await expect(page.getByLabel('Chủ trì (họ và tên)').inputValue()).resolves.toBe('Nguyễn Văn An');
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('CHI BỘ THÔN TÂN THÀNH');

    await page.goto(`${site.url}mau-van-ban/bien-ban-thuong-ky/`);
    await showForm(page);
    await expect(page.getByLabel('Chi bộ', { exact: true }).inputValue()).resolves.toBe('thôn Tân Thành');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Xóa dữ liệu đã nhập' }).click();
    await expect(page.getByLabel('Chi bộ', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Đã xóa dữ liệu đã nhập trên máy này.');
    await expect(page.evaluate(() => localStorage.getItem('so-tay.mau-van-ban'))).resolves.toBeNull();
    await expect(page.locator('[data-preview] [data-f="chi-bo"]').textContent()).resolves.toBe('CHI BỘ ……');
    await page.reload();
    await showForm(page);
    await expect(page.getByLabel('Chủ trì (họ và tên)').inputValue()).resolves.toBe('');
    await context.close();
  });

  test('a corrupt saved value leaves the form working', async () => {
    const context = await site.browser.newContext(phone);
    await context.addInitScript(() => localStorage.setItem('so-tay.mau-van-ban', '{not json'));
    const page = await context.newPage();
    await page.goto(`${site.url}mau-van-ban/bai-tham-luan/`);
    await showForm(page);
    const author = page.getByLabel('Người tham luận (họ và tên)');
    await author.fill('Hoàng Văn E');
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('Người tham luận: đồng chí Hoàng Văn E.');
    await context.close();
  });

  test('without JavaScript the page still offers the blank file and says why the form is missing', async () => {
    const { context, page } = await open('mau-van-ban/de-dan-chuyen-de/', { javaScriptEnabled: false });
    await expect(page.getByRole('link', { name: /Tải mẫu trống/ }).getAttribute('href')).resolves.toBe('/mau-van-ban/de-dan-chuyen-de.docx');
    await expect(page.getByText('Để điền mẫu ngay trên trang cần bật JavaScript.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Tải về' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('VI. Vấn đề gợi ý thảo luận');
    await context.close();
  });
});

describe('the preview, filled in on the page, reads as the Word file the page makes', () => {
  test('on every template, line for line (normalised as tests/helpers/paper.ts says)', async () => {
    const handbook = loadHandbook('content', '.');
    // What a person who typed every field leaves on the device; each page fills its form and preview from it.
    const stored = new Map<string, string>();
    const store = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v), removeItem: (k: string) => void stored.delete(k) };
    // The number belongs to each paper: typed once on each form.
    for (const template of handbook.templates) saveValues(store, sampleValues, template.id);
    const context = await site.browser.newContext({ ...phone, acceptDownloads: true });
    await context.addInitScript((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, [...stored]);
    for (const template of handbook.templates) {
      const page = await context.newPage();
      await page.goto(`${site.url}mau-van-ban/${template.id}/`);
      await showForm(page);
      // The script built a control, with its label, for each field the paper shows.
      const unlabelled = await page.locator('.tpl-form').evaluate((form) =>
        [...form.querySelectorAll('input, select, textarea')].filter((c) => !form.querySelector(`label[for="${c.id}"]`)?.textContent?.trim()).map((c) => c.id),
      );
      expect(unlabelled, template.id).toEqual([]);
      const named = await page.locator('.tpl-form [name]').evaluateAll((controls) => controls.map((c) => c.getAttribute('name')));
      expect(named.filter((n) => n !== 'chuyen-de-khac'), template.id).toEqual(resolveTemplate(template, handbook).fields);
      const preview = previewLines(await page.locator('[data-preview]').evaluate((el) => el.outerHTML));

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải về' }).click();
      const file = await downloadBytes(await downloading);
      expect(preview, template.id).toEqual(docxLines(file));
      expect(preview, template.id).toEqual(paperText(paperLayout(resolveTemplate(template, handbook)), sampleValues));
      // Every value the paper shows was filled in, on the page and in the file.
      expect(preview.join('\n'), template.id).not.toMatch(/ĐẢNG BỘ ……|CHI BỘ ……|Số ……-/);
      const core = unzipDocx(file)['docProps/core.xml'];
      expect(core).toContain(`<dc:title>${template.title}</dc:title>`);
      expect(core).not.toContain('Un-named');
      await page.close();
    }
    await context.close();
  });
});

describe('the forms\' new parts', () => {
  test('the paper\'s number is asked with its symbol, shown in the preview and kept for that paper only', async () => {
    const { context, page } = await open('mau-van-ban/bien-ban-thuong-ky/');
    await showForm(page);
    const number = page.getByLabel('Số văn bản');
    await expect(page.locator('#o-so-goi-y').textContent()).resolves.toBe('Ghi vào chỗ “Số ……-BB/CB” ở đầu văn bản, ví dụ 05.');
    await number.fill('05');
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('Số 05-BB/CB');
    await page.goto(`${site.url}mau-van-ban/thong-bao-sinh-hoat/`);
    await showForm(page);
    await expect(page.getByLabel('Số văn bản').inputValue()).resolves.toBe('');
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('Số ……-TB/CB');
    await page.goto(`${site.url}mau-van-ban/bien-ban-thuong-ky/`);
    await showForm(page);
    await expect(page.getByLabel('Số văn bản').inputValue()).resolves.toBe('05');
    await context.close();
  });

  test('a field in error has a red outline as well as its message; corrected, both go', async () => {
    const { context, page } = await open('mau-van-ban/nghi-quyet-thuong-ky/');
    await showForm(page);
    const number = page.getByLabel('Số văn bản');
    const outline = () =>
      number.evaluate((el) => {
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
      });
    const calm = await outline();
    await number.fill('năm');
    await page.getByRole('button', { name: 'Tải về' }).click();
    await expect(page.locator('#o-so-loi').textContent()).resolves.toBe('Số văn bản chỉ gồm chữ số, ví dụ 05.');
    await expect(number.getAttribute('aria-describedby')).resolves.toContain('o-so-loi');
    // Focused and unfocused alike: the field is outlined in red.
    for (const focused of [true, false]) {
      if (!focused) await page.getByLabel('Chi bộ', { exact: true }).focus();
      const marked = await outline();
      expect(marked.style, `focused: ${focused}`).toBe('solid');
      expect(marked.width).toBeGreaterThanOrEqual(2);
      const [r, g, b] = (marked.color.match(/\d+/g) ?? []).map(Number);
      expect(r, marked.color).toBeGreaterThan(g + 60);
      expect(r).toBeGreaterThan(b + 60);
    }
    expect(calm.style === 'none' || calm.width === 0).toBe(true);
    await number.fill('07');
    await expect(number.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(page.locator('#o-so-loi').isVisible()).resolves.toBe(false);
    await page.getByLabel('Chi bộ', { exact: true }).focus();
    await expect(outline()).resolves.toEqual(calm);
    await context.close();
  });

  test('"Tải về" and "Xóa dữ liệu đã nhập" line up, at phone and desktop widths', async () => {
    for (const options of [phone, { viewport: { width: 1280, height: 800 } }]) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${site.url}mau-van-ban/bien-ban-thuong-ky/`);
      await showForm(page);
      const [download, clear] = await Promise.all([
        page.getByRole('button', { name: 'Tải về' }).boundingBox(),
        page.getByRole('button', { name: 'Xóa dữ liệu đã nhập' }).boundingBox(),
      ]);
      expect(download && clear).toBeTruthy();
      expect(Math.abs(download!.y - clear!.y)).toBeLessThan(1);
      expect(Math.abs(download!.height - clear!.height)).toBeLessThan(1);
      expect(clear!.x).toBeGreaterThan(download!.x + download!.width);
      await context.close();
    }
  });

  test('a topic on the year page opens the lead-paper form with that topic chosen and kept', async () => {
    const handbook = loadHandbook('content', '.');
    const list = handbook.topicLists[0];
    const topic = list.topics[1];
    const { context, page } = await open(`chuyen-de/${list.year}/`);
    await page.locator(`li:has(#${topic.id})`).getByRole('link', { name: 'Soạn đề dẫn cho chuyên đề này' }).click();
    await page.waitForURL(/\/mau-van-ban\/de-dan-chuyen-de\/\?chuyen-de=/);
    await page.locator('.tpl-form').waitFor({ state: 'visible' });
    await expect(page.getByLabel('Chọn trong danh sách chuyên đề').inputValue()).resolves.toBe(topic.title);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Đã chọn chuyên đề “${topic.title}”.`);
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain(`Sinh hoạt chuyên đề “${topic.title}”`);
    // Kept on the device: the contribution's form, opened without the link, has it too.
    await page.goto(`${site.url}mau-van-ban/bai-tham-luan/`);
    await showForm(page);
    await expect(page.getByLabel('Chọn trong danh sách chuyên đề').inputValue()).resolves.toBe(topic.title);
    // The other link of the topic leads to the steps of a thematic meeting.
    await page.goto(`${site.url}chuyen-de/${list.year}/`);
    await page.locator(`li:has(#${topic.id})`).getByRole('link', { name: 'các bước chuẩn bị và sinh hoạt chuyên đề' }).click();
    await page.waitForURL(/\/quy-trinh-sinh-hoat-chuyen-de\/#chon-chuyen-de$/);
    await context.close();
  });

  test('a link naming a topic the lists do not have says so, and the form still works', async () => {
    const { context, page } = await open('mau-van-ban/de-dan-chuyen-de/?chuyen-de=2099%2Fkhong-co');
    await page.locator('.tpl-form').waitFor({ state: 'visible' });
    await expect(page.getByRole('status').textContent()).resolves.toBe('Không thấy chuyên đề “2099/khong-co” trong danh sách; hãy chọn hoặc gõ tên chuyên đề.');
    await page.getByLabel('Hoặc gõ tên chuyên đề').fill('Tự soi, tự sửa');
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('Sinh hoạt chuyên đề “Tự soi, tự sửa”');
    await context.close();
  });

  test('without the topic lists (offline, say), the form says so and the topic can still be typed', async () => {
    const context = await site.browser.newContext(phone);
    await context.route('**/danh-sach-chuyen-de.json', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.url}mau-van-ban/bien-ban-chuyen-de/`);
    await showForm(page);
    await expect(page.getByRole('status').textContent()).resolves.toBe('Không tải được danh sách chuyên đề; bạn vẫn gõ được tên chuyên đề vào ô của nó.');
    await page.getByLabel('Hoặc gõ tên chuyên đề').fill('Tự soi, tự sửa');
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('Sinh hoạt chuyên đề “Tự soi, tự sửa”');
    await context.close();
  });

  test('the year plan takes one topic a quarter from the chosen list into its form, preview and file', async () => {
    const handbook = loadHandbook('content', '.');
    const list = handbook.topicLists[0];
    const plan = quarterPlan(list);
    const { context, page } = await open('mau-van-ban/ke-hoach-chuyen-de/');
    await showForm(page);
    await page.getByLabel('Lấy chuyên đề từ danh sách của cấp ủy cấp trên').selectOption(`${list.year}/${list.issuerId}`);
    await expect(page.getByLabel('Năm của kế hoạch').inputValue()).resolves.toBe(String(list.year));
    for (const [index, quarter] of plan.quarters.entries()) {
      await expect(page.getByLabel(`Chuyên đề quý ${['I', 'II', 'III', 'IV'][index]}`, { exact: true }).inputValue()).resolves.toBe(quarter.topic);
    }
    await page.getByLabel('Người chuẩn bị đề dẫn quý I', { exact: true }).fill('Phạm Thị Dung');
    await page.getByLabel('Tháng sinh hoạt quý I', { exact: true }).fill('3');
    const preview = (await page.locator('[data-preview]').textContent()) ?? '';
    expect(preview).toContain(`Sinh hoạt chuyên đề năm ${list.year}`);
    expect(preview).toContain(plan.quarters[0].topic);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về' }).click();
    const texts = paragraphs(unzipDocx(await downloadBytes(await downloading))['word/document.xml']).map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining([plan.quarters[0].topic, 'Phạm Thị Dung', 'Tháng 3']));
    // A month outside its quarter is caught beside its field.
    await page.getByLabel('Tháng sinh hoạt quý I', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Tải về' }).click();
    await expect(page.locator('#o-thang-quy-1-loi').textContent()).resolves.toBe('Tháng 5 không thuộc quý I (tháng 1–3).');
    await context.close();
  });

  test('the opened form, with an error showing, has no axe violation in either theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ ...phone, colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      await page.goto(`${site.url}mau-van-ban/bien-ban-chuyen-de/`);
      await showForm(page);
      await page.getByLabel('Tổng số đảng viên của chi bộ').fill('-1');
      await page.getByRole('button', { name: 'Tải về' }).click();
      await page.locator('#o-tong-so-loi').waitFor();
      expect(await axeViolations(page, 'template-form'), theme).toEqual([]);
      await context.close();
    }
  });
});

describe('a template page\'s first visit', () => {
  test('is at most 24 KB gzip on every template, counting all it loads without a click; the form\'s script and the Word builder are not in it', async () => {
    const handbook = loadHandbook('content', '.');
    // All templates at once, each in its own browser context: a visit mostly waits for late loads.
    const visits = await Promise.all(
      handbook.templates.map(async (template) => ({
        id: template.id,
        files: (await firstVisit(site.browser, `${site.url}mau-van-ban/${template.id}/`, { settleMs: 1500 })) as { url: string; gzip: number }[],
      })),
    );
    const weights: string[] = [];
    for (const { id, files } of visits) {
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      weights.push(`${id}: ${(total / 1024).toFixed(1)} KB`);
      expect(total, id).toBeLessThanOrEqual(24 * 1024);
      expect(files.map((f) => f.url).filter((u) => /template-form[.-]|docx-worker|\.json$/.test(u)), id).toEqual([]);
    }
    console.log(`Lần truy cập đầu (gzip): ${weights.join('; ')}`);
  }, 120_000);
});

describe('printing a template page', () => {
  test('puts only the paper on A4', async () => {
    const { context, page } = await open('mau-van-ban/bien-ban-thuong-ky/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Tải về' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-preview]').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-print-'));
    try {
      writeFileSync(join(dir, 'page.pdf'), pdf);
      const info = execFileSync('pdfinfo', [join(dir, 'page.pdf')], { encoding: 'utf8' });
      // A4 is 595 × 842 points.
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      expect(Math.round(Number(size?.[1]))).toBe(595);
      expect(Math.round(Number(size?.[2]))).toBe(842);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
      expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(text).not.toContain('Điền mẫu trên trang');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await context.close();
  });
});
