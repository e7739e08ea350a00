import { z } from 'astro/zod';
import { slugId, text } from './common';
import { meetingKindSchema, phaseSchema } from './procedure';
import { DATE_FIELDS } from '../lib/templates/fields';

/**
 * What a person can fill in on a template page. Each id may appear in a template's text as a
 * placeholder `{id}`; form labels and formats live in src/lib/templates/fields.ts.
 */
export const templateFieldSchema = z.enum([
  'dang-bo',
  'chi-bo',
  'so',
  'dia-danh',
  'ngay-van-ban',
  'cap-uy-cap-tren',
  'ngay',
  'gio',
  'dia-diem',
  'ngay-hop-chi-uy',
  'chuyen-de',
  'noi-dung',
  'tai-lieu',
  'chu-tri',
  'chuc-vu-chu-tri',
  'thu-ky',
  'chuc-vu-thu-ky',
  'bi-thu',
  'nguoi-de-dan',
  'nguoi-tham-luan',
  'chuc-vu-tham-luan',
  'tong-so',
  'chinh-thuc',
  'du-bi',
  'mien',
  'co-mat',
  'co-mat-chinh-thuc',
  'co-mat-du-bi',
  'vang-co-ly-do',
  'ds-vang-co-ly-do',
  'vang-khong-ly-do',
  'ds-vang-khong-ly-do',
  'tam-thoi',
  'khach-moi',
  'nam-ke-hoach',
  'chuyen-de-quy-1',
  'de-dan-quy-1',
  'thang-quy-1',
  'chuyen-de-quy-2',
  'de-dan-quy-2',
  'thang-quy-2',
  'chuyen-de-quy-3',
  'de-dan-quy-3',
  'thang-quy-3',
  'chuyen-de-quy-4',
  'de-dan-quy-4',
  'thang-quy-4',
]);
export type TemplateField = z.infer<typeof templateFieldSchema>;

/** Fields that hold a date (yyyy-mm-dd): the meeting's, the paper's own, the committee meeting's. */
export const dateFieldSchema = z.enum(DATE_FIELDS);
export type DateField = z.infer<typeof dateFieldSchema>;

/** The kind of paper; it sets how the page describes the paper. */
export const templateKindSchema = z.enum([
  'bien-ban',
  'chuong-trinh',
  'de-dan',
  'tham-luan',
  'nghi-quyet',
  'thong-bao',
  'bao-cao',
  'ke-hoach',
]);
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
  z.strictObject({
    /** Id of a rule in content/rules.yaml. */
    rule: slugId,
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
  /** Guidance printed in italics under the lines, for the writer to replace. */
  hint: text.optional(),
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
  /** Print the step's details, from the procedure data, under its title. */
  details: z.boolean().optional(),
  /** Dotted lines for this step instead of the block's default. */
  lines: z.number().int().min(0).max(30).optional(),
  /** Number of "Đồng chí … phát biểu:" entries, each followed by dotted lines. */
  speakers: z.number().int().min(0).max(20).optional(),
  /** False leaves out the block's conclusion line for this step. */
  conclusion: z.boolean().optional(),
  /** Minutes the item takes, for the time column of an agenda (the handbook's suggestion). */
  minutes: z.number().int().min(1).max(240).optional(),
  /** Where the lines this template adds to the step come from (the vote's rule, say). */
  refs: z.array(templateRefSchema).default([]),
  /** Name of those lines in the page's list of sources ("biểu quyết"); not printed. */
  label: text.optional(),
});
export type StepOverride = z.infer<typeof stepOverrideSchema>;

/**
 * Items after a procedure's steps: one step of any procedure, titled from its data (`step`); the
 * steps of another procedure (`procedure`, with `phases` and `skip` as on the block; their additions go
 * in the block's `steps`); or an item of the template's own (`title`), with where it comes from.
 */
export const extraItemSchema = z.union([
  stepOverrideSchema.extend({
    /** Id of a step (step ids are unique across the handbook). */
    step: slugId,
  }),
  z.strictObject({
    /** Id of the procedure whose steps follow. */
    procedure: slugId,
    /** Only steps of these phases (all when absent). */
    phases: z.array(phaseSchema).min(1).optional(),
    /** Steps left out, by id. */
    skip: z.array(slugId).default([]),
  }),
  stepOverrideSchema.extend({
    /** The item's title. */
    title: text,
    /** Who carries it out, as printed. */
    actors: text.optional(),
    /** Kind of source; see templateOriginSchema. */
    origin: templateOriginSchema.optional(),
  }),
]);
export type ExtraItem = z.infer<typeof extraItemSchema>;

/** How a steps block draws its items. */
export const stepsStyleSchema = z.enum([
  /** A numbered bold heading per item, with its lines, speakers and conclusion (minutes). */
  'sections',
  /** One line per item, "- title;" (a notice's list of contents). */
  'list',
  /** One row per item, in the block's `columns` (agendas, assignments). */
  'table',
]);
export type StepsStyle = z.infer<typeof stepsStyleSchema>;

/**
 * A column of a steps table. Headers and cells are set in src/lib/templates/layout.ts:
 * `number` "TT"; `time` "Thời gian" (the item's minutes, and the clock time from the start time);
 * `title` "Nội dung" (title, details, lines); `actors` "Người thực hiện" (from the procedure data);
 * `assignee` "Người được phân công" (left to fill in); `due` "Thời hạn" (the step's due time from its
 * source, else left to fill in).
 */
export const stepColumnSchema = z.enum(['number', 'time', 'title', 'actors', 'assignee', 'due']);
export type StepColumn = z.infer<typeof stepColumnSchema>;

/** One numbered item per step of a procedure, titled from the procedure data. */
const stepsBlockSchema = z
  .strictObject({
    /** Kind of block. */
    type: z.literal('steps'),
    /** Id of the procedure in content/procedures/. */
    procedure: slugId,
    /** Heading above the numbered items. */
    heading: text.optional(),
    /** Only steps of these phases (all when absent). */
    phases: z.array(phaseSchema).min(1).optional(),
    /** Steps of the procedure this paper leaves out, by id. */
    skip: z.array(slugId).default([]),
    /** Only these steps of the procedure, by id (in the procedure's order); all when absent. */
    only: z.array(slugId).min(1).optional(),
    /** Items after the procedure's steps, numbered on. */
    after: z.array(extraItemSchema).default([]),
    /** How the items are drawn. */
    style: stepsStyleSchema.default('sections'),
    /** Columns of a table, left to right; only with `style: table`. */
    columns: z.array(stepColumnSchema).min(2).optional(),
    /**
     * The least the time column must add up to: a figure of a rule in content/rules.yaml
     * (`{ rule: thoi-luong, figure: moi-buoi }`). Required with a `time` column.
     */
    duration: z.strictObject({ rule: slugId, figure: slugId }).optional(),
    /** Print who carries out each step ("Người thực hiện: …"), from the procedure data (sections and lists). */
    actors: z.boolean().default(false),
    /** Dotted lines under each step. */
    lines: z.number().int().min(0).max(30).default(0),
    /** A line for the chair's conclusion under each step, with placeholders ("Chủ trì kết luận: {_}"). */
    conclusion: templateLine.optional(),
    /** Additions to single steps, keyed by step id; each id must be a step the block shows. */
    steps: z.record(slugId, stepOverrideSchema).default({}),
  })
  .refine((b) => (b.style === 'table') === Boolean(b.columns), {
    message: 'bảng (style: table) cần cột (columns); chỉ bảng mới có cột',
    path: ['columns'],
  })
  .refine((b) => Boolean(b.columns?.includes('time')) === Boolean(b.duration), {
    message: 'cột thời gian (time) cần thời lượng tối thiểu (duration), và ngược lại',
    path: ['duration'],
  });

/** A column of a table of the template's own. */
const tableColumnSchema = z.strictObject({
  /** Header, printed bold and centred. */
  header: text,
  /** Share of the table's width, relative to the other columns. */
  width: z.number().int().min(1).max(100),
  /** Centre the column's cells (numbers, short times). */
  center: z.boolean().default(false),
});

/** A table of the template's own: a header row, then rows of cells, each a line or lines with placeholders. */
const tableBlockSchema = z
  .strictObject({
    /** Kind of block. */
    type: z.literal('table'),
    /** Name of the part in the page's list of sources; not printed. */
    label: text.optional(),
    /** The columns, left to right. */
    columns: z.array(tableColumnSchema).min(2).max(6),
    /** The rows, top to bottom: one cell per column, a line or a list of lines ([] for an empty cell). */
    rows: z.array(z.array(z.union([templateLine, z.array(templateLine)]))).min(1, 'cần ít nhất một dòng'),
    /** Where the table comes from in the guidance. */
    refs: z.array(templateRefSchema).default([]),
    /** Kind of source; see templateOriginSchema. */
    origin: templateOriginSchema.optional(),
  })
  .refine((t) => t.rows.every((row) => row.length === t.columns.length), {
    message: 'mỗi dòng của bảng phải có đúng số ô bằng số cột',
    path: ['rows'],
  });

/** A part of the document body. */
export const templateBlockSchema = z.discriminatedUnion('type', [textBlockSchema, sectionBlockSchema, stepsBlockSchema, tableBlockSchema]);
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
    /**
     * Who writes the paper: the cell (`chi-bo`: the Party header with the cell's name, number, place
     * and date) or a member in their own name (`dang-vien`: no header, as a contribution).
     */
    issuer: z.enum(['chi-bo', 'dang-vien']).default('chi-bo'),
    /** The date the header's place-and-date line shows: the meeting's, the paper's own, or the committee meeting's. */
    date: dateFieldSchema.default('ngay'),
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
    /** Print section headings in capitals, as Party resolutions and plans do ("I. NHIỆM VỤ, GIẢI PHÁP"). */
    capitalHeadings: z.boolean().default(false),
    /** Addressees under "Kính gửi:", after the summary line, with placeholders; none means no "Kính gửi". */
    addressees: z.array(templateLine).default([]),
    /** Where the addressees come from in the guidance. */
    addresseeRefs: z.array(templateRefSchema).default([]),
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
  })
  .refine((t) => !(t.issuer === 'dang-vien' && t.symbol), {
    message: 'số và ký hiệu văn bản nằm ở đầu văn bản của chi bộ; bài của đảng viên không có',
    path: ['symbol'],
  });
export type Template = z.infer<typeof templateSchema>;
