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
