import { z } from 'astro/zod';
import { slugId, text } from './common';

/**
 * An abbreviation or other name people type for something the handbook names in full, in
 * `content/abbreviations.yaml`: search looks for the full name when a query holds one of its forms
 * ("HD42" → "Hướng dẫn 42-HD/BTCTW"). The full name is either written out (`name`) or taken from a
 * basis document (`document`: its kind and number), never both.
 */
export const abbreviationSchema = z.strictObject({
  /** Stable id. */
  id: slugId,
  /** The full name, as the handbook writes it ("Ban Thường vụ"). */
  name: text.optional(),
  /** Id of a basis document in content/basis-documents.yaml whose kind and number are the full name. */
  document: slugId.optional(),
  /**
   * What people type: with or without diacritics, spaces, hyphens and slashes all match ("HD42"
   * also matches "hd 42" and "HD-42").
   */
  forms: z.array(text).min(1, 'cần ít nhất một cách viết'),
});
export type Abbreviation = z.infer<typeof abbreviationSchema>;
