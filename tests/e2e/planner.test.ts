import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { downloadBytes, phone } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { paragraphs, unzipDocx } from '../helpers/docx';
import { overlongLines, parseCalendar } from '../helpers/calendar';
import { axeViolations } from '../helpers/axe';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { routes } from '../../src/lib/routes';
import { buildPlanModel } from '../../src/lib/planner/model';
import { storageKey } from '../../src/lib/storage';

const handbook = loadHandbook(contentDir(), process.cwd());
/** The thematic agenda's items and minutes, as the agenda paper gives them. */
const agenda = buildPlanModel(handbook).agenda.filter((a) => a.kind === 'chuyen-de');
const total = agenda.reduce((sum, a) => sum + a.minutes, 0);
const discussion = agenda.find((a) => a.id === 'thao-luan')!;
const beforeDiscussion = agenda.slice(0, agenda.indexOf(discussion)).reduce((sum, a) => sum + a.minutes, 0);
/** "14:00" plus minutes. */
const clock = (minutes: number) => `${String(14 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const site = useBuiltSite();

/** Plain date arithmetic for the test's own expectations, on UTC calendar days. */
const shift = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** "2026-11-05" → "05/11/2026", as the page writes dates (the month without a leading zero from March). */
const shown = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m) < 3 ? m : Number(m)}/${y}`;
};

/**
 * Each thematic task's date, straight from the procedure data: the source's `due`, else the default
 * of content/planner.yaml, counted from the meeting or from the regular meeting of the month before.
 */
function expectedThematicDates(meeting: string, previousRegular: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const procedure of handbook.procedures.filter((p) => p.meeting === 'chuyen-de' && !p.example)) {
    for (const step of procedure.steps.filter((s) => s.phase !== 'tien-hanh')) {
      if (step.due && 'atPreviousRegularMeeting' in step.due) out.set(step.id, previousRegular);
      else if (step.due) out.set(step.id, shift(meeting, -step.due.daysBefore));
      else {
        const o = handbook.planner.offsets.find((x) => x.step === step.id)!;
        const base = o.from === 'ky-thuong-ky-truoc' ? previousRegular : meeting;
        out.set(step.id, shift(base, o.daysAfter ?? -(o.daysBefore ?? 0)));
      }
    }
  }
  return out;
}

/** The URLs of the code that may load only on a click: the Word builder, zip and calendar workers, template data, the plan schema. */
const lazy = (urls: string[]) => urls.filter((u) => /docx-worker|plan-files-worker|plan-check-worker|mau-van-ban\/[^/]+\.json$/.test(u));

async function open(options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<{ context: BrowserContext; page: Page; requested: string[]; errors: string[] }> {
  const context = await site.browser.newContext({ ...phone, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + routes.planner);
  return { context, page, requested, errors };
}

/** A download's name and bytes. */
async function saved(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await downloadBytes(file) };
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

describe('planning a meeting on /ke-hoach/', () => {
  test('a thematic plan for 03/12/2026: dates from the procedure data, time plan, .ics, .zip of Word files; reload, copy, import', async () => {
    const { context, page, requested, errors } = await open();
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-ke-hoach-'));
    try {
      await page.waitForTimeout(300);
      expect(lazy(requested)).toEqual([]);

      await page.getByLabel('Sinh hoạt chuyên đề', { exact: true }).check();
      await field(page, 'Ngày sinh hoạt').fill('03/12/2026');
      await field(page, 'Giờ bắt đầu').fill('14:00');
      await field(page, 'Địa điểm').fill('Nhà văn hóa thôn Tân Thành');
      await field(page, 'Đảng bộ cấp trên').fill('Đảng bộ xã Nghi Tân');
      await field(page, 'Chi bộ').fill('Chi bộ thôn Tân Thành');
      await field(page, 'Địa danh ghi trước ngày tháng').fill('Nghi Tân');
      await field(page, 'Ngày sinh hoạt thường kỳ hằng tháng').fill('5');
      const topic = handbook.topicLists[0].topics[1].title;
      await page.getByLabel('Chọn chuyên đề trong danh sách').selectOption({ label: topic });
      await field(page, 'Người chuẩn bị nội dung hoặc đề dẫn').fill('Nguyễn Văn An');
      await field(page, 'Chủ trì').fill('Trần Văn Bình');
      await field(page, 'Thư ký').fill('Lê Thị Cúc');

      // Every task's date, against the procedure data (usual day 5: the regular meeting of 05/11/2026).
      const expected = expectedThematicDates('2026-12-03', '2026-11-05');
      const timeline = page.locator('[data-timeline]');
      await expect(timeline.locator('li[data-t]').count()).resolves.toBe(expected.size);
      for (const [id, date] of expected) {
        await expect(timeline.locator(`li[data-t="${id}"] .tl-when`).textContent(), id).resolves.toContain(shown(date));
      }
      await expect(timeline.locator('li[data-t="duyet-de-dan"] .tl-when').textContent()).resolves.toBe(
        'Hạn: Thứ Năm, 05/11/2026 (đã qua) · tại kỳ sinh hoạt thường kỳ tháng trước',
      );
      // Each task: its step's name linking to the step, its source, a tick box.
      const task = timeline.locator('li[data-t="phan-cong-de-dan"]');
      await expect(task.getByRole('link', { name: 'Phân công chuẩn bị đề dẫn' }).getAttribute('href')).resolves.toBe('/quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan');
      await expect(task.locator('.tl-src').textContent()).resolves.toContain('Theo Hướng dẫn 08 về sinh hoạt chi bộ; số ngày: gợi ý của sổ tay');
      // A default the person changes moves the date; the meeting of the month before may be set by hand.
      await task.getByRole('spinbutton').fill('14');
      await expect(task.locator('.tl-when').textContent()).resolves.toContain(shown(shift('2026-11-05', -14)));
      await task.getByRole('checkbox', { name: 'Đã xong: Phân công chuẩn bị đề dẫn' }).check();
      // The self-review: the Tân Thành points shown as that example's, then the 12-HD criteria, for reference.
      const review = page.getByRole('group', { name: 'Những điểm cấp ủy cấp trên nhận xét buổi sinh hoạt chi bộ thường kỳ mẫu của chi bộ Tân Thành' });
      await expect(review.getByRole('link', { name: 'Ví dụ: chi bộ Tân Thành, tháng 11/2021' }).count()).resolves.toBe(1);
      await review.getByRole('checkbox', { name: 'công tác chuẩn bị chu đáo, nội dung đầy đủ' }).check();
      await expect(page.getByRole('group', { name: 'Tiêu chí chất lượng buổi sinh hoạt' }).getByRole('checkbox').count()).resolves.toBe(5);
      await expect(page.locator('.kh-after').textContent()).resolves.toContain('chỉ để tham khảo, không phải bảng chấm điểm chính thức');
      await expect(page.locator('[data-meeting]').textContent()).resolves.toBe(`Thứ Năm, 03/12/2026, 14:00 · Nhà văn hóa thôn Tân Thành · Chuyên đề “${topic}”`);

      // The time plan adds up and warns below the minimum.
      // The time plan: the agenda paper's items and minutes; it adds up and warns below the minimum.
      expect(total).toBe(handbook.rules.find((r) => r.id === 'thoi-luong')!.figures['moi-buoi']);
      await expect(page.locator('[data-total]').textContent()).resolves.toBe(String(total));
      const minutesBox = page.getByRole('spinbutton', { name: discussion.title });
      await minutesBox.fill(String(discussion.minutes - 10));
      await expect(page.locator('[data-short]').textContent()).resolves.toBe(`Lưu ý: chương trình mới có ${total - 10} phút, ít hơn ${total} phút tối thiểu của sinh hoạt chuyên đề.`);
      await minutesBox.fill(String(discussion.minutes + 10));
      await expect(page.locator('[data-short]').isHidden()).resolves.toBe(true);
      await expect(page.locator('[data-total]').textContent()).resolves.toBe(String(total + 10));
      await expect(page.locator('[data-k="chuyen-de"] tr[data-i="thao-luan"] [data-clock]').textContent()).resolves.toBe(clock(beforeDiscussion));
      expect(lazy(requested)).toEqual([]);
      // The plan as drawn, tick boxes and days included, passes WCAG 2.2 AA checks.
      expect(await axeViolations(page, 'plan-maker')).toEqual([]);

      // The calendar file, parsed with ical.js.
      const dates = new Map(expected).set('phan-cong-de-dan', shift('2026-11-05', -14));
      const calendarFile = saved(page.waitForEvent('download'));
      await page.getByRole('button', { name: 'Tải lịch nhắc việc (.ics)' }).click();
      const ics = await calendarFile;
      expect(ics.name).toBe('ke-hoach-2026-12-03.ics');
      const text = ics.bytes.toString('utf8');
      expect(text).toBe(text.normalize('NFC'));
      expect(overlongLines(text)).toEqual([]);
      const { properties, events } = parseCalendar(text);
      expect(properties['X-WR-TIMEZONE']).toBe('Asia/Ho_Chi_Minh');
      const [meeting, ...tasks] = events;
      expect(meeting).toMatchObject({
        summary: `Sinh hoạt chuyên đề: “${topic}” (Chi bộ thôn Tân Thành)`,
        start: '2026-12-03T07:00:00Z',
        end: new Date(Date.parse('2026-12-03T07:00:00Z') + (total + 10) * 60_000).toISOString().replace('.000Z', 'Z'),
        location: 'Nhà văn hóa thôn Tân Thành',
        alarms: [{ action: 'DISPLAY', trigger: '-P1D' }],
      });
      expect(Object.fromEntries(tasks.map((t) => [t.uid.replace(/^kh-[a-z0-9]+-|@so-tay-chi-bo$/g, ''), t.start]))).toEqual(Object.fromEntries(dates));
      for (const t of tasks) expect([t.allDay, t.alarms]).toEqual([true, [{ action: 'DISPLAY', trigger: '-PT16H' }]]);

      // All the papers in one .zip: each Word file names the cell, and carries the meeting's date or, for a paper
      // dated by a task (the report, by the day it goes to the upper committee), that task's date.
      const zipFile = saved(page.waitForEvent('download'));
      await page.getByRole('button', { name: 'Tải tất cả giấy tờ (.zip)' }).click();
      const zip = await zipFile;
      expect(zip.name).toBe('giay-to-2026-12-03.zip');
      const papers = unzipSync(new Uint8Array(zip.bytes));
      const thematic = handbook.planner.papers['chuyen-de'].map((id) => `${id}-2026-12-03.docx`);
      expect(Object.keys(papers).sort()).toEqual(thematic.sort());
      const inWords = (iso: string) => {
        const [y, m, d] = iso.split('-');
        return `Nghi Tân, ngày ${d} tháng ${Number(m) < 3 ? m : Number(m)} năm ${y}`;
      };
      for (const [name, bytes] of Object.entries(papers)) {
        const texts = paragraphs(unzipDocx(bytes)['word/document.xml']).map((p) => p.text);
        const task = handbook.planner.paperDates[name.replace(/-2026-12-03\.docx$/, '')];
        expect(texts, name).toContain('CHI BỘ THÔN TÂN THÀNH');
        expect(texts, name).toContain('ĐẢNG BỘ XÃ NGHI TÂN');
        expect(texts, name).toContain(inWords(task ? dates.get(task)! : '2026-12-03'));
      }
      expect(Object.keys(papers)).toContain('bao-cao-chuyen-de-2026-12-03.docx');
      // The agenda paper takes the plan's minutes.
      const agendaText = paragraphs(unzipDocx(papers['chuong-trinh-chuyen-de-2026-12-03.docx'])['word/document.xml']).map((p) => p.text).join('\n');
      expect(agendaText).toContain(`${discussion.minutes + 10} phút`);
      expect(agendaText).toContain(`${total + 10} phút`);
      // One paper on its own.
      const single = saved(page.waitForEvent('download'));
      await page.locator('[data-paper="bien-ban-chuyen-de"]').click();
      expect((await single).name).toBe('bien-ban-chuyen-de-2026-12-03.docx');
      await expect(page.locator('[data-file-status]').textContent()).resolves.toMatch(/^Đã tạo tệp bien-ban-chuyen-de-2026-12-03\.docx \(\d+,\d KB\)\.$/);

      // One A4 page: the timeline, the time plan and the papers.
      const pdf = join(dir, 'ke-hoach.pdf');
      await page.pdf({ path: pdf, format: 'A4' });
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
      const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      for (const words of ['Kế hoạch sinh hoạt chuyên đề', 'Chi bộ thôn Tân Thành', 'Phân công chuẩn bị đề dẫn', 'Trình bày đề dẫn chuyên đề', 'Biên bản sinh hoạt chuyên đề']) {
        expect(printed.replace(/\s+/g, ' ')).toContain(words);
      }

      // Reload: the plan is there, ticks and all; copied to next month, its dates move.
      await page.reload();
      const list = page.locator('[data-list] li');
      await list.first().waitFor();
      await expect(field(page, 'Ngày sinh hoạt').inputValue()).resolves.toBe('03/12/2026');
      await expect(page.getByRole('checkbox', { name: 'Đã xong: Phân công chuẩn bị đề dẫn' }).isChecked()).resolves.toBe(true);
      const kept = page.getByRole('checkbox', { name: 'công tác chuẩn bị chu đáo, nội dung đầy đủ' });
      await kept.waitFor();
      await expect(kept.isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Chép sang tháng sau: Sinh hoạt chuyên đề, 03/12/2026, Chi bộ thôn Tân Thành' }).click();
      await expect(list.count()).resolves.toBe(2);
      await expect(field(page, 'Ngày sinh hoạt').inputValue()).resolves.toBe('03/01/2027');
      await expect(page.locator('li[data-t="duyet-de-dan"] .tl-when').textContent()).resolves.toContain('05/12/2026');
      await expect(page.getByRole('checkbox', { name: 'Đã xong: Phân công chuẩn bị đề dẫn' }).isChecked()).resolves.toBe(false);
      await expect(kept.isChecked()).resolves.toBe(false);

      // Export, then imports: a corrupt file and hostile ones change nothing; a good one is added.
      const exportFile = saved(page.waitForEvent('download'));
      await page.getByRole('button', { name: 'Xuất kế hoạch ra tệp' }).click();
      const exported = await exportFile;
      expect(exported.name).toBe('ke-hoach-2027-01-03.json');
      const keep = () => page.evaluate(() => Object.entries(localStorage).sort());
      const before = await keep();
      const status = page.locator('[data-list-status]');
      const put = (name: string, content: string) =>
        page.locator('[data-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      const good = JSON.parse(exported.bytes.toString('utf8'));
      const hostile = (plan: Record<string, unknown>) => JSON.stringify({ ...good, plan: { ...good.plan, ...plan } });
      const refused: Array<[string, string, string]> = [
        ['hong.json', exported.bytes.toString('utf8').slice(0, 200), 'Tệp hỏng'],
        ['khac.json', '{"type":"FeatureCollection","features":[]}', 'không phải tệp kế hoạch'],
        ['ma.json', hostile({ cell: '<img src=x onerror=alert(1)>' }), 'Chi bộ: có mã HTML'],
        ['nfd.json', hostile({ chair: 'Trần Văn Bình'.normalize('NFD') }), 'Chủ trì: chữ có dấu chưa ở dạng chuẩn (NFC)'],
        ['dai.json', hostile({ place: 'Nhà văn hóa '.repeat(9_091).slice(0, 100_000) }), 'Địa điểm: dài 100000 ký tự'],
        ['lon.json', ' '.repeat(300 * 1024), 'Tệp quá lớn'],
      ];
      for (const [name, content, words] of refused) {
        await put(name, content);
        await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain(`Không nhập tệp ${name}: `);
        await expect(status.textContent(), name).resolves.toContain(words);
        await expect(status.textContent()).resolves.toContain('Các kế hoạch đã lưu giữ nguyên.');
        expect(await keep(), name).toEqual(before);
      }
      await expect(list.count()).resolves.toBe(2);
      await put(exported.name, exported.bytes.toString('utf8'));
      await expect.poll(() => status.textContent(), { timeout: 5000 }).toBe(`Đã nhập kế hoạch ngày 03/01/2027 từ tệp ${exported.name}.`);
      await expect(list.count()).resolves.toBe(3);

      // Delete, after confirming.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Xóa: Sinh hoạt chuyên đề, 03/12/2026, Chi bộ thôn Tân Thành' }).click();
      await expect(list.count()).resolves.toBe(2);
      expect((await keep()).filter(([k]) => k.startsWith(storageKey('ke-hoach', 'kh-')))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('bad input on /ke-hoach/', () => {
  test('an impossible date stops with an error beside the field; a past date warns and the plan is kept (dark mode)', async () => {
    const { context, page, errors } = await open({ colorScheme: 'dark' });
    const date = field(page, 'Ngày sinh hoạt');
    await date.fill('31/02/2026');
    const error = page.locator('#kh-date-loi');
    await expect(error.textContent()).resolves.toBe('Không có ngày 31/2/2026: tháng 2 năm 2026 có 28 ngày.');
    await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(date.getAttribute('aria-describedby')).resolves.toContain('kh-date-loi');
    await expect(page.locator('[data-list] li').count()).resolves.toBe(0);
    expect(await axeViolations(page, 'plan-maker')).toEqual([]);
    await date.fill('03/01/2020');
    await expect(error.textContent()).resolves.toMatch(/^Lưu ý: ngày này đã qua \(hôm nay là \d{2}\/\d{1,2}\/\d{4}\)\. Kế hoạch vẫn được lưu\.$/);
    await expect(date.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(page.locator('[data-list] li').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('storage that throws keeps the plan for the session and says so', async () => {
    const context = await site.browser.newContext({ ...phone });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Bộ nhớ đầy', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(site.url + routes.planner);
    await field(page, 'Ngày sinh hoạt').fill('03/12/2026');
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain('Máy này không cho lưu (bộ nhớ đầy hoặc bị chặn): kế hoạch chỉ còn đến khi đóng trang.');
    await expect(page.locator('[data-list] li').count()).resolves.toBe(1);
    await expect(page.locator('li[data-t="dua-tai-lieu-len-so-tay"] .tl-when').textContent()).resolves.toContain('02/12/2026');
    await context.close();
  });

  test('without JavaScript: the same timeline in days counted from the meeting', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    const when = (id: string) => page.locator(`[data-static] li[data-t="${id}"] .tl-when`).textContent();
    await expect(when('dua-tai-lieu-len-so-tay')).resolves.toBe('trước 1 ngày');
    await expect(when('duyet-de-dan')).resolves.toBe('tại kỳ sinh hoạt thường kỳ tháng trước');
    await expect(when('gui-chuyen-de')).resolves.toBe('sau 7 ngày');
    await expect(page.locator('[data-static]').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Thông tin buổi sinh hoạt' }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});
