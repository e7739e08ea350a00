import { z } from 'astro/zod';
import { partialDate, slugId, text } from './common';

/**
 * One place's practice that the seed text reports (a model meeting, a topic list, a thematic
 * meeting), in `content/examples.yaml`. The handbook shows such a case as an example, never as a rule
 * for every cell; steps and items that come from it name it as their `source`.
 */
export const exampleSchema = z.strictObject({
  /** Stable id, used as a `source` and as the anchor of the case. */
  id: slugId,
  /** Who: the cell or the committee, as the seed names it ("chi bộ Tân Thành"). */
  body: text,
  /** What the case is ("buổi sinh hoạt chi bộ mẫu", "danh sách chuyên đề"). */
  what: text,
  /** Where, as the seed gives it or as the handbook infers it. */
  place: z
    .strictObject({
      /** The place ("Nghệ An"). */
      name: text,
      /** True when the seed does not say it and the handbook infers it (from topic titles, say). */
      inferred: z.boolean().default(false),
      /** Why the handbook infers it, shown with the place. */
      reason: text.optional(),
    })
    .optional(),
  /** When, as precise as the seed gives it. */
  date: partialDate.optional(),
  /**
   * The points by which the upper committee judged the case, as the seed gives them (the Tân Thành
   * meeting); the example's page lists them and the planner's self-review starts from them.
   */
  assessment: z.array(text).default([]),
  /** Where the case is shown in full: a page's path (relative to the site base) and an anchor on it. */
  shownAt: z.strictObject({
    /** The page's path as in src/lib/routes.ts ("sinh-hoat-thuong-ky/"). */
    path: z.string().regex(/^(?:[a-z0-9-]+\/)*$/, 'phải là đường dẫn của một trang, ví dụ sinh-hoat-thuong-ky/'),
    /** The anchor on that page. */
    anchor: slugId.optional(),
  }),
});
export type Example = z.infer<typeof exampleSchema>;
