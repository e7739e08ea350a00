/**
 * <plan-maker>: the planner on the page. Reads what the person gives, dates every task from the
 * model the page was built with (the items of PlanTimeline.astro and PlanTimePlan.astro carry it),
 * keeps the plans on this device only, and on a click builds the papers (the templates' Word builder,
 * in its worker), a .zip of them or a calendar file (in a worker of their own). Nothing is sent
 * anywhere: the only requests after the page are the templates' data and the workers' code.
 */
import docxWorkerUrl from '../templates/docx-worker?worker&url';
import filesWorkerUrl from './plan-files-worker?worker&url';
import checkWorkerUrl from './plan-check-worker?worker&url';
import stylesUrl from './plan-maker.css?url';
import type { DocxRequest, DocxResponse } from '../templates/docx-worker';
import type { ResolvedTemplate } from '../../lib/templates/resolve';
import { withMinutes } from '../../lib/planner/agenda';
import type { FilesRequest, FilesResponse } from './plan-files-worker';
import type { CheckRequest } from './plan-check-worker';
import type { PlanReading } from '../../lib/planner/file';
import type { SavedPlan } from '../../schemas/plan';
import type { CalendarInput } from '../../lib/planner/calendar';
import type { ShownReviewGroup } from '../../lib/planner/model';
import { DOCX_TYPE } from '../../lib/docx/mime';
import { offerFile } from '../offer-file';
import { browserStorage } from '../../lib/storage';
import { formatDate, formatKilobytes } from '../../lib/text';
import { longDate, parseTypedDate, todayInVietnam } from '../../lib/planner/dates';
import { MAX_DAYS, MAX_FILE_BYTES, MAX_MINUTES, TEXT_LIMITS, textProblem } from '../../lib/planner/limits';
import { planFieldLabels, planTextFields, type PlanTextField } from '../../lib/planner/fields';
import { fileName, paperValues } from '../../lib/planner/papers';
import {
  clockAfter,
  datedTasks,
  holds,
  minimumMinutes,
  nextMonthDates,
  relativeText,
  timePlanTotal,
  type Anchor,
  type Meeting,
  type PlanKind,
  type PlanTask,
} from '../../lib/planner/plan';
import { deletePlan, newPlanId, planFile, rememberCell, rememberedCell, savePlan, storedPlans } from '../../lib/planner/store';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** A task of the page: its model, read from its item, and the item. */
type PageTask = PlanTask & { li: HTMLLIElement; title: string };

const limits: Record<PlanTextField, number> = {
  place: TEXT_LIMITS.place,
  topic: TEXT_LIMITS.topic,
  upperBody: TEXT_LIMITS.name,
  cell: TEXT_LIMITS.name,
  placeName: TEXT_LIMITS.name,
  preparer: TEXT_LIMITS.name,
  chair: TEXT_LIMITS.name,
  secretary: TEXT_LIMITS.name,
};

/** Runs one request in a worker started for it; resolves to its answer. */
function inWorker<T>(url: string, message: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<T>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'lỗi khi tạo tệp'));
    };
    worker.postMessage(message);
  });
}

/** A number typed in a box, or undefined when the box is empty or holds something else. */
function whole(value: string, max: number): number | undefined | 'bad' {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : 'bad';
}

class PlanMaker extends HTMLElement {
  #store = browserStorage();
  #plans = new Map<string, SavedPlan>();
  #plan!: SavedPlan;
  #stored = false;
  #tasks: PageTask[] = [];
  #busy = false;

  connectedCallback(): void {
    // The styles of what only the planner shows come with it, not with the page.
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesUrl }));
    this.#tasks = [...this.querySelectorAll<HTMLLIElement>('[data-static] li[data-t]')].map((li) => {
      const { t = '', f, d = '0' } = li.dataset;
      return {
        li,
        id: t,
        meeting: li.closest<HTMLElement>('[data-m]')?.dataset.m as Meeting,
        title: li.querySelector('a')?.textContent ?? t,
        timing: { from: f as Anchor, days: Number(d), suggested: li.dataset.s !== undefined },
      };
    });
    for (const task of this.#tasks) this.#enhance(task);
    this.#all('[data-js]').forEach((el) => (el.hidden = false));
    for (const button of this.#all('[data-paper]')) {
      button.setAttribute('aria-label', `${button.textContent}: ${button.closest('li')?.querySelector('a')?.textContent}`);
    }
    this.#all('[data-no-script], [data-static]').forEach((el) => (el.hidden = true));
    this.#one('[data-timeline]').hidden = false;

    this.addEventListener('input', (e) => this.#changed(e.target));
    this.addEventListener('change', (e) => this.#changed(e.target));
    this.addEventListener('click', (e) => void this.#clicked(e.target));
    // Keep what was typed before this script arrived; the remembered cell fills only empty fields.
    const blank = this.#blank();
    for (const field of ['upperBody', 'cell', 'placeName', 'usualDay'] as const) {
      const control = this.#control(field);
      if (!control.value) control.value = String(blank[field] ?? '');
    }
    // The plans kept before this visit, read before what was typed may add one.
    const stored = storedPlans(this.#store);
    this.#plan = blank;
    this.#changed(null);
    void this.#restore(stored);
    void this.#review();
  }

  /** Draws the self-review's points, fetched now; until they arrive the plan keeps its ticks as they are. */
  async #review(): Promise<void> {
    const groups = await fetch(this.dataset.review ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<ShownReviewGroup[]>) : []))
      .catch(() => []);
    const el = <T extends HTMLElement>(tag: string, props: Partial<T> = {}): T => Object.assign(document.createElement(tag) as T, props);
    this.#one('[data-review-groups]').replaceChildren(
      ...groups.map((g) => {
        const source = el('p', { className: 'tl-src' });
        g.sources.forEach((s, i) => source.append(i ? '; ' : '', el<HTMLAnchorElement>('a', { href: s.href, textContent: s.label })));
        if (g.note) source.append(`. ${g.note}`);
        const set = el('fieldset', { className: 'kh-review' });
        set.append(el('legend', { textContent: g.title }), source);
        for (const point of g.points) {
          const box = el<HTMLInputElement>('input', { type: 'checkbox', value: point.id, checked: this.#plan.review.points.includes(point.id) });
          box.dataset.review = '';
          const label = el('label');
          label.append(box, ` ${point.text.replace(/[;.]$/, '')}`);
          set.append(label);
        }
        return set;
      }),
    );
  }

  #one<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #all<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }

  #control(name: string): Control {
    return this.querySelector<Control>(`[name="${name}"]`)!;
  }

  /** Adds a tick box, and a box for the days where the handbook suggests them, to a task's item. */
  #enhance(task: PageTask): void {
    const done = document.createElement('input');
    done.type = 'checkbox';
    done.dataset.done = task.id;
    done.setAttribute('aria-label', `Đã xong: ${task.title}`);
    task.li.prepend(done);
    if (!task.timing.suggested) return;
    const label = document.createElement('label');
    label.className = 'tl-days';
    const box = document.createElement('input');
    Object.assign(box, { type: 'number', min: '0', max: String(MAX_DAYS), inputMode: 'numeric', value: String(Math.abs(task.timing.days)) });
    box.dataset.offset = task.id;
    const after = task.timing.days > 0;
    const where = task.timing.from === 'hop-truoc' ? 'trước kỳ sinh hoạt thường kỳ tháng trước' : after ? 'sau buổi sinh hoạt' : 'trước buổi sinh hoạt';
    label.append('Số ngày ', box, ` ${where} (gợi ý của sổ tay: ${Math.abs(task.timing.days)})`);
    task.li.append(label);
  }

  /** A new plan: the remembered cell, nothing else. */
  #blank(): SavedPlan {
    const cell = rememberedCell(this.#store);
    return {
      id: newPlanId(),
      kind: 'thuong-ky',
      date: '',
      time: '',
      place: '',
      ...cell,
      previousMeeting: '',
      topic: '',
      preparer: '',
      chair: '',
      secretary: '',
      offsets: {},
      minutes: {},
      done: [],
      review: { points: [], note: '' },
      updated: new Date().toISOString(),
    };
  }

  /** Reads the plans kept on this device through the plan schema; a plan that fails is left as it is. */
  async #restore(stored: ReturnType<typeof storedPlans>): Promise<void> {
    if (stored.length === 0) return this.#list();
    const readings = await inWorker<PlanReading[]>(checkWorkerUrl, { type: 'stored', data: stored.map((s) => s.data) } satisfies CheckRequest).catch(() => []);
    let failed = 0;
    for (const reading of readings) {
      if (reading.ok) this.#plans.set(reading.plan.id, reading.plan);
      else failed += 1;
    }
    const latest = [...this.#plans.values()].sort((a, b) => b.updated.localeCompare(a.updated))[0];
    if (latest && !this.#stored) this.#open(latest, true);
    else this.#list();
    if (failed) this.#say(`Có ${failed} kế hoạch trên máy này không đọc được; sổ tay để nguyên, không xóa.`);
  }

  /** Shows a plan in the form and everything drawn from it. */
  #open(plan: SavedPlan, stored = false): void {
    this.#plan = plan;
    this.#stored = stored;
    for (const radio of this.#all<HTMLInputElement>('[name="kind"]')) radio.checked = radio.value === plan.kind;
    const set = (name: string, value: string): void => {
      this.#control(name).value = value;
    };
    set('date', plan.date ? formatDate(plan.date) : '');
    set('time', plan.time);
    set('previousMeeting', plan.previousMeeting ? formatDate(plan.previousMeeting) : '');
    set('usualDay', plan.usualDay ? String(plan.usualDay) : '');
    for (const field of planTextFields) if (field !== 'topic') set(field, plan[field]);
    const topic = this.#control('topic') as HTMLSelectElement;
    const listed = [...topic.options].some((o) => o.value === plan.topic);
    topic.value = listed ? plan.topic : '';
    set('topicOther', listed ? '' : plan.topic);
    for (const task of this.#tasks) {
      const box = task.li.querySelector<HTMLInputElement>('[data-offset]');
      if (box) box.value = String(plan.offsets[task.id] ?? Math.abs(task.timing.days));
    }
    for (const row of this.#all('tr[data-i]')) {
      const box = row.querySelector('input')!;
      box.value = String(plan.minutes[row.dataset.i ?? ''] ?? box.defaultValue);
    }
    for (const box of this.#all<HTMLInputElement>('[data-done]')) box.checked = plan.done.includes(box.dataset.done ?? '');
    for (const box of this.#all<HTMLInputElement>('[data-review]')) box.checked = plan.review.points.includes(box.value);
    set('note', plan.review.note);
    this.#all('.kh-error').forEach((el) => (el.hidden = true));
    this.#all('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    this.#draw();
  }

  /** Shows a message beside a field (an error, or a warning), or clears it. */
  #mark(name: string, message?: string, warning = false): void {
    const control = this.querySelector(`[name="${name}"]`);
    if (!warning && message) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
    let box = this.querySelector<HTMLElement>(`#kh-${name}-loi`);
    if (!box && message && control) {
      box = Object.assign(document.createElement('span'), { className: 'kh-error', id: `kh-${name}-loi` });
      // After the label, not in it: the error describes the field and is no part of its name.
      (control.closest('label') ?? control).after(box);
      control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${box.id}`.trim());
    }
    if (!box) return;
    box.textContent = message ?? '';
    box.classList.toggle('warn', warning);
    box.hidden = !message;
  }

  /** Reads the form into the current plan; fields in error keep their last good value and say why. */
  #changed(target: EventTarget | null): void {
    if (target instanceof HTMLInputElement && target.type === 'file') return void this.#import(target);
    const plan: SavedPlan = structuredClone(this.#plan);
    const value = (name: string): string => this.#control(name).value.normalize('NFC').trim();
    plan.kind = (this.#all<HTMLInputElement>('[name="kind"]').find((r) => r.checked)?.value ?? 'thuong-ky') as PlanKind;

    const date = value('date') ? parseTypedDate(value('date')) : { iso: '' };
    if ('iso' in date) {
      plan.date = date.iso;
      const today = todayInVietnam();
      this.#mark('date', date.iso && date.iso < today ? `Lưu ý: ngày này đã qua (hôm nay là ${formatDate(today)}). Kế hoạch vẫn được lưu.` : undefined, true);
    } else this.#mark('date', date.error);

    plan.time = /^\d{2}:\d{2}$/.test(value('time')) ? value('time') : '';
    for (const field of planTextFields) {
      const text = field === 'topic' ? value('topicOther') || value('topic') : value(field);
      const problem = textProblem(text, limits[field]);
      this.#mark(field === 'topic' ? 'topicOther' : field, problem && `${planFieldLabels[field]} ${problem}.`);
      if (!problem) plan[field] = text;
    }
    const day = whole(value('usualDay'), 31);
    this.#mark('usualDay', day === 'bad' || day === 0 ? 'Ngày sinh hoạt hằng tháng là một số từ 1 đến 31.' : undefined);
    if (day !== 'bad' && day !== 0) plan.usualDay = day ?? null;

    const previous = value('previousMeeting') ? parseTypedDate(value('previousMeeting')) : { iso: '' };
    if ('error' in previous) this.#mark('previousMeeting', previous.error);
    else if (previous.iso && plan.date && previous.iso >= plan.date) {
      this.#mark('previousMeeting', `Kỳ sinh hoạt thường kỳ tháng trước phải trước ngày sinh hoạt (${formatDate(plan.date)}).`);
    } else {
      this.#mark('previousMeeting');
      plan.previousMeeting = previous.iso;
    }

    const invalid = (box: Element, bad: boolean): void => (bad ? box.setAttribute('aria-invalid', 'true') : box.removeAttribute('aria-invalid'));
    for (const task of this.#tasks) {
      const box = task.li.querySelector<HTMLInputElement>('[data-offset]');
      if (!box) continue;
      const days = whole(box.value, MAX_DAYS);
      invalid(box, days === 'bad');
      // Only a number that differs from the handbook's is the person's own; the default may change with content/.
      if (days === undefined || days === Math.abs(task.timing.days)) delete plan.offsets[task.id];
      else if (days !== 'bad') plan.offsets[task.id] = days;
    }
    // Only the plan's own agenda: another kind's table may hold the same item with other minutes.
    for (const row of this.#all(`[data-k="${plan.kind}"] tr[data-i]`)) {
      const box = row.querySelector('input')!;
      const minutes = whole(box.value, MAX_MINUTES);
      invalid(box, typeof minutes !== 'number');
      const id = row.dataset.i ?? '';
      if (minutes === Number(box.defaultValue)) delete plan.minutes[id];
      else if (typeof minutes === 'number') plan.minutes[id] = minutes;
    }
    plan.done = this.#all<HTMLInputElement>('[data-done]').filter((b) => b.checked).map((b) => b.dataset.done ?? '');
    const points = this.#all<HTMLInputElement>('[data-review]');
    if (points.length) plan.review.points = points.filter((b) => b.checked).map((b) => b.value);
    const note = this.#control('note').value.normalize('NFC');
    if (!textProblem(note, TEXT_LIMITS.note, true)) plan.review.note = note;

    plan.updated = new Date().toISOString();
    this.#plan = plan;
    if (target instanceof HTMLElement && ['upperBody', 'cell', 'placeName', 'usualDay'].includes(target.getAttribute('name') ?? '')) {
      rememberCell(this.#store, plan);
    }
    if (plan.date) this.#keep(plan);
    this.#draw();
  }

  /** Keeps the plan on the device, or for this session when the device refuses, and says so. */
  #keep(plan: SavedPlan): void {
    this.#plans.set(plan.id, plan);
    this.#stored = true;
    if (!savePlan(this.#store, plan)) {
      this.#say('Máy này không cho lưu (bộ nhớ đầy hoặc bị chặn): kế hoạch chỉ còn đến khi đóng trang. Hãy bấm “Xuất kế hoạch ra tệp” để giữ lại.');
    }
  }

  #say(message: string, where = '[data-list-status]'): void {
    this.#one(where).textContent = message;
  }

  /** Draws everything that depends on the plan: what its kind shows, dates, the time plan, the list of plans. */
  #draw(): void {
    const plan = this.#plan;
    for (const el of this.#all('[data-m]')) el.hidden = !holds(plan.kind, el.dataset.m as Meeting);
    for (const el of this.#all('[data-k]')) el.hidden = !el.dataset.k?.split(' ').includes(plan.kind);

    const before = this.#one('[data-before]');
    const after = this.#one('[data-after]');
    const spare = this.#one('[data-static]');
    for (const task of this.#tasks) spare.append(task.li);
    const today = todayInVietnam();
    // Without a date yet, the tasks read in days counted from the meeting, as without JavaScript.
    for (const { task, date, days } of datedTasks(this.#tasks, { ...plan, date: plan.date || today })) {
      const past = plan.date && date < today ? ' (đã qua)' : '';
      const when = relativeText(task.timing, days);
      task.li.querySelector('.tl-when')!.textContent = plan.date ? `Hạn: ${longDate(date)}${past} · ${when}` : when;
      task.li.classList.toggle('past', Boolean(past));
      (task.timing.days > 0 ? after : before).append(task.li);
    }
    const label = this.#kindLabel(plan.kind);
    const when = plan.date ? `${longDate(plan.date)}${plan.time ? `, ${plan.time}` : ''}` : 'Chưa có ngày: hãy ghi ngày sinh hoạt ở phần trên.';
    this.#one('[data-meeting]').textContent = [when, plan.place, plan.kind !== 'thuong-ky' && plan.topic && `Chuyên đề “${plan.topic}”`].filter(Boolean).join(' · ');

    let clock = plan.time;
    const minutes: number[] = [];
    for (const row of this.#all(`[data-k="${plan.kind}"] tr[data-i]`)) {
      const n = plan.minutes[row.dataset.i ?? ''] ?? Number(row.querySelector('input')!.defaultValue);
      row.querySelector('[data-clock]')!.textContent = clock;
      clock = clock && clockAfter(clock, n);
      minutes.push(n);
    }
    const least = minimumMinutes(plan.kind, { single: Number(this.dataset.single), combined: Number(this.dataset.combined) });
    const { total, short } = timePlanTotal(minutes, least);
    this.#one('[data-total]').textContent = String(total);
    this.#one('[data-min]').textContent = String(least);
    const warn = this.#one('[data-short]');
    warn.hidden = !short;
    warn.textContent = short ? `Lưu ý: chương trình mới có ${total} phút, ít hơn ${least} phút tối thiểu của ${label.toLowerCase()}.` : '';

    const summary = this.#one('[data-summary]');
    summary.replaceChildren(
      Object.assign(document.createElement('h2'), { textContent: `Kế hoạch ${label.toLowerCase()}` }),
      ...[plan.upperBody, plan.cell, plan.preparer && `Chuẩn bị: ${plan.preparer}`, plan.chair && `Chủ trì: ${plan.chair}`, plan.secretary && `Thư ký: ${plan.secretary}`]
        .filter(Boolean)
        .map((text) => Object.assign(document.createElement('p'), { textContent: text })),
    );
    this.#list();
  }

  #kindLabel(kind: PlanKind): string {
    return this.querySelector(`[name="kind"][value="${kind}"]`)?.parentElement?.textContent?.trim() ?? kind;
  }

  /** The list of plans on this device, newest meeting first. */
  #list(): void {
    const list = this.#one('[data-list]');
    const plans = [...this.#plans.values()].sort((a, b) => b.date.localeCompare(a.date));
    list.replaceChildren(
      ...plans.map((p) => {
        const li = document.createElement('li');
        const name = `${this.#kindLabel(p.kind)}, ${formatDate(p.date)}${p.cell ? `, ${p.cell}` : ''}`;
        const button = (text: string, action: string, aria?: string): HTMLButtonElement => {
          const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
          b.dataset[action] = p.id;
          if (aria) b.setAttribute('aria-label', `${aria}: ${name}`);
          return b;
        };
        const open = button(name, 'open');
        if (p.id === this.#plan.id) open.setAttribute('aria-current', 'true');
        li.append(open, button('Chép sang tháng sau', 'copy', 'Chép sang tháng sau'), button('Xóa', 'delete', 'Xóa'));
        return li;
      }),
    );
  }

  async #clicked(target: EventTarget | null): Promise<void> {
    const button = target instanceof Element ? target.closest<HTMLButtonElement>('button') : null;
    if (!button) return;
    const { open, copy, delete: remove, paper } = button.dataset;
    const found = this.#plans.get(open ?? copy ?? remove ?? '');
    if (button.hasAttribute('data-new')) {
      this.#open(this.#blank());
      this.#say('Kế hoạch mới: hãy chọn loại buổi sinh hoạt và ghi ngày.');
      this.#control('date').focus();
    } else if (open && found) {
      this.#open(found, true);
      this.#say(`Đã mở kế hoạch ${button.textContent}.`);
    } else if (copy && found) {
      const next: SavedPlan = { ...structuredClone(found), id: newPlanId(), ...nextMonthDates(found), done: [], review: { points: [], note: '' }, updated: new Date().toISOString() };
      this.#keep(next);
      this.#open(next, true);
      this.#say(`Đã chép sang tháng sau: ngày sinh hoạt ${formatDate(next.date)}.`);
    } else if (remove && found) {
      if (!window.confirm(`Xóa kế hoạch ${this.#kindLabel(found.kind).toLowerCase()} ngày ${formatDate(found.date)}? Sau khi xóa không lấy lại được.`)) return;
      deletePlan(this.#store, found.id);
      this.#plans.delete(found.id);
      if (found.id === this.#plan.id) this.#open(this.#blank());
      else this.#list();
      this.#say(`Đã xóa kế hoạch ngày ${formatDate(found.date)}.`);
    } else if (button.hasAttribute('data-export')) {
      if (!this.#ready()) return;
      const name = fileName('ke-hoach', this.#plan.date, 'json');
      offerFile(JSON.stringify(planFile(this.#plan), null, 2), name, 'application/json');
      this.#say(`Đã xuất kế hoạch ra tệp ${name}.`);
    } else if (button.hasAttribute('data-print')) {
      window.print();
    } else if (paper || button.hasAttribute('data-zip') || button.hasAttribute('data-ics')) {
      await this.#files(button);
    }
  }

  /** True when the plan has a date; otherwise says so beside the date. */
  #ready(): boolean {
    if (this.#plan.date) return true;
    this.#mark('date', 'Hãy ghi ngày sinh hoạt trước, ví dụ 03/12/2026.');
    this.#control('date').focus();
    return false;
  }

  /** Makes a paper, the .zip of papers or the calendar, loading their code now. */
  async #files(button: HTMLButtonElement): Promise<void> {
    if (this.#busy || !this.#ready()) return;
    this.#busy = true;
    const plan = this.#plan;
    this.#say('Đang tạo tệp…', '[data-file-status]');
    try {
      let name: string;
      let size: number;
      if (button.dataset.paper) {
        name = fileName(button.dataset.paper, plan.date, 'docx');
        size = offerFile(await this.#paper(button.dataset.paper, plan), name, DOCX_TYPE);
      } else if (button.hasAttribute('data-zip')) {
        const ids = this.#all('[data-paper]').filter((b) => !b.closest('li')?.hidden).map((b) => b.dataset.paper ?? '');
        const files = [];
        for (const id of ids) files.push({ name: fileName(id, plan.date, 'docx'), bytes: await this.#paper(id, plan) });
        name = fileName('giay-to', plan.date, 'zip');
        size = offerFile(await this.#made({ type: 'zip', files }), name, 'application/zip');
      } else {
        name = fileName('ke-hoach', plan.date, 'ics');
        size = offerFile(await this.#made({ type: 'ics', input: this.#calendar(plan) }), name, 'text/calendar');
      }
      this.#say(`Đã tạo tệp ${name} (${formatKilobytes(size)}).`, '[data-file-status]');
    } catch (error) {
      this.#say(`Không tạo được tệp (${error instanceof Error ? error.message : String(error)}). Hãy kiểm tra kết nối rồi thử lại.`, '[data-file-status]');
    } finally {
      this.#busy = false;
    }
  }

  /**
   * One paper as a filled-in Word file, by the templates' own builder: the plan's values, the paper's
   * own date when a task of the plan gives it (a notice: the day it is sent), an agenda's minutes.
   */
  async #paper(id: string, plan: SavedPlan): Promise<Uint8Array<ArrayBuffer>> {
    const response = await fetch((this.dataset.templates ?? '').replace('{id}', id));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const paper = this.querySelector(`[data-paper="${id}"]`)?.closest('li')?.dataset ?? {};
    const values = paperValues(plan);
    const dated = datedTasks(this.#tasks, plan).find((d) => d.task.id === paper.dateTask);
    if (paper.dateField && dated) values[paper.dateField] = dated.date;
    const template = (await response.json()) as ResolvedTemplate;
    const request: DocxRequest = { template: paper.agenda === undefined ? template : withMinutes(template, plan.minutes), values };
    const reply = await inWorker<DocxResponse>(docxWorkerUrl, request);
    if (!reply.ok) throw new Error(reply.message);
    return reply.bytes;
  }

  async #made(request: FilesRequest): Promise<Uint8Array<ArrayBuffer>> {
    const reply = await inWorker<FilesResponse>(filesWorkerUrl, request);
    if (!reply.ok) throw new Error(reply.message);
    return reply.bytes;
  }

  /** What the calendar holds: the meeting, with its time plan, and every dated task. */
  #calendar(plan: SavedPlan): CalendarInput {
    const label = this.#kindLabel(plan.kind);
    const cell = plan.cell ? ` (${plan.cell})` : '';
    const agenda = this.#all('tr[data-i]')
      .filter((row) => !row.closest('table')?.hidden)
      .map((row) => `${row.querySelector('[data-clock]')?.textContent ?? ''} ${row.querySelector('th')?.textContent?.trim() ?? ''}`.trim());
    return {
      planId: plan.id,
      name: `Kế hoạch ${label.toLowerCase()}${cell}`,
      meeting: {
        title: `${label}${plan.kind !== 'thuong-ky' && plan.topic ? `: “${plan.topic}”` : ''}${cell}`,
        date: plan.date,
        time: plan.time,
        minutes: Number(this.#one('[data-total]').textContent) || 90,
        place: plan.place,
        description: ['Chương trình:', ...agenda].join('\n'),
      },
      tasks: datedTasks(this.#tasks, plan).map(({ task, date, days }) => ({
        id: task.id,
        title: `${task.title}${cell}`,
        date,
        description: `${relativeText(task.timing, days)}. ${task.li.querySelector('.tl-src')?.textContent?.trim() ?? ''}`,
      })),
      now: new Date(),
    };
  }

  /** Reads a plan file; a refused file changes nothing. */
  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const [reading] =
      file.size > MAX_FILE_BYTES
        ? [{ ok: false as const, message: `Tệp quá lớn (${formatKilobytes(file.size)}); tệp kế hoạch không quá ${formatKilobytes(MAX_FILE_BYTES)}.` }]
        : await inWorker<PlanReading[]>(checkWorkerUrl, { type: 'file', text: await file.text(), bytes: file.size } satisfies CheckRequest);
    if (!reading?.ok) return this.#say(`Không nhập tệp ${file.name}: ${reading?.message ?? 'không đọc được tệp.'} Các kế hoạch đã lưu giữ nguyên.`);
    const plan = this.#plans.has(reading.plan.id) ? { ...reading.plan, id: newPlanId() } : reading.plan;
    this.#keep(plan);
    this.#open(plan, true);
    this.#say(`Đã nhập kế hoạch ngày ${formatDate(plan.date)} từ tệp ${file.name}.`);
  }
}

customElements.define('plan-maker', PlanMaker);
