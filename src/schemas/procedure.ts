import { z } from 'astro/zod';
import { slugId, sourceField, text } from './common';

/** Who carries out a step. Labels live in src/lib/labels.ts. */
export const actorSchema = z.enum([
  'bi-thu',
  'pho-bi-thu',
  'chi-uy',
  'chi-uy-vien',
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

/**
 * When a step must be done, as its source states it: a number of days before the meeting, or at the
 * cell's regular meeting of the month before. Steps whose source gives no time have none; a planner
 * then uses its own default and says it is the handbook's suggestion.
 */
export const dueSchema = z.union([
  z.strictObject({
    /** At least this many days before the meeting. */
    daysBefore: z.number().int().min(0).max(60),
  }),
  z.strictObject({
    /** At the cell's regular meeting of the month before. */
    atPreviousRegularMeeting: z.literal(true),
  }),
]);
export type Due = z.infer<typeof dueSchema>;

/** One step of a procedure. */
export const stepSchema = z
  .strictObject({
    /** Stable id, unique across the handbook; the step's anchor on its page. */
    id: slugId,
    /** Short imperative title, shown as the step heading. */
    title: text,
    /** When the step happens. */
    phase: phaseSchema,
    /** Who does it as the source names them, most responsible first. */
    actors: z.array(actorSchema).default([]),
    /** Who the handbook suggests where the source names no one; shown as the handbook's suggestion. */
    suggestedActors: z.array(actorSchema).default([]),
    /** Paragraphs that say what the step involves, as the source states it. */
    details: z.array(text).min(1, 'cần ít nhất một đoạn nội dung'),
    /** An aside from the source (the bracketed remarks of the seed). */
    note: text.optional(),
    /** Where the step comes from: a basis document, an example case, or "so-tay". */
    source: sourceField,
    /** When it must be done, where the source says. */
    due: dueSchema.optional(),
    /**
     * The papers the step produces or uses: ids of templates in content/templates/. The step's page links
     * them under "Giấy tờ của bước này", and each paper's page lists the steps that use it.
     */
    papers: z.array(slugId).default([]),
  })
  .refine((s) => s.actors.length + s.suggestedActors.length > 0, {
    message: 'cần ít nhất một người thực hiện (actors hoặc suggestedActors)',
    path: ['actors'],
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
  /** The example case (content/examples.yaml) the whole procedure reports, when it is one place's practice. */
  example: slugId.optional(),
  /** The steps, in the order they are carried out. */
  steps: z.array(stepSchema).min(1, 'cần ít nhất một bước'),
});
export type Procedure = z.infer<typeof procedureSchema>;
