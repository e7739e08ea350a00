import { z } from 'astro/zod';
import { slugId, text } from './common';
import { meetingKindSchema, phaseSchema } from './procedure';

/**
 * What a person can fill in on a template page. Each id may appear in a template's text as a
 * placeholder `{id}`; form labels and formats live in src/lib/templates/fields.ts.
 */
export const templateFieldSchema = z.enum([
  'dang-bo',
  'chi-bo',
  'dia-danh',
  'ngay',
  'gio',
  'dia-diem',
  'chu-tri',
  'thu-ky',
  'bi-thu',
  'chuyen-de',
  'nguoi-de-dan',
  'nguoi-tham-luan',
  'tong-so',
  'chinh-thuc',
  'du-bi',
  'mien',
  'co-mat',
  'vang-co-ly-do',
  'ds-vang-co-ly-do',
  'vang-khong-ly-do',
  'ds-vang-khong-ly-do',
  'khach-moi',
]);
export type TemplateField = z.infer<typeof templateFieldSchema>;

/** The kind of paper; it sets the number's symbol and how the page describes the paper. */
export const templateKindSchema = z.enum(['bien-ban', 'chuong-trinh', 'de-dan', 'tham-luan', 'nghi-quyet']);
export type TemplateKind = z.infer<typeof templateKindSchema>;

/**
 * A line of the document. Placeholders in braces are filled from the form or left as dotted
 * blanks: a field id (`{chu-tri}`), `{thang}` and `{nam}` (month and year of `{ngay}`), or `{_}`
 * for a blank that is always written by hand.
 */
export const templateLine = text;

/** Where a part of a template comes from; a part without one is the handbook's own suggestion. */
export const templateRefSchema = z.union([
  z.strictObject({
    /** Id of a procedure step (step ids are unique across the handbook). */
    step: slugId,
  }),
  z.strictObject({
    /** Id of an advice item in content/advice/. */
    advice: slugId,
  }),
  z.strictObject({
    /** Id of a basis document in content/basis-documents.yaml. */
    document: slugId,
  }),
]);
export type TemplateRef = z.infer<typeof templateRefSchema>;

/**
 * Where a part comes from: the guidance (`refs` say where), what minutes usually record
 * (REFERENCES.md), or the handbook's own suggestion. Without it: the guidance when `refs` are
 * given, the handbook's suggestion otherwise.
 */
export const templateOriginSchema = z.enum(['huong-dan', 'bien-ban', 'goi-y']);
export type TemplateOrigin = z.infer<typeof templateOriginSchema>;

/** Lines of text with placeholders, then dotted lines to write on. */
const textBlockSchema = z.strictObject({
  /** Kind of block. */
  type: z.literal('text'),
  /** Name of the part in the page's list of sources; not printed. Parts without one are not listed. */
  label: text.optional(),
  /** The lines, in order. */
  paragraphs: z.array(templateLine).default([]),
  /** Print the lines bold. */
  bold: z.boolean().default(false),
  /** Centre the lines. */
  center: z.boolean().default(false),
  /** Dotted lines for handwriting after the paragraphs. */
  lines: z.number().int().min(0).max(30).default(0),
  /** Where these lines come from in the guidance. */
  refs: z.array(templateRefSchema).default([]),
  /** Kind of source; see templateOriginSchema. */
  origin: templateOriginSchema.optional(),
});

/** A titled part of the paper (numbered I, II… when the template numbers its sections). */
const sectionBlockSchema = z.strictObject({
  /** Kind of block. */
  type: z.literal('section'),
  /** Heading, without its number. */
  heading: text,
  /** Guidance printed in italics under the heading, for the writer to replace. */
  hint: text.optional(),
  /** Lines of text with placeholders. */
  paragraphs: z.array(templateLine).default([]),
  /** Dotted lines for handwriting. */
  lines: z.number().int().min(0).max(30).default(0),
  /** Where the section comes from in the guidance. */
  refs: z.array(templateRefSchema).default([]),
  /** Kind of source; see templateOriginSchema. */
  origin: templateOriginSchema.optional(),
});

/** Per-step additions to a steps block, keyed by step id. */
const stepOverrideSchema = z.strictObject({
  /** Lines printed under the step's title, with placeholders. */
  paragraphs: z.array(templateLine).optional(),
  /** Dotted lines for this step instead of the block's default. */
  lines: z.number().int().min(0).max(30).optional(),
  /** Number of "Đồng chí … phát biểu:" entries, each followed by dotted lines. */
  speakers: z.number().int().min(0).max(20).optional(),
  /** False leaves out the block's conclusion line for this step. */
  conclusion: z.boolean().optional(),
});
export type StepOverride = z.infer<typeof stepOverrideSchema>;

/** One numbered item per step of a procedure, titled from the procedure data. */
const stepsBlockSchema = z.strictObject({
  /** Kind of block. */
  type: z.literal('steps'),
  /** Id of the procedure in content/procedures/. */
  procedure: slugId,
  /** Heading above the numbered items. */
  heading: text.optional(),
  /** Only steps of these phases (all when absent). */
  phases: z.array(phaseSchema).min(1).optional(),
  /** Print who carries out each step ("Người thực hiện: …"), from the procedure data. */
  actors: z.boolean().default(false),
  /** Dotted lines under each step. */
  lines: z.number().int().min(0).max(30).default(0),
  /** A line for the chair's conclusion under each step, with placeholders ("Chủ trì kết luận: {_}"). */
  conclusion: templateLine.optional(),
  /** Additions to single steps, keyed by step id; each id must be a step of the procedure. */
  steps: z.record(slugId, stepOverrideSchema).default({}),
});

/** A part of the document body. */
export const templateBlockSchema = z.discriminatedUnion('type', [textBlockSchema, sectionBlockSchema, stepsBlockSchema]);
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

/** A signature block: titles in bold capitals, room to sign, then the signer's name. */
export const signatureSchema = z.strictObject({
  /** Title lines, top first ("T/M CHI BỘ", "BÍ THƯ"). */
  title: z.array(text).min(1, 'cần ít nhất một dòng'),
  /** Field that fills the signer's name; a dotted blank when empty. */
  name: templateFieldSchema.optional(),
});
export type Signature = z.infer<typeof signatureSchema>;

/** A downloadable paper, in `content/templates/<id>.yaml`. */
export const templateSchema = z
  .strictObject({
    /** Must equal the file name; also the page's and the .docx file's name. */
    id: slugId,
    /** Position in the list of templates (1 first). */
    order: z.number().int().positive(),
    /** Title of the template's page ("Biên bản sinh hoạt chi bộ thường kỳ"). */
    title: text,
    /** Short name for the sidebar ("Biên bản thường kỳ"); the title when absent. */
    navLabel: text.optional(),
    /** One sentence for the index and the page's description. */
    description: text,
    /** Kind of paper. */
    kind: templateKindSchema,
    /** Kind of meeting the paper serves. */
    meeting: meetingKindSchema,
    /** Document name, printed in bold capitals ("BIÊN BẢN"). */
    name: text.refine((value) => value === value.toLocaleUpperCase('vi'), 'phải viết hoa toàn bộ'),
    /** Symbol of the kind of paper in the number line ("BB" gives "Số …-BB/CB"); no number line without it. */
    symbol: z
      .string()
      .regex(/^[A-ZĐ]{1,4}$/u, 'phải là 1–4 chữ in hoa (ví dụ BB, NQ)')
      .optional(),
    /** Summary lines under the document name, bold, with placeholders. */
    subtitle: z.array(templateLine).default([]),
    /** Number the sections I, II, III… */
    numberSections: z.boolean().default(false),
    /** The body, in order. */
    body: z.array(templateBlockSchema).min(1, 'cần ít nhất một phần'),
    /** Signature blocks, left to right. */
    signatures: z.array(signatureSchema).max(2, 'tối đa hai chữ ký').default([]),
    /** Recipients under "Nơi nhận:", bottom left, with placeholders; none means no "Nơi nhận". */
    recipients: z.array(templateLine).default([]),
    /** Where the recipients come from in the guidance; none means the handbook suggests them. */
    recipientRefs: z.array(templateRefSchema).default([]),
    /** What the page says about the template, one paragraph each. */
    notes: z.array(text).default([]),
  })
  .refine((t) => !(t.signatures.length > 1 && t.recipients.length > 0), {
    message: '“Nơi nhận” nằm ở góc dưới bên trái, nên mẫu có “Nơi nhận” chỉ được có một chữ ký',
    path: ['recipients'],
  });
export type Template = z.infer<typeof templateSchema>;
