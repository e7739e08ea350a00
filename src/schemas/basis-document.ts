import { z } from 'astro/zod';
import { isoDate, partialDate, slugId, text } from './common';

/**
 * Whose rules a document gives: every cell (central documents and the Party's charter), the cells of
 * one locality (a province's or a town's own rule), or the guidance text the handbook publishes.
 */
export const documentScopeSchema = z.enum(['trung-uong', 'dia-phuong', 'tai-lieu-goc']);
export type DocumentScope = z.infer<typeof documentScopeSchema>;

/** A document the guidance rests on, in `content/basis-documents.yaml`. */
export const basisDocumentSchema = z
  .strictObject({
    /** Stable id; the row's anchor and the value of `source` that cites it. */
    id: slugId,
    /** Kind of document. */
    kind: z.enum(['Chỉ thị', 'Nghị quyết', 'Hướng dẫn', 'Quy định', 'Điều lệ', 'Đề án']),
    /** Number and symbol as the Party writes it ("12-HD/BTCTW"). */
    number: text.regex(/^\d+-[A-ZĐ]+\/[A-ZĐa-z]+$/u, 'phải có dạng số-KÝHIỆU/CƠQUAN (ví dụ 12-HD/BTCTW)').optional(),
    /** The name used where there is no number ("Điều lệ Đảng"). */
    name: text.optional(),
    /** Date of issue, as precise as it is known. */
    date: partialDate.optional(),
    /** Issuing body, when known. */
    issuer: text.optional(),
    /** What it is about, worded as its title goes on after the issuer ("về nâng cao chất lượng sinh hoạt chi bộ"). */
    subject: text.optional(),
    /** Whose rules it gives. */
    scope: documentScopeSchema,
    /** Facts about it that REFERENCES.md marks unverified: shown as such, never as fact. */
    unverified: z.array(z.enum(['issuer', 'date', 'subject'])).default([]),
    /** The newest central guidance on cell meetings. */
    newest: z.boolean().default(false),
    /** Id of the document it carries out. */
    implements: slugId.optional(),
    /** Id of the document that replaced it. */
    replacedBy: slugId.optional(),
    /** Where the replacement applies, when only in one locality ("Nghệ An"). */
    replacedIn: text.optional(),
    /** A remark shown with the document. */
    note: text.optional(),
  })
  .refine((d) => d.number !== undefined || d.name !== undefined, {
    message: 'cần số, ký hiệu (number) hoặc tên (name)',
    path: ['number'],
  });
export type BasisDocument = z.infer<typeof basisDocumentSchema>;

/** The file content/basis-documents.yaml: when the list was last checked, and the documents. */
export const basisDocumentsFileSchema = z.strictObject({
  /** The day the list was last checked against the references, yyyy-mm-dd. */
  checked: isoDate,
  /** The documents. */
  documents: z.array(basisDocumentSchema).min(1, 'cần ít nhất một văn bản'),
});
