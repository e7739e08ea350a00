import { z } from 'astro/zod';

/** A stable id: lower-case ASCII words joined by hyphens; used in URLs and anchors. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'phải là chữ thường không dấu, số và dấu gạch nối (ví dụ: cu-thu-ky)');

/** Vietnamese text: non-empty after trimming. Stored as written; callers normalise to NFC. */
export const text = z.string().trim().min(1, 'không được để trống');

/** A calendar date written yyyy-mm-dd. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải có dạng yyyy-mm-dd')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'không phải ngày có thật');

/** A date as precise as the source gives it: a year ("2011"), a month ("2021-11") or a day ("2018-07-06"). */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'phải có dạng yyyy, yyyy-mm hoặc yyyy-mm-dd')
  .refine((value) => {
    const [y, m = '01', d = '01'] = value.split('-');
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  }, 'không phải ngày có thật');

/** The value of `source` meaning "the handbook's own suggestion". */
export const HANDBOOK_SOURCE = 'so-tay';

/**
 * Where a rule, step or item comes from: the id of a basis document (content/basis-documents.yaml),
 * the id of an example case (content/examples.yaml), or "so-tay" for the handbook's own suggestion;
 * or a list of them. The content loader checks that every id exists.
 */
export const sourceField = z
  .union([slugId, z.array(slugId).min(1, 'cần ít nhất một nguồn')])
  .transform((value) => (Array.isArray(value) ? value : [value]));
