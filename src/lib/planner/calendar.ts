/**
 * A plan as a calendar file (RFC 5545): the meeting and each dated task as events, each with a
 * reminder. Written with ical-generator, which escapes text and folds lines at 75 octets without
 * splitting a character. Times are Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving)
 * written as UTC instants, which every calendar reads the same way; tasks are whole-day events on
 * their date. Loaded only when a person asks for the file.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { addDays, dateParts, vietnamInstant, type IsoDate } from './dates';

/** The calendar's time zone, named in X-WR-TIMEZONE for calendars that show it. */
export const CALENDAR_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** A task's reminder: 16 hours before its day starts, 08:00 the day before. */
export const TASK_REMINDER_SECONDS = 16 * 3600;
/** The meeting's reminder: one day before it starts. */
export const MEETING_REMINDER_SECONDS = 24 * 3600;

/** What the calendar is made from. */
export interface CalendarInput {
  /** The plan's id; events' UIDs are made from it so that importing again updates them. */
  planId: string;
  /** The calendar's name. */
  name: string;
  meeting: { title: string; date: IsoDate; time: string; minutes: number; place: string; description: string };
  tasks: ReadonlyArray<{ id: string; title: string; date: IsoDate; description: string }>;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

const dayStart = (iso: IsoDate): Date => {
  const p = dateParts(iso);
  if (!p) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
};

const uid = (planId: string, part: string): string => `${planId}-${part}@so-tay-chi-bo`;

/** The .ics text of a plan. */
export function planCalendar(input: CalendarInput): string {
  const calendar = ical({ name: input.name, prodId: { company: 'so-tay-chi-bo', product: 'ke-hoach', language: 'VI' } });
  calendar.x('X-WR-TIMEZONE', CALENDAR_TIME_ZONE);
  const { meeting } = input;
  const timed = /^\d{2}:\d{2}$/.test(meeting.time);
  const start = timed ? vietnamInstant(meeting.date, meeting.time) : dayStart(meeting.date);
  calendar.createEvent({
    id: uid(input.planId, 'buoi-sinh-hoat'),
    stamp: input.now,
    start,
    end: timed ? new Date(start.getTime() + meeting.minutes * 60_000) : dayStart(addDays(meeting.date, 1)),
    allDay: !timed,
    summary: meeting.title,
    description: meeting.description,
    location: meeting.place || null,
    alarms: [{ type: ICalAlarmType.display, triggerBefore: MEETING_REMINDER_SECONDS, description: meeting.title }],
  });
  for (const task of input.tasks) {
    calendar.createEvent({
      id: uid(input.planId, task.id),
      stamp: input.now,
      start: dayStart(task.date),
      end: dayStart(addDays(task.date, 1)),
      allDay: true,
      summary: task.title,
      description: task.description,
      alarms: [{ type: ICalAlarmType.display, triggerBefore: TASK_REMINDER_SECONDS, description: task.title }],
    });
  }
  return calendar.toString();
}
