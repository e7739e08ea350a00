import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHandbook, type Handbook } from '../../src/lib/content/load';
import { ContentError } from '../../src/lib/content/errors';
import { buildPlanModel, DURATION_FIGURES, DURATION_RULE, shownReview } from '../../src/lib/planner/model';
import {
  agendaFor,
  clockAfter,
  datedTasks,
  minimumMinutes,
  nextMonthDates,
  previousRegularMeeting,
  relativeText,
  timePlanTotal,
} from '../../src/lib/planner/plan';
import { checkPlanData, readPlanFile } from '../../src/lib/planner/file';
import { deletePlan, planFile, rememberCell, rememberedCell, savePlan, storedPlans } from '../../src/lib/planner/store';
import { paperValues } from '../../src/lib/planner/papers';
import { planCalendar } from '../../src/lib/planner/calendar';
import { resolveTemplate } from '../../src/lib/templates/resolve';
import { agendaItems, withMinutes } from '../../src/lib/planner/agenda';
import { renderDocx } from '../../src/lib/docx/document';
import { paragraphs, unzipDocx } from '../helpers/docx';
import { overlongLines, parseCalendar } from '../helpers/calendar';
import type { SavedPlan } from '../../src/schemas/plan';
import { MAX_FILE_BYTES } from '../../src/lib/planner/limits';
import { storageKey } from '../../src/lib/storage';

const handbook = loadHandbook('content', '.');
const modelOf = (h: Handbook) => buildPlanModel(h);
const model = modelOf(handbook);

/** A plan as the page makes it. */
function plan(over: Partial<SavedPlan> = {}): SavedPlan {
  return {
    id: 'kh-test0001',
    kind: 'chuyen-de',
    date: '2026-12-03',
    time: '14:00',
    place: 'Nhà văn hóa thôn Tân Thành',
    upperBody: 'xã Nghi Tân',
    cell: 'thôn Tân Thành',
    placeName: 'Nghi Tân',
    usualDay: 5,
    previousMeeting: '',
    topic: 'Thường xuyên tự soi, tự sửa',
    preparer: 'Nguyễn Văn A',
    chair: 'Trần Văn B',
    secretary: 'Lê Thị C',
    offsets: {},
    minutes: {},
    done: [],
    review: { points: [], note: '' },
    updated: '2026-12-01T00:00:00.000Z',
    ...over,
  };
}

/** A storage in memory that can be told to refuse writes. */
class MemoryStorage {
  items = new Map<string, string>();
  refuse = false;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

describe('the plan model, from content/', () => {
  test('every preparation and after-the-meeting step of the non-example procedures is a task; the time plan is each kind\'s agenda paper', () => {
    const planned = handbook.procedures.filter((p) => !p.example);
    const steps = planned.flatMap((p) => p.steps);
    expect(model.tasks.map((t) => t.id)).toEqual(steps.filter((s) => s.phase !== 'tien-hanh').map((s) => s.id));
    for (const kind of ['thuong-ky', 'chuyen-de', 'ket-hop'] as const) {
      const agenda = handbook.templates.find((t) => t.kind === 'chuong-trinh' && handbook.planner.papers[kind].includes(t.id))!;
      const items = agendaItems(resolveTemplate(agenda, handbook));
      expect(model.agenda.filter((a) => a.kind === kind).map((a) => [a.id, a.title, a.minutes]), kind).toEqual(items.map(({ key, item }) => [key, item.title, item.minutes]));
    }
    // The Tân Thành example is not a plan for every cell.
    expect(model.agenda.some((a) => a.id === 'thong-tin-thoi-su')).toBe(false);
    // An item of the agenda's own has a key by its place; a step links to its page.
    expect(model.agenda.find((a) => a.kind === 'chuyen-de' && a.id.startsWith('muc-'))?.title).toMatch(/^Biểu quyết/);
    expect(model.agenda.find((a) => a.id === 'thao-luan')).toMatchObject({ page: 'quy-trinh-sinh-hoat-chuyen-de/', anchor: 'thao-luan' });
  });

  test('a source\'s due wins and is not editable; every other step has the handbook\'s default', () => {
    const task = (id: string) => model.tasks.find((t) => t.id === id)!;
    expect(task('dua-tai-lieu-len-so-tay').timing).toEqual({ from: 'hop', days: -1, suggested: false });
    expect(task('duyet-de-dan').timing).toEqual({ from: 'hop-truoc', days: 0, suggested: false });
    for (const t of model.tasks) {
      const step = handbook.procedures.flatMap((p) => p.steps).find((s) => s.id === t.id)!;
      const offset = handbook.planner.offsets.find((o) => o.step === t.id);
      expect(t.timing.suggested, t.id).toBe(!step.due);
      if (offset) expect(Math.abs(t.timing.days), t.id).toBe(offset.daysBefore ?? offset.daysAfter);
    }
  });

  test('the minimum comes from rule thoi-luong, and its figures are those its text states', () => {
    const rule = handbook.rules.find((r) => r.id === DURATION_RULE)!;
    expect(model.minimum).toEqual({ single: rule.figures['moi-buoi'], combined: rule.figures['ket-hop'] });
    for (const name of DURATION_FIGURES) expect(rule.text).toContain(`ít nhất ${rule.figures[name]} phút`);
    expect(model.minimum).toEqual({ single: 90, combined: 120 });
  });

  test('the default minutes of each kind reach the minimum', () => {
    for (const kind of ['thuong-ky', 'chuyen-de', 'ket-hop'] as const) {
      const items = agendaFor(model.agenda, kind);
      expect(timePlanTotal(items.map((i) => i.minutes), minimumMinutes(kind, model.minimum)).short, kind).toBe(false);
    }
  });

  test('the papers: each kind\'s templates from content/planner.yaml, titled from the templates', () => {
    expect(model.papers.filter((p) => p.kinds.includes('thuong-ky')).map((p) => p.id)).toEqual(handbook.planner.papers['thuong-ky']);
    expect(model.papers.find((p) => p.id === 'bien-ban-chuyen-de')).toEqual({ id: 'bien-ban-chuyen-de', title: 'Biên bản sinh hoạt chuyên đề', kinds: ['chuyen-de'] });
    // A notice carries the day it is sent; the committee's minutes, the day the committee meets; an agenda takes the plan's minutes.
    expect(model.papers.find((p) => p.id === 'thong-bao-sinh-hoat')?.date).toEqual({ field: 'ngay-van-ban', task: 'thong-bao-sinh-hoat' });
    expect(model.papers.find((p) => p.id === 'bien-ban-hop-chi-uy')?.date).toEqual({ field: 'ngay-hop-chi-uy', task: 'hop-chi-uy' });
    expect(model.papers.filter((p) => p.agenda).map((p) => p.id)).toEqual(['chuong-trinh-thuong-ky', 'chuong-trinh-chuyen-de', 'chuong-trinh-ket-hop']);
  });

  test('the self-review: the Tân Thành assessment as an example, then the 12-HD criteria with their caveat', () => {
    expect(model.review.map((g) => [g.id, g.source, g.points.length])).toEqual([
      ['tan-thanh-2021', ['tan-thanh-2021'], 4],
      ['tieu-chi-chat-luong', ['hd-12-2018'], 5],
    ]);
    expect(model.review[0].points[0].text).toBe('công tác chuẩn bị chu đáo, nội dung đầy đủ');
    expect(model.review[1].note).toContain('không tìm thấy bảng chấm điểm chung');
    // As the planner fetches it: each group's source as the pages label and link it.
    const shown = shownReview(model.review, handbook);
    expect(shown.map((g) => g.sources)).toEqual([
      [{ label: 'Ví dụ: chi bộ Tân Thành, tháng 11/2021', href: '/sinh-hoat-thuong-ky/#vi-du-buoi-sinh-hoat-mau-cua-chi-bo-tan-thanh' }],
      [{ label: 'Theo Hướng dẫn 12-HD/BTCTW', href: '/van-ban-can-cu/#hd-12-2018' }],
    ]);
  });
});

describe('dating a plan', () => {
  test('a thematic meeting on 03/12/2026: preparation by the regular meeting of the month before (the usual day), what follows after', () => {
    const dated = datedTasks(model.tasks, plan());
    expect(dated.map((d) => [d.task.id, d.date])).toEqual([
      ['chon-chuyen-de', '2026-10-15'],
      ['phan-cong-de-dan', '2026-10-15'],
      ['duyet-de-dan', '2026-11-05'],
      ['gui-chuyen-de', '2026-12-10'],
      ['bao-cao-cap-tren', '2026-12-10'],
    ]);
  });

  test('a regular meeting on 01/01/2027 prepares across the year end; the person\'s days replace a default only', () => {
    const dated = datedTasks(model.tasks, plan({ kind: 'thuong-ky', date: '2027-01-01', offsets: { 'hop-chi-uy': 3, 'dua-tai-lieu-len-so-tay': 9 } }));
    expect(Object.fromEntries(dated.map((d) => [d.task.id, d.date]))).toEqual({
      'phan-cong-chuan-bi-noi-dung': '2026-12-22',
      'hop-chi-uy': '2026-12-29',
      'thong-bao-sinh-hoat': '2026-12-27',
      'dua-tai-lieu-len-so-tay': '2026-12-31',
      'luu-bien-ban': '2027-01-03',
      'hoan-thien-nghi-quyet': '2027-01-04',
    });
  });

  test('both in one session hold both kinds of task', () => {
    const ids = datedTasks(model.tasks, plan({ kind: 'ket-hop', date: '2028-02-29' })).map((d) => d.task.id);
    expect(ids).toHaveLength(model.tasks.length);
  });

  test('the regular meeting of the month before: set by hand, else the usual day clamped, else the same day', () => {
    expect(previousRegularMeeting({ date: '2026-03-03', usualDay: null, previousMeeting: '' })).toBe('2026-02-03');
    expect(previousRegularMeeting({ date: '2026-03-03', usualDay: 31, previousMeeting: '' })).toBe('2026-02-28');
    expect(previousRegularMeeting({ date: '2027-01-01', usualDay: 3, previousMeeting: '' })).toBe('2026-12-03');
    expect(previousRegularMeeting({ date: '2026-12-03', usualDay: 3, previousMeeting: '2026-11-20' })).toBe('2026-11-20');
  });

  test('relative wording for the page without JavaScript', () => {
    const byId = (id: string) => model.tasks.find((t) => t.id === id)!.timing;
    expect(relativeText(byId('dua-tai-lieu-len-so-tay'))).toBe('trước 1 ngày');
    expect(relativeText(byId('duyet-de-dan'))).toBe('tại kỳ sinh hoạt thường kỳ tháng trước');
    expect(relativeText(byId('chon-chuyen-de'))).toBe('21 ngày trước kỳ sinh hoạt thường kỳ tháng trước');
    expect(relativeText(byId('gui-chuyen-de'))).toBe('sau 7 ngày');
  });

  test('copied to the next month: dates move, within the month, keeping the usual day', () => {
    expect(nextMonthDates({ date: '2026-12-03', usualDay: 3, previousMeeting: '' })).toEqual({ date: '2027-01-03', previousMeeting: '' });
    expect(nextMonthDates({ date: '2026-01-31', usualDay: null, previousMeeting: '2025-12-30' })).toEqual({ date: '2026-02-28', previousMeeting: '2026-01-30' });
    expect(nextMonthDates({ date: '2026-02-28', usualDay: 31, previousMeeting: '' })).toEqual({ date: '2026-03-31', previousMeeting: '' });
  });
});

describe('the time plan', () => {
  test('adds up, warns below 90 minutes, or 120 when both are held in one session', () => {
    expect(timePlanTotal([10, 20, 40, 15, 5], minimumMinutes('thuong-ky', model.minimum))).toEqual({ total: 90, short: false });
    expect(timePlanTotal([10, 20, 30, 15, 5], minimumMinutes('chuyen-de', model.minimum))).toEqual({ total: 80, short: true });
    expect(timePlanTotal([60, 55], minimumMinutes('ket-hop', model.minimum))).toEqual({ total: 115, short: true });
    expect(clockAfter('14:00', 95)).toBe('15:35');
    expect(clockAfter('23:30', 45)).toBe('00:15');
  });
});

describe('reading a plan file', () => {
  const good = JSON.stringify(planFile(plan()));

  test('a plan file made by the page reads back as the same plan', () => {
    expect(readPlanFile(good, good.length)).toEqual({ ok: true, plan: plan() });
  });

  test('corrupt, of another kind, of another version or too large: refused in Vietnamese', () => {
    expect(readPlanFile(good.slice(0, 100), 100)).toEqual({ ok: false, message: expect.stringContaining('Tệp hỏng') });
    expect(readPlanFile('{"type":"FeatureCollection"}', 30)).toEqual({ ok: false, message: expect.stringContaining('không phải tệp kế hoạch') });
    expect(readPlanFile(good.replace('"version":1', '"version":2'), good.length)).toEqual({
      ok: false,
      message: expect.stringContaining('Phiên bản: tệp thuộc phiên bản khác'),
    });
    expect(readPlanFile(good, MAX_FILE_BYTES + 1)).toEqual({ ok: false, message: expect.stringContaining('Tệp quá lớn') });
  });

  test('hostile text is refused naming the field: markup, NFD, a 100,000-character field, foreign keys', () => {
    const refused = (over: Record<string, unknown>) => checkPlanData({ ...planFile(plan()), plan: { ...plan(), ...over } });
    expect(refused({ cell: 'thôn <script>alert(1)</script>' })).toEqual({ ok: false, message: expect.stringMatching(/^Tệp có chỗ không hợp lệ: Chi bộ: có mã HTML/) });
    expect(refused({ chair: 'Nguyễn Văn Ấn'.normalize('NFD') })).toEqual({ ok: false, message: expect.stringContaining('Chủ trì: chữ có dấu chưa ở dạng chuẩn (NFC)') });
    expect(refused({ place: 'x'.repeat(100_000) })).toEqual({ ok: false, message: expect.stringContaining('Địa điểm: dài 100000 ký tự, quá 300 ký tự') });
    // As JSON.parse gives them: "__proto__" an own key, not the prototype.
    expect(refused(JSON.parse('{"__proto__": {"polluted": true}}'))).toEqual({ ok: false, message: 'Tệp có chỗ không hợp lệ: mục “plan.__proto__” không thuộc kế hoạch.' });
    expect(refused({ offsets: JSON.parse('{"__proto__": 3}') })).toEqual({ ok: false, message: 'Tệp có chỗ không hợp lệ: mục “plan.offsets.__proto__” không thuộc kế hoạch.' });
    expect(refused({ extra: 1 })).toEqual({ ok: false, message: 'Tệp có chỗ không hợp lệ: Kế hoạch: có mục không thuộc kế hoạch (extra).' });
    expect(refused({ usualDay: '3' })).toEqual({ ok: false, message: 'Tệp có chỗ không hợp lệ: Ngày sinh hoạt thường kỳ hằng tháng: thiếu, hoặc sai kiểu dữ liệu.' });
    expect(refused({ date: '2026-02-31' })).toEqual({ ok: false, message: expect.stringContaining('Ngày sinh hoạt: ngày không có thật') });
    expect(refused({ minutes: { 'thao-luan': -5 } })).toEqual({ ok: false, message: expect.stringContaining('Số phút (thao-luan): không được là số âm') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('plans on the device', () => {
  test('saved, listed, read back and deleted under so-tay-chi-bo:ke-hoach:<id>', () => {
    const storage = new MemoryStorage();
    expect(savePlan(storage, plan())).toBe(true);
    expect([...storage.items.keys()]).toEqual([storageKey('ke-hoach', 'kh-test0001')]);
    expect(storedPlans(storage)).toEqual([{ id: 'kh-test0001', data: planFile(plan()) }]);
    expect(deletePlan(storage, 'kh-test0001')).toBe(true);
    expect(storedPlans(storage)).toEqual([]);
  });

  test('a storage that throws or is full says so; nothing throws', () => {
    const storage = new MemoryStorage();
    storage.refuse = true;
    expect(savePlan(storage, plan())).toBe(false);
    expect(savePlan(null, plan())).toBe(false);
    expect(storedPlans(null)).toEqual([]);
  });

  test('the remembered cell is shared with the template forms', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('mau-van-ban', 'da-nhap'), JSON.stringify({ version: 1, values: { 'chu-tri': 'Trần Văn B' } }));
    expect(rememberCell(storage, { upperBody: 'xã Nghi Tân', cell: 'thôn Tân Thành', placeName: 'Nghi Tân', usualDay: 3 })).toBe(true);
    expect(rememberedCell(storage)).toEqual({ upperBody: 'xã Nghi Tân', cell: 'thôn Tân Thành', placeName: 'Nghi Tân', usualDay: 3 });
    const values = JSON.parse(storage.getItem(storageKey('mau-van-ban', 'da-nhap'))!).values;
    expect(values).toEqual({ 'chu-tri': 'Trần Văn B', 'dang-bo': 'xã Nghi Tân', 'chi-bo': 'thôn Tân Thành', 'dia-danh': 'Nghi Tân' });
  });
});

describe('the calendar file', () => {
  test('RFC 5545 as ical.js reads it: the meeting in UTC from Vietnam time, whole-day tasks, a reminder each, Vietnamese escaped and folded', () => {
    const topic = 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; “tự soi, tự sửa”';
    const text = planCalendar({
      planId: 'kh-test0001',
      name: 'Kế hoạch sinh hoạt chuyên đề (thôn Tân Thành)',
      meeting: { title: `Sinh hoạt chuyên đề: ${topic}`, date: '2027-01-01', time: '06:30', minutes: 120, place: 'Nhà văn hóa, thôn Tân Thành', description: 'Chương trình:\n06:30 Khai mạc' },
      tasks: datedTasks(model.tasks, plan({ date: '2027-01-01' })).map(({ task, date }) => ({ id: task.id, title: task.title, date, description: 'Theo Hướng dẫn 08' })),
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(overlongLines(text)).toEqual([]);
    const { properties, events } = parseCalendar(text);
    expect(properties['X-WR-TIMEZONE']).toBe('Asia/Ho_Chi_Minh');
    const [meeting, ...tasks] = events;
    expect(meeting).toMatchObject({ summary: `Sinh hoạt chuyên đề: ${topic}`, start: '2026-12-31T23:30:00Z', end: '2027-01-01T01:30:00Z', allDay: false, location: 'Nhà văn hóa, thôn Tân Thành' });
    expect(meeting.description).toBe('Chương trình:\n06:30 Khai mạc');
    expect(meeting.alarms).toEqual([{ action: 'DISPLAY', trigger: '-P1D' }]);
    expect(tasks.map((t) => [t.summary, t.start, t.allDay, t.alarms[0].trigger])).toContainEqual(['Duyệt đề dẫn, thông báo chuyên đề và phân công đảng viên', '2026-12-05', true, '-PT16H']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});

describe('no fact written twice: a step renamed in content/ is renamed in the plan and its papers', () => {
  test('renaming a preparation step and a meeting step in a copy of content/', async () => {
    const root = mkdtempSync(join(tmpdir(), 'so-tay-ke-hoach-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true });
      const rename = (file: string, from: string, to: string) => {
        const path = join(root, 'content/procedures', file);
        const text = readFileSync(path, 'utf8');
        expect(text).toContain(`title: ${from}\n`);
        writeFileSync(path, text.replace(`title: ${from}\n`, `title: ${to}\n`));
      };
      rename('chuan-bi-thuong-ky.yaml', 'Phân công chuẩn bị nội dung', 'Giao người chuẩn bị nội dung');
      rename('cac-buoc-chuyen-de.yaml', 'Cử thư ký ghi biên bản', 'Chọn thư ký của buổi sinh hoạt');
      const copy = loadHandbook(join(root, 'content'), root);
      const renamed = modelOf(copy);
      const regular = plan({ kind: 'thuong-ky' });
      // The plan and its calendar.
      expect(renamed.tasks.find((t) => t.id === 'phan-cong-chuan-bi-noi-dung')?.title).toBe('Giao người chuẩn bị nội dung');
      expect(renamed.agenda.find((a) => a.kind === 'chuyen-de' && a.id === 'cu-thu-ky')?.title).toBe('Chọn thư ký của buổi sinh hoạt');
      const calendar = parseCalendar(
        planCalendar({
          planId: 'kh-test0001',
          name: 'x',
          meeting: { title: 'x', date: '2026-12-03', time: '', minutes: 90, place: '', description: '' },
          tasks: datedTasks(renamed.tasks, regular).map(({ task, date }) => ({ id: task.id, title: task.title, date, description: '' })),
          now: new Date(),
        }),
      );
      expect(calendar.events.map((e) => e.summary)).toContain('Giao người chuẩn bị nội dung');
      // The papers: the committee's minutes list the preparation steps, the thematic minutes the meeting's.
      const texts = async (id: string, values = paperValues(regular)) =>
        paragraphs(unzipDocx(await renderDocx(resolveTemplate(copy.templates.find((t) => t.id === id)!, copy), values))['word/document.xml']).map((p) => p.text);
      const committee = await texts('bien-ban-hop-chi-uy');
      expect(committee.some((t) => t.includes('Giao người chuẩn bị nội dung'))).toBe(true);
      expect(committee.some((t) => t.includes('Phân công chuẩn bị nội dung'))).toBe(false);
      expect(committee).toContain('CHI BỘ THÔN TÂN THÀNH');
      const minutes = await texts('bien-ban-chuyen-de', paperValues(plan()));
      expect(minutes.some((t) => t.includes('Chọn thư ký của buổi sinh hoạt'))).toBe(true);
      expect(minutes.some((t) => t.includes('Cử thư ký ghi biên bản'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('the agenda paper takes the plan\'s minutes in its time column', async () => {
    const agenda = resolveTemplate(handbook.templates.find((t) => t.id === 'chuong-trinh-thuong-ky')!, handbook);
    const text = async (minutes: Record<string, number>) =>
      paragraphs(unzipDocx(await renderDocx(withMinutes(agenda, minutes), paperValues(plan({ kind: 'thuong-ky' }))))['word/document.xml']).map((p) => p.text).join('\n');
    const before = await text({});
    const after = await text({ 'khai-mac-thuong-ky': 25 });
    // Khai mạc from 14h00, 10 minutes by the template, 25 by the plan: the next item starts at 14h10, or at 14h25.
    expect(before).toMatch(/10 phút[\s\S]*14h00[\s\S]*14h10/);
    expect(before).not.toContain('14h25');
    expect(after).toMatch(/25 phút[\s\S]*14h00[\s\S]*14h25/);
    expect(withMinutes(agenda, {})).toEqual(agenda);
  });

  test('a step without a time and without a default stops the build, naming the step', () => {
    const root = mkdtempSync(join(tmpdir(), 'so-tay-ke-hoach-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true });
      const path = join(root, 'content/planner.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/^ {2}- \{ step: hop-chi-uy.*\n/m, '')
          .replace('step: gui-chuyen-de,', 'step: gui-chuyen-de-khac,')
          .replace('thuong-ky: [thong-bao-sinh-hoat,', 'thuong-ky: [chuong-trinh-khong-co, ke-hoach-chuyen-de,')
          .replace('bao-cao-chuyen-de: bao-cao-cap-tren', 'bao-cao-chuyen-de: gui-chuyen-de'),
      );
      let error: unknown;
      try {
        loadHandbook(join(root, 'content'), root);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const issues = (error as ContentError).issues.map((i) => `${i.file} › ${i.entry} › ${i.field}: ${i.message}`);
      expect(issues).toContainEqual(expect.stringContaining('bước "hop-chi-uy" (content/procedures/chuan-bi-thuong-ky.yaml) không có thời hạn (due) và chưa có số ngày gợi ý'));
      expect(issues).toContainEqual(expect.stringContaining('không có bước "gui-chuyen-de-khac"'));
      expect(issues).toContainEqual(expect.stringContaining('bước "gui-chuyen-de" (content/procedures/sau-chuyen-de.yaml) không có thời hạn (due) và chưa có số ngày gợi ý'));
      expect(issues).toContainEqual(expect.stringContaining('papers.thuong-ky[0] › papers: không có mẫu "chuong-trinh-khong-co"'));
      expect(issues).toContainEqual(expect.stringContaining('papers.thuong-ky[1] › papers: mẫu "ke-hoach-chuyen-de" không có trong papers của bước nào thuộc loại buổi sinh hoạt này'));
      expect(issues).toContainEqual(expect.stringContaining('paperDates.bao-cao-chuyen-de › paperDates: bước "gui-chuyen-de" không nêu mẫu "bao-cao-chuyen-de"'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
