/**
 * A meeting plan's arithmetic, the same on the page and in tests: which tasks a kind of meeting has,
 * the date of each (from the meeting's date, the regular meeting of the month before, and the days
 * the source gives or the person set), the time plan's sum and its minimum, and a plan copied to the
 * next month. Pure; the model it reads is built from content/ at build time (./model.ts).
 */
import { addDays, addMonths, dateParts, type IsoDate } from './dates';

/** The kinds of meeting a plan can be for. */
export type PlanKind = 'thuong-ky' | 'chuyen-de' | 'ket-hop';
/** A kind of meeting of the procedures (content/procedures/*.yaml `meeting`). */
export type Meeting = 'thuong-ky' | 'chuyen-de';

/** Every plan kind, in the order the page offers them, with the meetings it holds. */
export const planKinds: Record<PlanKind, readonly Meeting[]> = {
  'thuong-ky': ['thuong-ky'],
  'chuyen-de': ['chuyen-de'],
  'ket-hop': ['thuong-ky', 'chuyen-de'],
};

/** What a task's days count from: the meeting ("hop") or the regular meeting of the month before ("hop-truoc"). */
export type Anchor = 'hop' | 'hop-truoc';

/** When a task is due: days from an anchor (negative before it, positive after), and whether the handbook suggests the number. */
export interface Timing {
  from: Anchor;
  days: number;
  /** True when no source gives the time: the number is the handbook's default, and a person may change it. */
  suggested: boolean;
}

/** A task of the plan: a preparation or after-the-meeting step. */
export interface PlanTask {
  /** The step's id in content/procedures/. */
  id: string;
  meeting: Meeting;
  timing: Timing;
}

/** An item of the meeting's time plan: an item of the kind's agenda paper. */
export interface AgendaItem {
  /** The item's key in the agenda (./agenda.ts): its step id, or its place. */
  id: string;
  kind: PlanKind;
  /** Default minutes (the agenda paper's, the handbook's suggestion). */
  minutes: number;
}

/** What the plan's dates are computed from. */
export interface PlanDates {
  kind: PlanKind;
  /** The meeting's date. */
  date: IsoDate;
  /** The regular meeting of the month before, when the person set it. */
  previousMeeting?: IsoDate | '';
  /** The day of the month the cell usually meets (1–31), when known. */
  usualDay?: number | null;
  /** Days the person set for suggested timings, by step id (always counted as a positive number of days). */
  offsets?: Readonly<Record<string, number>>;
}

/** A task with its date. */
export interface DatedTask<T extends PlanTask = PlanTask> {
  task: T;
  date: IsoDate;
  /** The number of days used (the source's, the default, or the person's), positive. */
  days: number;
}

/** True when the kind of plan holds the meeting. */
export function holds(kind: PlanKind, meeting: Meeting): boolean {
  return planKinds[kind].includes(meeting);
}

/**
 * The cell's regular meeting of the month before: the date the person set, else the cell's usual
 * day (or the meeting's own day) in the month before, kept within that month's days.
 */
export function previousRegularMeeting(input: Pick<PlanDates, 'date' | 'previousMeeting' | 'usualDay'>): IsoDate {
  if (input.previousMeeting && dateParts(input.previousMeeting)) return input.previousMeeting;
  return addMonths(input.date, -1, input.usualDay ?? undefined);
}

/** The number of days a task uses: the person's, for a suggested timing they changed; the data's otherwise. */
export function taskDays(task: PlanTask, offsets: PlanDates['offsets'] = {}): number {
  const own = task.timing.suggested ? offsets[task.id] : undefined;
  return own ?? Math.abs(task.timing.days);
}

/** The tasks of the plan's kind with their dates, earliest first (ties keep the data's order). */
export function datedTasks<T extends PlanTask>(tasks: readonly T[], input: PlanDates): DatedTask<T>[] {
  const previous = previousRegularMeeting(input);
  return tasks
    .filter((task) => holds(input.kind, task.meeting))
    .map((task) => {
      const days = taskDays(task, input.offsets);
      const sign = task.timing.days < 0 ? -1 : 1;
      const base = task.timing.from === 'hop-truoc' ? previous : input.date;
      return { task, date: addDays(base, sign * days), days };
    })
    .map((dated, index) => ({ dated, index }))
    .sort((a, b) => a.dated.date.localeCompare(b.dated.date) || a.index - b.index)
    .map(({ dated }) => dated);
}

/** How a timing reads without a date ("trước 7 ngày", "tại kỳ sinh hoạt thường kỳ tháng trước", "sau 2 ngày"). */
export function relativeText(timing: Timing, days = Math.abs(timing.days)): string {
  if (timing.from === 'hop-truoc') {
    return days === 0 ? 'tại kỳ sinh hoạt thường kỳ tháng trước' : `${days} ngày trước kỳ sinh hoạt thường kỳ tháng trước`;
  }
  if (days === 0) return 'trong ngày sinh hoạt';
  return timing.days < 0 ? `trước ${days} ngày` : `sau ${days} ngày`;
}

/** The items of the plan's kind, each with its minutes (the person's, else the default). */
export function agendaFor<T extends AgendaItem>(items: readonly T[], kind: PlanKind, minutes: Readonly<Record<string, number>> = {}): Array<{ item: T; minutes: number }> {
  return items.filter((item) => item.kind === kind).map((item) => ({ item, minutes: minutes[item.id] ?? item.minutes }));
}

/** The least a meeting of this kind lasts, in minutes (rule "thoi-luong"): more when both are held in one session. */
export function minimumMinutes(kind: PlanKind, minimum: { single: number; combined: number }): number {
  return planKinds[kind].length > 1 ? minimum.combined : minimum.single;
}

/** The sum of the time plan and whether it falls short of the minimum. */
export function timePlanTotal(minutes: readonly number[], least: number): { total: number; short: boolean } {
  const total = minutes.reduce((sum, m) => sum + m, 0);
  return { total, short: total < least };
}

/** "14:00" plus minutes, as a clock time ("15:30"); past midnight it wraps. */
export function clockAfter(start: string, minutes: number): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(start);
  if (!match) return '';
  const total = (Number(match[1]) * 60 + Number(match[2]) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The dates of a plan moved to the month after: the meeting, and the regular meeting before it when set. */
export function nextMonthDates(input: Pick<PlanDates, 'date' | 'previousMeeting' | 'usualDay'>): { date: IsoDate; previousMeeting: IsoDate | '' } {
  const day = dateParts(input.date)?.day;
  // A meeting held on the cell's usual day (kept within a short month) moves to that day of the next month.
  const usual = input.usualDay && day === Number(addMonths(input.date, 0, input.usualDay).slice(8)) ? input.usualDay : undefined;
  return {
    date: addMonths(input.date, 1, usual),
    previousMeeting: input.previousMeeting && dateParts(input.previousMeeting) ? addMonths(input.previousMeeting, 1) : '',
  };
}
