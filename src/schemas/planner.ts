import { z } from 'astro/zod';
import { HANDBOOK_SOURCE, slugId } from './common';

/** What a default offset counts from: the meeting itself, or the cell's regular meeting of the month before. */
export const offsetFromSchema = z.enum(['buoi-sinh-hoat', 'ky-thuong-ky-truoc']);
export type OffsetFrom = z.infer<typeof offsetFromSchema>;

/** The handbook's own suggestion, the only source a default may have (it is shown as such). */
const suggestion = z.literal(HANDBOOK_SOURCE, { error: 'mặc định của công cụ lập kế hoạch là gợi ý của sổ tay: ghi source: so-tay' });

/**
 * A default number of days for a step whose source gives no time: before the meeting (preparation),
 * after it (what follows), or before the regular meeting of the month before (a thematic meeting's
 * preparation). The planner shows it as the handbook's suggestion and lets a person change it.
 */
export const plannerOffsetSchema = z
  .strictObject({
    /** Id of a preparation or after-the-meeting step in content/procedures/. */
    step: slugId,
    /** Days before the date it counts from. */
    daysBefore: z.number().int().min(0).max(90).optional(),
    /** Days after the meeting. */
    daysAfter: z.number().int().min(0).max(90).optional(),
    /** What the days count from; the meeting when absent. */
    from: offsetFromSchema.default('buoi-sinh-hoat'),
    /** Always "so-tay": a default is the handbook's suggestion. */
    source: suggestion,
  })
  .refine((o) => (o.daysBefore === undefined) !== (o.daysAfter === undefined), {
    message: 'cần đúng một trong hai: daysBefore hoặc daysAfter',
    path: ['daysBefore'],
  });
export type PlannerOffset = z.infer<typeof plannerOffsetSchema>;

/** The kinds of plan: a regular meeting, a thematic one, or both in one session. */
export const planKindSchema = z.enum(['thuong-ky', 'chuyen-de', 'ket-hop']);

/**
 * The planner's defaults, in `content/planner.yaml`: the handbook's suggestions where the sources give
 * no number, and the papers each kind of plan fills. The steps, their titles, sources and the times
 * sources do give all come from content/procedures/, the meeting's items and minutes from the agenda
 * templates; the loader checks that every step the planner dates has exactly one time.
 */
export const plannerSchema = z.strictObject({
  /** Default days for each step whose source gives no time. */
  offsets: z.array(plannerOffsetSchema).default([]),
  /**
   * The papers a plan of each kind fills, in the order they are used: ids of templates in
   * content/templates/, each named in `papers` of a step of that kind of meeting. The kind's agenda
   * (its first paper of kind "chuong-trinh") gives the meeting's items and minutes. A new template is
   * offered by the planner once its id is added here.
   */
  papers: z.record(planKindSchema, z.array(slugId).min(1, 'cần ít nhất một giấy tờ')),
  /**
   * Papers dated by a step of the plan rather than by the meeting (a notice by the day it is sent):
   * template id → step id. The template's own date field takes that step's date.
   */
  paperDates: z.record(slugId, slugId).default({}),
});
export type Planner = z.infer<typeof plannerSchema>;
