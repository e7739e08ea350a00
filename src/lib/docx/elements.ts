/**
 * Small named builders for the blocks of the paper's layout (src/lib/templates/layout.ts): header(),
 * documentName(), subtitle(), line(), field(), dottedLine(), heading(), hint(), addressees(),
 * table(), signatureBlock(), recipients(), foot(). Sizes come from ./format only.
 */
import {
  AlignmentType,
  BorderStyle,
  LeaderType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { addresseeLines, type FootColumn, type HeaderLine, type HeaderRole, type PaperBlock, type PaperLine, type PaperValue } from '../templates/layout';
import { shownValue, type FormValues } from '../templates/values';
import {
  ADDRESSEES_INDENT,
  CELL_PADDING,
  FOOT_COLUMNS,
  HEADER_COLUMNS,
  LINE,
  LINE_HANDWRITING,
  PARTY_RULE_INSET,
  RULE_THICKNESS,
  SIZE,
  SPACE,
  TABLE_CELL_SPACE,
  TABLE_RULE,
  TEXT_WIDTH,
  fontSize,
} from './format';

/** How a run looks. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Font size in points (the body size when absent). */
  size?: number;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Text runs for `text`, with a line break for each "\n". */
export function text(value: string, style: RunStyle = {}): TextRun[] {
  return value.split('\n').map(
    (part, index) =>
      new TextRun({
        text: part,
        break: index > 0 ? 1 : undefined,
        bold: style.bold,
        italics: style.italics,
        underline: style.underline ? {} : undefined,
        size: style.size ? fontSize(style.size) : undefined,
      }),
  );
}

/** A dot leader to the right edge of a paragraph `width` twips wide. */
function leaderStop(width: number) {
  return { type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT };
}

/** Runs for one value: what was typed, its blank, or a tab to a dot leader when it runs to the margin. */
export function field(value: PaperValue, values: FormValues, style: RunStyle = {}): TextRun[] {
  const shown = shownValue(value, values);
  if (shown.leader) return [new TextRun({ children: [new Tab()], size: style.size ? fontSize(style.size) : undefined })];
  return text(shown.text, style);
}

/** Runs for a line of text and values. */
export function runs(line: PaperLine, values: FormValues, style: RunStyle = {}): TextRun[] {
  return line.flatMap((run) => (typeof run === 'string' ? text(run, style) : field(run, values, style)));
}

/** True when the line ends in an empty value drawn as a dot leader. */
function hasLeader(line: PaperLine, values: FormValues): boolean {
  return line.some((run) => typeof run !== 'string' && shownValue(run, values).leader);
}

/** True when a value in the line holds several lines of text. */
function hasBreak(line: PaperLine, values: FormValues): boolean {
  return line.some((run) => typeof run !== 'string' && shownValue(run, values).text.includes('\n'));
}

/** How a line of the body is set. */
export interface LineOptions {
  bold?: boolean;
  center?: boolean;
  /** Align left rather than justify (narrow table cells, where justified lines gape). */
  left?: boolean;
  /** Width the line's dot leader runs to, in twips: the text's width, or a table cell's. */
  width?: number;
  /** Space after the paragraph, in twips. */
  after?: number;
  /** Left indent and hanging indent, in twips. */
  indent?: { left: number; hanging?: number };
}

/** A paragraph of the body: a template line with its values filled in. */
export function line(content: PaperLine, values: FormValues, options: LineOptions = {}): Paragraph {
  // A justified line that ends in a line break is stretched across the page; typed lists stay left.
  const alignment = options.center
    ? AlignmentType.CENTER
    : options.left || hasBreak(content, values)
      ? AlignmentType.LEFT
      : AlignmentType.JUSTIFIED;
  return new Paragraph({
    children: runs(content, values, { bold: options.bold }),
    alignment,
    tabStops: hasLeader(content, values) ? [leaderStop((options.width ?? TEXT_WIDTH) - (options.indent?.left ?? 0))] : undefined,
    spacing: { after: options.after ?? SPACE.after, line: LINE },
    ...(options.indent ? { indent: options.indent } : {}),
  });
}

/** "Kính gửi:" and the addressees, indented, each further line under the first addressee. */
export function addressees(block: Extract<PaperBlock, { type: 'addressees' }>, values: FormValues): Paragraph[] {
  return addresseeLines(block).map((content, index) =>
    line(content, values, {
      indent: index === 0 ? { left: ADDRESSEES_INDENT.left + ADDRESSEES_INDENT.label, hanging: ADDRESSEES_INDENT.label } : { left: ADDRESSEES_INDENT.left + ADDRESSEES_INDENT.label },
      after: 0,
    }),
  );
}

const RULE = { style: BorderStyle.SINGLE, size: TABLE_RULE, color: 'auto' } as const;

/**
 * A table with a rule around every cell, as wide as the text: the header row bold and centred (and
 * repeated on each page), a total row bold; each cell's lines as paragraphs, dot leaders to the cell's edge.
 */
export function table(block: Extract<PaperBlock, { type: 'table' }>, values: FormValues): Table {
  const share = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / share));
  const tableCell = (column: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      margins: { left: CELL_PADDING, right: CELL_PADDING, top: TABLE_CELL_SPACE, bottom: TABLE_CELL_SPACE },
      verticalAlign: VerticalAlignTable.TOP,
      children: children.length > 0 ? children : [new Paragraph({})],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => tableCell(i, [new Paragraph({ children: text(c.label, { bold: true }), alignment: AlignmentType.CENTER })])),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((lines, i) =>
          tableCell(
            i,
            lines.map((content) =>
              line(content, values, { bold: row.total, center: block.columns[i].center, left: true, width: widths[i] - 2 * CELL_PADDING, after: 0 }),
            ),
          ),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows: [header, ...rows],
  });
}

/** A dotted line across the page, to write on by hand. */
export function dottedLine(width: number = TEXT_WIDTH): Paragraph {
  return new Paragraph({
    children: [new TextRun({ children: [new Tab()] })],
    tabStops: [leaderStop(width)],
    spacing: { after: 0, line: LINE_HANDWRITING },
  });
}

/** `count` dotted lines. */
export function dottedLines(count: number): Paragraph[] {
  return Array.from({ length: count }, () => dottedLine());
}

/** A bold heading of a section or step ("I. Mục đích, yêu cầu", "1. Thông tin thời sự"). */
export function heading(value: string): Paragraph {
  return new Paragraph({
    children: text(value, { bold: true }),
    alignment: AlignmentType.JUSTIFIED,
    keepNext: true,
    spacing: { before: SPACE.beforeHeading, after: SPACE.after, line: LINE },
  });
}

/** Guidance in italics, for the writer to replace. */
export function hint(value: string): Paragraph {
  return new Paragraph({
    children: text(value, { italics: true }),
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: SPACE.after, line: LINE },
  });
}

/** A centred paragraph. */
function centered(
  children: TextRun[],
  options: { before?: number; rule?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.CENTER,
    spacing: options.before ? { before: options.before } : undefined,
    ...(options.rule
      ? {
          border: { bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, space: 1, color: 'auto' } },
          indent: { left: PARTY_RULE_INSET, right: PARTY_RULE_INSET },
        }
      : {}),
  });
}

/** A cell without borders. */
function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    margins: { left: CELL_PADDING, right: CELL_PADDING },
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

/** A two-column table without borders, as wide as the text. */
function twoColumns(widths: readonly [number, number], left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    // One row that never splits: a signature's title stays on the page of its name.
    rows: [new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })],
  });
}

/** How each line of the header looks: size, weight, the rule under the party name, the space above the date. */
const headerLook: Record<HeaderRole, { style: RunStyle; rule?: true; before?: number }> = {
  'upper-body': { style: { size: SIZE.header } },
  cell: { style: { size: SIZE.header, bold: true } },
  star: { style: { size: SIZE.header } },
  number: { style: { size: SIZE.header } },
  party: { style: { size: SIZE.partyName, bold: true }, rule: true },
  'place-date': { style: { size: SIZE.placeDate, italics: true }, before: SPACE.placeDate },
};

/** One centred line of the header. */
function headerLine(line: HeaderLine, values: FormValues): Paragraph {
  const look = headerLook[line.role];
  return centered(runs(line.runs, values, look.style), { before: look.before, rule: look.rule });
}

/**
 * The two-column header without borders. Left: upper party body (capitals), cell name (bold
 * capitals), a star, the number. Right: "ĐẢNG CỘNG SẢN VIỆT NAM" (bold) over a solid rule, then
 * place and date in italics.
 */
export function header(block: Extract<PaperBlock, { type: 'header' }>, values: FormValues): Table {
  const column = (lines: readonly HeaderLine[]) => lines.map((l) => headerLine(l, values));
  return twoColumns(HEADER_COLUMNS, column(block.left), column(block.right));
}

/** The document name in bold capitals ("BIÊN BẢN"). */
export function documentName(name: string): Paragraph {
  return centered(text(name, { size: SIZE.documentName, bold: true }), { before: SPACE.beforeName });
}

/** A summary line under the document name, bold. */
export function subtitle(content: PaperLine, values: FormValues): Paragraph {
  return centered(runs(content, values, { size: SIZE.subtitle, bold: true }));
}

/** A signature block: bold capital titles ("T/M CHI BỘ", "BÍ THƯ"), room to sign, the signer's name (bold once typed). */
export function signatureBlock(signature: Extract<FootColumn, { type: 'signature' }>, values: FormValues): Paragraph[] {
  const name = shownValue(signature.name, values);
  return [
    ...signature.title.map((title) => centered(text(title, { bold: true }))),
    centered(text(name.text, { bold: name.filled }), { before: SPACE.signature }),
  ];
}

/** "Nơi nhận:" and its list, bottom left. */
export function recipients(column: Extract<FootColumn, { type: 'recipients' }>, values: FormValues): Paragraph[] {
  return [
    new Paragraph({ children: text(column.label, { size: SIZE.recipientsLabel, underline: true }) }),
    ...column.lines.map(
      (content) =>
        new Paragraph({
          children: runs(content, values, { size: SIZE.recipients }),
          tabStops: hasLeader(content, values) ? [leaderStop(FOOT_COLUMNS[0] - 2 * CELL_PADDING)] : undefined,
        }),
    ),
  ];
}

/** The foot of the paper: signatures and/or "Nơi nhận" in two columns. */
export function foot(block: Extract<PaperBlock, { type: 'foot' }>, values: FormValues): Table {
  const column = (c: FootColumn): Paragraph[] =>
    c.type === 'signature' ? signatureBlock(c, values) : c.type === 'recipients' ? recipients(c, values) : [];
  return twoColumns(FOOT_COLUMNS, column(block.columns[0]), column(block.columns[1]));
}
