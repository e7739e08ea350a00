import { z } from 'astro/zod';
import { slugId, text } from './common';

/** Who carries out a step. Labels live in src/lib/labels.ts. */
export const actorSchema = z.enum([
  'bi-thu',
  'chi-uy',
  'chu-tri',
  'thu-ky',
  'nguoi-duoc-phan-cong',
  'dang-vien',
  'dai-bieu-cap-tren',
]);
export type Actor = z.infer<typeof actorSchema>;

/** When a step happens relative to the meeting. */
export const phaseSchema = z.enum(['chuan-bi', 'tien-hanh', 'sau']);
export type Phase = z.infer<typeof phaseSchema>;

/** The kind of meeting a procedure belongs to. */
export const meetingKindSchema = z.enum(['thuong-ky', 'chuyen-de']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

/** One step of a procedure. */
export const stepSchema = z.strictObject({
  /** Stable id, unique within the procedure; the step's anchor on its page. */
  id: slugId,
  /** Short imperative title, shown as the step heading. */
  title: text,
  /** When the step happens. */
  phase: phaseSchema,
  /** Who does it, most responsible first. */
  actors: z.array(actorSchema).min(1, 'cần ít nhất một người thực hiện'),
  /** Paragraphs that say what the step involves, as the guidance states it. */
  details: z.array(text).min(1, 'cần ít nhất một đoạn nội dung'),
  /** An aside from the guidance (the bracketed remarks of the source). */
  note: text.optional(),
});
export type Step = z.infer<typeof stepSchema>;

/** A procedure: an ordered list of steps, in `content/procedures/<id>.yaml`. */
export const procedureSchema = z.strictObject({
  /** Must equal the file name without `.yaml`. */
  id: slugId,
  /** Title shown on pages and checklists. */
  title: text,
  /** Kind of meeting the procedure belongs to. */
  meeting: meetingKindSchema,
  /** Position among procedures of the handbook (1 first). */
  order: z.number().int().positive(),
  /** One sentence saying what the procedure covers. */
  summary: text,
  /** The steps, in the order they are carried out. */
  steps: z.array(stepSchema).min(1, 'cần ít nhất một bước'),
});
export type Procedure = z.infer<typeof procedureSchema>;
