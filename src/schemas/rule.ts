import { z } from 'astro/zod';
import { slugId, sourceField, text } from './common';

/**
 * A rule the handbook states in its own words, once, in `content/rules.yaml`: pages show it where
 * meetings are described (<Rule id=…>), each time with its source, and search finds it.
 */
export const ruleSchema = z.strictObject({
  /** Stable id; the rule's anchor in the list of rules on the basis-documents page. */
  id: slugId,
  /** Short title ("Thời lượng buổi sinh hoạt"). */
  title: text,
  /** The rule, one or more sentences. */
  text: text,
  /** Points listed under the text, when the rule is a list (criteria). */
  items: z.array(text).default([]),
  /**
   * The numbers the text states, by name, for what computes with them (an agenda's least total time:
   * `moi-buoi: 90`). The loader checks that the text says each one.
   */
  figures: z.record(slugId, z.number().int().positive()).default({}),
  /** Where it comes from (see `sourceField`). */
  source: sourceField,
  /** A remark shown with the rule (what is not verified, what a cell decides itself). */
  note: text.optional(),
});
export type Rule = z.infer<typeof ruleSchema>;
