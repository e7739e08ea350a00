/**
 * Makes the plan's .zip of papers and its calendar file off the page's main thread. Started only when
 * a person asks for one of them, so the zip and calendar libraries load only then.
 */
import { zipSync, type Zippable } from 'fflate';
import { planCalendar, type CalendarInput } from '../../lib/planner/calendar';

/** What the page sends: Word files to put in one .zip, or a plan's calendar. */
export type FilesRequest = { type: 'zip'; files: Array<{ name: string; bytes: Uint8Array }> } | { type: 'ics'; input: CalendarInput };

/** What the worker answers: the file's bytes, or why it could not be made. */
export type FilesResponse = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

/** The file's bytes for a request. */
function make(request: FilesRequest): Uint8Array<ArrayBuffer> {
  if (request.type === 'ics') return new TextEncoder().encode(planCalendar(request.input));
  // Word files are compressed already: store them as they are.
  const entries: Zippable = Object.fromEntries(request.files.map((f) => [f.name, [f.bytes, { level: 0 }]]));
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}

self.addEventListener('message', (event: MessageEvent<FilesRequest>) => {
  let reply: FilesResponse;
  try {
    reply = { ok: true, bytes: make(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply, reply.ok ? [reply.bytes.buffer] : []);
});
