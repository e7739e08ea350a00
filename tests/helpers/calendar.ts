import ICAL from 'ical.js';

/** One event of a calendar file as ical.js reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  /** "2026-12-03T07:00:00Z" for a time in UTC, "2026-11-26" for a whole day. */
  start: string;
  end: string;
  allDay: boolean;
  /** Each alarm's action and trigger ("-PT16H"). */
  alarms: Array<{ action: string; trigger: string }>;
}

/** Parses a .ics text with ical.js (which throws on what RFC 5545 does not allow) and returns its calendar's properties and events. */
export function parseCalendar(text: string): { properties: Record<string, string>; timezones: string[]; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const properties = Object.fromEntries(calendar.getAllProperties().map((p) => [p.name.toUpperCase(), String(p.getFirstValue())]));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((tz) => String(tz.getFirstPropertyValue('tzid')));
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const time = (t: ICAL.Time): string => t.toString();
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location ?? '',
      start: time(event.startDate),
      end: time(event.endDate),
      allDay: event.startDate.isDate,
      alarms: component.getAllSubcomponents('valarm').map((a) => ({
        action: String(a.getFirstPropertyValue('action')),
        trigger: String(a.getFirstPropertyValue('trigger')),
      })),
    };
  });
  return { properties, timezones, events };
}

/** Lines of the file (CRLF-separated) longer than 75 octets, which RFC 5545 says to fold; none in a good file. */
export function overlongLines(text: string): string[] {
  return text.split('\r\n').filter((line) => new TextEncoder().encode(line).length > 75);
}
