/**
 * The paper as it reads top to bottom: one flat list of blocks made from a resolved template. The
 * Word builder (src/lib/docx/), the HTML preview (src/components/templates/) and the plain text
 * used by tests (./paper-text.ts) each draw this one list, so all three say the same thing in the
 * same order. Blocks carry data only: words, and values as field ids that each renderer fills in
 * (the preview live, as the person types). A new kind of paper adds block types here; every
 * renderer switches over the types exhaustively, so the compiler points at each one to extend.
 */
import type { DateField, StepColumn, TemplateField } from '../../schemas/template';
import { parseLine, runFields, type ValueRun } from './placeholders';
import type { Line, ResolvedBlock, ResolvedStep, ResolvedTemplate } from './resolve';
import { BLANK } from './values';

/** A value on the paper: a field, which part of it, and what it shows while empty when that is not "……" (`blank`). */
export type PaperValue = ValueRun;

/** A piece of a line of the paper: fixed text or a value. */
export type PaperRun = string | PaperValue;

/** A line of the paper as runs. A value marked `end` left empty becomes a dotted line to the margin. */
export type PaperLine = readonly PaperRun[];

/** What a line of the header is; each renderer gives each role its size, weight and spacing. */
export type HeaderRole = 'upper-body' | 'cell' | 'star' | 'number' | 'party' | 'place-date';

/** One line of the header. */
export interface HeaderLine {
  role: HeaderRole;
  runs: PaperLine;
}

/** A column of a table: its header and its share of the table's width. */
export interface TableColumn {
  /** Header, printed bold and centred. */
  label: string;
  /** Share of the table's width, relative to the other columns. */
  width: number;
  /** Centre the column's cells (numbers, times). */
  center?: true;
}

/** A row of a table: each cell a list of lines (none for an empty cell). */
export interface TableRow {
  cells: readonly (readonly PaperLine[])[];
  /** The procedure step the row stands for. */
  step?: string;
  /** A total row, printed bold. */
  total?: true;
}

/** One column at the foot of the paper. */
export type FootColumn =
  | { type: 'signature'; title: readonly string[]; name: PaperValue }
  | { type: 'recipients'; label: string; lines: readonly PaperLine[] }
  | { type: 'empty' };

/** A block of the paper, in reading order. */
export type PaperBlock =
  /** Two columns without borders: issuing body on the left, party name, place and date on the right. */
  | { type: 'header'; left: readonly HeaderLine[]; right: readonly HeaderLine[] }
  /** The document name in bold capitals ("BIÊN BẢN"). */
  | { type: 'document-name'; text: string }
  /** A summary line under the name, bold and centred. */
  | { type: 'subtitle'; runs: PaperLine }
  /** A bold heading: "I. Căn cứ", "3. Thông báo tình hình đảng viên"; `step` names the procedure step it stands for. */
  | { type: 'heading'; number?: string; text: string; caps?: true; step?: string }
  /** Guidance in italics, for the writer to replace. */
  | { type: 'hint'; text: string }
  /** A line of text and values. */
  | { type: 'paragraph'; runs: PaperLine; bold?: true; center?: true }
  /** Lines to write on by hand. */
  | { type: 'dotted-line'; count: number }
  /** "Kính gửi:" and the addressees, one a line, under the summary line. */
  | { type: 'addressees'; label: string; lines: readonly PaperLine[] }
  /** A table with a header row and borders: an agenda's items and times, a plan's quarters. */
  | { type: 'table'; columns: readonly TableColumn[]; rows: readonly TableRow[] }
  /** "- Đồng chí …… phát biểu:", opening one speaker's entry in minutes. */
  | { type: 'speaker-line'; runs: PaperLine }
  /** Signatures and/or "Nơi nhận" in two columns. */
  | { type: 'foot'; columns: readonly [FootColumn, FootColumn] };

/** What the layout reads from a resolved template. */
export type PaperSource = Pick<
  ResolvedTemplate,
  'issuer' | 'date' | 'name' | 'symbol' | 'subtitle' | 'addressees' | 'blocks' | 'signatures' | 'recipients'
>;

/** The right header line. */
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** The label above the recipients, bottom left. */
export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** The label before the addressees. */
export const ADDRESSEES_LABEL = 'Kính gửi:';

/** The field whose time an agenda's clock times count from. */
export const START_TIME_FIELD = 'gio' satisfies TemplateField;

/** A signer's name left for handwriting. */
export const SIGNATURE_BLANK = BLANK.repeat(3);

/** The star under the cell name. */
export const STAR = '*';

/** Dotted lines under each speaker of a discussion. */
export const SPEAKER_LINES = 2;

/** What a blank header name shows: "ĐẢNG BỘ ……", "CHI BỘ ……". */
function headerBlank(field: 'dang-bo' | 'chi-bo'): string {
  return `${field === 'dang-bo' ? 'ĐẢNG BỘ' : 'CHI BỘ'} ${BLANK}`;
}

/** The number line from the paper's number and symbol: "Số 05-BB/CB", "Số ……-BB/CB" while blank. */
function numberLine(symbol: string): PaperLine {
  return ['Số ', { f: 'so' }, `-${symbol}/CB`];
}

/** Place and date, in the templates' own line syntax: "Nghi Tân, ngày 03 tháng 12 năm 2026". */
const placeDateLine = (date: DateField): PaperLine => parseLine(`{dia-danh}, {${date}}`).runs;

/** The line that opens each speaker's entry in minutes. */
const speakerLine: PaperLine = parseLine('- Đồng chí {_} phát biểu:').runs;

const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** A centred line: its blanks stay short, since a dotted line to the margin has no place there. */
const centred = (runs: Line): PaperLine => runs.map((r) => (typeof r === 'string' || !r.end ? r : { f: r.f, ...(r.p ? { p: r.p } : {}) }));

/**
 * The header: upper party body (capitals), cell name (bold capitals), a star and the number on the
 * left; "ĐẢNG CỘNG SẢN VIỆT NAM" over a rule, then place and date, on the right.
 */
function header(symbol: string | undefined, date: DateField): PaperBlock {
  const name = (f: 'dang-bo' | 'chi-bo'): PaperLine => [{ f, p: 'header', blank: headerBlank(f) }];
  const left: HeaderLine[] = [
    { role: 'upper-body', runs: name('dang-bo') },
    { role: 'cell', runs: name('chi-bo') },
    { role: 'star', runs: [STAR] },
  ];
  if (symbol) left.push({ role: 'number', runs: numberLine(symbol) });
  return {
    type: 'header',
    left,
    right: [
      { role: 'party', runs: [PARTY_NAME] },
      { role: 'place-date', runs: placeDateLine(date) },
    ],
  };
}

/** `count` dotted lines, or nothing. */
const dotted = (count: number): PaperBlock[] => (count > 0 ? [{ type: 'dotted-line', count }] : []);

/** Lines of text; centred lines keep their blanks short. */
function paragraphs(lines: readonly Line[], style: { bold?: true; center?: true } = {}): PaperBlock[] {
  return lines.map((runs) => ({
    type: 'paragraph',
    runs: style.center ? centred(runs) : runs,
    ...(style.bold && { bold: true }),
    ...(style.center && { center: true }),
  }));
}

/** A heading of the paper: its number when it has one, in capitals when the template says so. */
function headingBlock(part: { number?: string; heading: string; caps?: true }): PaperBlock {
  return { type: 'heading', ...(part.number ? { number: part.number } : {}), text: part.heading, ...(part.caps ? { caps: true } : {}) };
}

/** A hint in italics, when there is one. */
const hintBlock = (text: string | undefined): PaperBlock[] => (text ? [{ type: 'hint', text }] : []);

/** A line left to write on: a value that is always blank and runs to the edge (of the page or the cell). */
const writeOn: PaperLine = [{ f: '_', end: true }];

/** "14h00–14h10": an item's clock times from the start time, "……–……" while it is blank. */
const clockRange = (from: number, to: number): PaperLine => [
  { f: START_TIME_FIELD, p: 'clock', at: from },
  '–',
  { f: START_TIME_FIELD, p: 'clock', at: to },
];

/** The header of each kind of column of a steps table, its share of the width, and whether it is centred. */
export const stepColumns: Record<StepColumn, TableColumn> = {
  number: { label: 'TT', width: 7, center: true },
  time: { label: 'Thời gian', width: 18, center: true },
  title: { label: 'Nội dung', width: 47 },
  actors: { label: 'Người thực hiện', width: 28 },
  assignee: { label: 'Người được phân công', width: 28 },
  due: { label: 'Thời hạn', width: 22 },
};

/** One item of a steps block as a table row, the items' minutes before it given as `start`. */
function stepRow(item: ResolvedStep, columns: readonly StepColumn[], start: number): TableRow {
  const cell = (column: StepColumn): PaperLine[] => {
    switch (column) {
      case 'number':
        return [[String(item.number)]];
      case 'time':
        return [[`${item.minutes ?? 0} phút`], clockRange(start, start + (item.minutes ?? 0))];
      case 'title':
        return [[item.title], ...item.paragraphs, ...Array.from({ length: item.lines }, () => writeOn)];
      case 'actors':
        return item.actors ? [[item.actors]] : [];
      case 'assignee':
        return [writeOn];
      case 'due':
        return [item.due ? [item.due] : writeOn];
    }
  };
  return { cells: columns.map(cell), ...(item.id ? { step: item.id } : {}) };
}

/** A steps block drawn as a table, with a total row when it has a time column. */
function stepsTable(part: Extract<ResolvedBlock, { type: 'steps' }>, columns: readonly StepColumn[]): PaperBlock[] {
  let elapsed = 0;
  const rows = part.items.map((item) => {
    const row = stepRow(item, columns, elapsed);
    elapsed += item.minutes ?? 0;
    return row;
  });
  if (columns.includes('time')) {
    const total = (column: StepColumn): PaperLine[] =>
      column === 'time' ? [[`${elapsed} phút`], clockRange(0, elapsed)] : column === 'title' ? [['Cộng']] : [];
    rows.push({ cells: columns.map(total), total: true });
  }
  return [{ type: 'table', columns: columns.map((c) => stepColumns[c]), rows }, ...hintBlock(part.duration?.note)];
}

/** The blocks of one part of the body. */
function body(part: ResolvedBlock): PaperBlock[] {
  switch (part.type) {
    case 'text':
      return [...paragraphs(part.paragraphs, part), ...dotted(part.lines), ...hintBlock(part.hint)];
    case 'section':
      return [headingBlock(part), ...hintBlock(part.hint), ...paragraphs(part.paragraphs), ...dotted(part.lines)];
    case 'table': {
      // Centred cells keep their blanks short, as centred lines do.
      const cell = (lines: readonly Line[], column: number) => (part.columns[column].center ? lines.map(centred) : lines);
      return [{ type: 'table', columns: part.columns, rows: part.rows.map((cells) => ({ cells: cells.map(cell) })) }];
    }
    case 'steps':
      break;
  }
  const heading = part.heading ? [headingBlock({ number: part.number, heading: part.heading, caps: part.caps })] : [];
  if (part.style === 'table') return [...heading, ...stepsTable(part, part.columns ?? [])];
  if (part.style === 'list') {
    return [
      ...heading,
      ...part.items.flatMap((item, index): PaperBlock[] => [
        { type: 'paragraph', runs: [`- ${item.title}${item.due ? ` (${item.due})` : ''}${index === part.items.length - 1 ? '.' : ';'}`] },
        ...paragraphs(item.paragraphs),
      ]),
    ];
  }
  return [
    ...heading,
    ...part.items.flatMap((item): PaperBlock[] => [
      { type: 'heading', number: String(item.number), text: item.title, ...(item.id ? { step: item.id } : {}) },
      ...(item.actors ? [{ type: 'hint', text: `Người thực hiện: ${item.actors}.` } as const] : []),
      ...paragraphs(item.paragraphs),
      ...dotted(item.lines),
      ...Array.from({ length: item.speakers }, (): PaperBlock[] => [{ type: 'speaker-line', runs: speakerLine }, ...dotted(SPEAKER_LINES)]).flat(),
      ...(item.conclusion ? paragraphs([item.conclusion]) : []),
    ]),
  ];
}

/**
 * The foot: two signatures side by side (minutes: THƯ KÝ, CHỦ TRÌ), or "Nơi nhận" bottom left and
 * one signature on the right; none when the paper has neither.
 */
function foot(template: PaperSource): PaperBlock[] {
  const signature = (s: ResolvedTemplate['signatures'][number]): FootColumn => ({
    type: 'signature',
    title: s.title.map(upper),
    name: { f: s.name ?? '_', blank: SIGNATURE_BLANK },
  });
  const [first, second] = template.signatures;
  const recipients: FootColumn =
    template.recipients.length > 0 ? { type: 'recipients', label: RECIPIENTS_LABEL, lines: template.recipients } : { type: 'empty' };
  if (first && second) return [{ type: 'foot', columns: [signature(first), signature(second)] }];
  if (first) return [{ type: 'foot', columns: [recipients, signature(first)] }];
  if (recipients.type === 'recipients') return [{ type: 'foot', columns: [recipients, { type: 'empty' }] }];
  return [];
}

/** The paper as one flat list of blocks, top to bottom. A member's own paper has no Party header. */
export function paperLayout(template: PaperSource): PaperBlock[] {
  return [
    ...(template.issuer === 'chi-bo' ? [header(template.symbol, template.date)] : []),
    { type: 'document-name', text: upper(template.name) },
    ...template.subtitle.map((runs): PaperBlock => ({ type: 'subtitle', runs: centred(runs) })),
    ...(template.addressees.length > 0 ? [{ type: 'addressees', label: ADDRESSEES_LABEL, lines: template.addressees } as const] : []),
    ...template.blocks.flatMap(body),
    ...foot(template),
  ];
}

const headTypes = new Set<PaperBlock['type']>(['header', 'document-name', 'subtitle']);

/**
 * The list cut where the renderers leave room: the head (header, name, subtitle), the body, and the
 * foot. The Word file puts a spacing paragraph between them; the preview wraps the body in a box.
 */
export function paperParts(blocks: readonly PaperBlock[]): {
  head: PaperBlock[];
  body: PaperBlock[];
  foot?: Extract<PaperBlock, { type: 'foot' }>;
} {
  let start = 0;
  while (start < blocks.length && headTypes.has(blocks[start].type)) start += 1;
  const last = blocks.at(-1);
  const foot = last?.type === 'foot' ? last : undefined;
  return { head: blocks.slice(0, start), body: blocks.slice(start, foot ? -1 : undefined), ...(foot ? { foot } : {}) };
}

/** A heading's words with its number ("I. Căn cứ"); the preview sets the capitals of a `caps` heading in CSS. */
export function headingText(block: Extract<PaperBlock, { type: 'heading' }>): string {
  return block.number ? `${block.number}. ${block.text}` : block.text;
}

/** A heading as printed: with its number, in capitals when it is a `caps` heading ("NỘI DUNG SINH HOẠT"). */
export function printedHeading(block: Extract<PaperBlock, { type: 'heading' }>): string {
  return block.caps ? upper(headingText(block)) : headingText(block);
}

/** Every line of a block. */
export function blockLines(block: PaperBlock): PaperLine[] {
  switch (block.type) {
    case 'header':
      return [...block.left, ...block.right].map((l) => l.runs);
    case 'subtitle':
    case 'paragraph':
    case 'speaker-line':
      return [block.runs];
    case 'foot':
      return block.columns.flatMap((c) => (c.type === 'signature' ? [[c.name]] : c.type === 'recipients' ? [...c.lines] : []));
    case 'addressees':
      return [...block.lines];
    case 'table':
      return block.rows.flatMap((row) => row.cells.flat());
    case 'document-name':
    case 'heading':
    case 'hint':
    case 'dotted-line':
      return [];
  }
}

/** The lines of an addressees block as printed: "Kính gửi: " before the first addressee. */
export function addresseeLines(block: Extract<PaperBlock, { type: 'addressees' }>): PaperLine[] {
  const [first = [], ...rest] = block.lines;
  return [[`${block.label} `, ...first], ...rest];
}

/** The fields the paper shows, each once, in order of first use. */
export function paperFields(blocks: readonly PaperBlock[]): TemplateField[] {
  return [...new Set(blocks.flatMap(blockLines).flatMap(runFields))];
}

/** A line cut around its end value, for a renderer that draws the dotted line to the margin itself. */
export function splitAtEnd(runs: PaperLine): { before: PaperRun[]; end?: PaperValue; after: PaperRun[] } {
  const index = runs.findIndex((r) => typeof r !== 'string' && r.end);
  if (index < 0) return { before: [...runs], after: [] };
  return { before: runs.slice(0, index), end: runs[index] as PaperValue, after: runs.slice(index + 1) };
}

/** Throws for a block a renderer does not draw; typed `never` so the compiler flags the gap first. */
export function unknownBlock(block: never): never {
  throw new Error(`Không vẽ được khối "${(block as { type?: string }).type}" của văn bản`);
}
