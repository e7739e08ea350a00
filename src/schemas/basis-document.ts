import { z } from 'astro/zod';
import { isoDate, slugId, text } from './common';

/** A document the guidance rests on, in `content/basis-documents.yaml`. */
export const basisDocumentSchema = z.strictObject({
  /** Stable id; the row's anchor. */
  id: slugId,
  /** Number and symbol as the Party writes it ("12-HD/BTCTW"). */
  number: text.regex(/^\d+-[A-ZĐ]+\/[A-ZĐa-z]+$/u, 'phải có dạng số-KÝHIỆU/CƠQUAN (ví dụ 12-HD/BTCTW)'),
  /** Kind of document (Chỉ thị, Nghị quyết, Hướng dẫn, Quy định). */
  kind: z.enum(['Chỉ thị', 'Nghị quyết', 'Hướng dẫn', 'Quy định']),
  /** Date of issue, yyyy-mm-dd. */
  date: isoDate,
  /** Issuing body, when known. */
  issuer: text.optional(),
  /** Subject. */
  subject: text,
  /** Id of the document that replaced it. */
  replacedBy: slugId.optional(),
  /** A remark shown with the document. */
  note: text.optional(),
});
export type BasisDocument = z.infer<typeof basisDocumentSchema>;
