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

/** Default minutes for one item of a meeting's agenda (a step of the meeting). */
export const plannerMinutesSchema = z.strictObject({
  /** Id of a step of the meeting (phase tien-hanh) in content/procedures/. */
  step: slugId,
  /** Minutes the handbook suggests for it. */
  minutes: z.number().int().min(1).max(180),
  /** Always "so-tay". */
  source: suggestion,
});
export type PlannerMinutes = z.infer<typeof plannerMinutesSchema>;

/** The kinds of plan: a regular meeting, a thematic one, or both in one session. */
export const planKindSchema = z.enum(['thuong-ky', 'chuyen-de', 'ket-hop']);

/**
 * The planner's defaults, in `content/planner.yaml`: the handbook's suggestions where the sources give
 * no number. The steps, their titles, sources and the times sources do give all come from
 * content/procedures/; the loader checks that every step the planner dates has exactly one of them.
 */
export const plannerSchema = z.strictObject({
  /** Default days for each step whose source gives no time. */
  offsets: z.array(plannerOffsetSchema).default([]),
  /** Default minutes for each item of a meeting. */
  minutes: z.array(plannerMinutesSchema).default([]),
  /**
   * The papers a plan of each kind fills, in the order they are used: ids of templates in
   * content/templates/. A new template is offered by the planner once its id is added here.
   */
  papers: z.record(planKindSchema, z.array(slugId).min(1, 'cần ít nhất một giấy tờ')),
});
export type Planner = z.infer<typeof plannerSchema>;
