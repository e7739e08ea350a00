import { z } from 'astro/zod';
import { slugId, sourceField, text } from './common';

/** One piece of advice. */
export const adviceItemSchema = z.strictObject({
  /** Stable id, unique within its list; the item's anchor. */
  id: slugId,
  /** Short title. */
  title: text,
  /** The advice as the source gives it. */
  text: text,
  /** Where it comes from: a basis document, an example case, or "so-tay". */
  source: sourceField,
});
export type AdviceItem = z.infer<typeof adviceItemSchema>;

/** Advice for one audience, in `content/advice/<id>.yaml`. */
export const adviceSchema = z.strictObject({
  /** Must equal the file name. */
  id: slugId,
  /** Audience heading as the guidance words it ("Đối với cấp ủy"). */
  audience: text,
  /** Title of the list. */
  title: text,
  /** One sentence summary. */
  summary: text,
  /** The items, in order. */
  items: z.array(adviceItemSchema).min(1, 'cần ít nhất một mục'),
});
export type Advice = z.infer<typeof adviceSchema>;
