/**
 * A meeting plan as the planner keeps it on the device and writes it to a file: one shape for both,
 * versioned, with limits on every size and on what text may hold (src/lib/planner/limits.ts). The
 * page checks a file against it before it keeps anything, and so does reading what is stored.
 *
 * Written with zod/mini, not astro/zod like the content schemas: this schema runs in the browser
 * (in a worker started only when a plan is read or imported), where the full library would weigh
 * about ten times as much.
 */
import * as z from 'zod/mini';
import { MAX_DAYS, MAX_MINUTES, PLAN_FORMAT, PLAN_VERSION, TEXT_LIMITS, textProblem } from '../lib/planner/limits';

export { PLAN_FORMAT, PLAN_VERSION };

/** Text of a field: at most `max` characters, NFC, no markup, no control characters. */
const planText = (max: number, multiline = false) =>
  z.string().check(
    z.check<string>((ctx) => {
      const problem = textProblem(ctx.value, max, multiline);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
  );

const stepId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã bước không hợp lệ'), z.maxLength(80, 'mã bước quá dài'));
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày không có dạng yyyy-mm-dd'),
  z.refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'ngày không có thật'),
);
const count = (max: number) => z.int().check(z.minimum(0, 'không được là số âm'), z.maximum(max, `không được lớn hơn ${max}`));

/** One plan. */
export const planSchema = z.strictObject({
  /** Stable id: "kh-" and letters and digits; the key it is stored under. */
  id: z.string().check(z.regex(/^kh-[a-z0-9]{4,32}$/, 'mã kế hoạch không hợp lệ')),
  /** The kind of meeting. */
  kind: z.enum(['thuong-ky', 'chuyen-de', 'ket-hop'], 'loại buổi sinh hoạt không hợp lệ'),
  /** The meeting's date. */
  date: isoDate,
  /** Start time, "14:00", or "" when not set. */
  time: z.string().check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/, 'giờ không hợp lệ')),
  place: planText(TEXT_LIMITS.place),
  upperBody: planText(TEXT_LIMITS.name),
  cell: planText(TEXT_LIMITS.name),
  /** The place name written before the date on papers. */
  placeName: planText(TEXT_LIMITS.name),
  /** The day of the month the cell usually meets. */
  usualDay: z.nullable(z.int().check(z.minimum(1, 'ngày phải từ 1 đến 31'), z.maximum(31, 'ngày phải từ 1 đến 31'))),
  /** The regular meeting of the month before, when set by hand; "" otherwise. */
  previousMeeting: z.union([z.literal(''), isoDate]),
  topic: planText(TEXT_LIMITS.topic),
  /** Who prepares the content or the lead paper. */
  preparer: planText(TEXT_LIMITS.name),
  chair: planText(TEXT_LIMITS.name),
  secretary: planText(TEXT_LIMITS.name),
  /** Days set by hand for suggested timings, by step id. */
  offsets: z.record(stepId, count(MAX_DAYS)).check(z.refine((r) => Object.keys(r).length <= 100, 'quá nhiều mục')),
  /** Minutes set by hand for items of the meeting, by step id. */
  minutes: z.record(stepId, count(MAX_MINUTES)).check(z.refine((r) => Object.keys(r).length <= 100, 'quá nhiều mục')),
  /** Ids of the tasks ticked as done. */
  done: z.array(stepId).check(z.maxLength(100, 'quá nhiều mục')),
  /** The self-review after the meeting. */
  review: z.strictObject({
    /** Ids of the points ticked. */
    points: z.array(stepId).check(z.maxLength(100, 'quá nhiều mục')),
    note: planText(TEXT_LIMITS.note, true),
  }),
  /** When the plan was last changed (ISO 8601). */
  updated: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'thời điểm không hợp lệ')),
});
export type SavedPlan = z.infer<typeof planSchema>;

/** A plan file, and what is stored under one key. */
export const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT, 'đây không phải tệp kế hoạch của sổ tay'),
  version: z.literal(PLAN_VERSION, `tệp thuộc phiên bản khác (sổ tay đọc phiên bản ${PLAN_VERSION})`),
  plan: planSchema,
});
export type PlanFile = z.infer<typeof planFileSchema>;
