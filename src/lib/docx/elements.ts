/**
 * Small named builders for the parts of a Party paper: header(), documentName(), line(), field(),
 * dottedLine(), heading(), signatureBlock(), recipients(). Sizes come from ./format only.
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
import type { Line, ResolvedTemplate } from '../templates/resolve';
import type { ValueRun } from '../templates/placeholders';
import { BLANK, fieldText, type FormValues } from '../templates/values';
import {
  PARTY_NAME,
  RECIPIENTS_LABEL,
  SIGNATURE_BLANK,
  STAR,
  footColumns,
  headerBlank,
  numberText,
  placeDateLine,
  type FootColumn,
  type SignatureData,
} from '../templates/paper';
import { CELL_PADDING, FOOT_COLUMNS, HEADER_COLUMNS, LINE, LINE_HANDWRITING, PARTY_RULE_INSET, RULE_THICKNESS, SIZE, SPACE, TEXT_WIDTH, fontSize } from './format';

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

/**
 * Runs for one value: what was typed, or a blank: dots to the margin at the end of a line (when
 * `leader` allows), "……" elsewhere.
 */
export function field(run: ValueRun, values: FormValues, style: RunStyle = {}, leader = true): TextRun[] {
  const value = fieldText(values, run.f, run.p);
  if (value) return text(value, style);
  if (run.end && leader) return [new TextRun({ children: [new Tab()], size: style.size ? fontSize(style.size) : undefined })];
  return text(BLANK, style);
}

/** Runs for a line of text and values; `leader: false` keeps every blank short (centred lines). */
export function runs(line: Line, values: FormValues, style: RunStyle = {}, leader = true): TextRun[] {
  return line.flatMap((run) => (typeof run === 'string' ? text(run, style) : field(run, values, style, leader)));
}

/** True when the line ends in a value that, left blank, becomes a dot leader. */
function hasLeader(line: Line, values: FormValues): boolean {
  return line.some((run) => typeof run !== 'string' && run.end && !fieldText(values, run.f, run.p));
}

/** True when a value in the line holds several lines of text. */
function hasBreak(line: Line, values: FormValues): boolean {
  return line.some((run) => typeof run !== 'string' && fieldText(values, run.f, run.p).includes('\n'));
}

/** A paragraph of the body: a template line with its values filled in. */
export function line(content: Line, values: FormValues, options: { bold?: boolean; center?: boolean } = {}): Paragraph {
  const leader = !options.center;
  // A justified line that ends in a line break is stretched across the page; typed lists stay left.
  const alignment = options.center
    ? AlignmentType.CENTER
    : hasBreak(content, values)
      ? AlignmentType.LEFT
      : AlignmentType.JUSTIFIED;
  return new Paragraph({
    children: runs(content, values, { bold: options.bold }, leader),
    alignment,
    tabStops: leader && hasLeader(content, values) ? [leaderStop(TEXT_WIDTH)] : undefined,
    spacing: { after: SPACE.after, line: LINE },
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
export function heading(value: string, options: { caps?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: text(options.caps ? value.toLocaleUpperCase('vi') : value, { bold: true }),
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
    rows: [new TableRow({ children: [cell(widths[0], left), cell(widths[1], right)] })],
  });
}

/**
 * The two-column header without borders. Left: upper party body (capitals), cell name (bold
 * capitals), a star, the number. Right: "ĐẢNG CỘNG SẢN VIỆT NAM" (bold) over a solid rule, then
 * place and date in italics.
 */
export function header(symbol: string | undefined, values: FormValues): Table {
  const size = SIZE.header;
  const name = (f: 'dang-bo' | 'chi-bo') => fieldText(values, f, 'header') || headerBlank(f);
  const left = [
    centered(text(name('dang-bo'), { size })),
    centered(text(name('chi-bo'), { size, bold: true })),
    centered(text(STAR, { size })),
    ...(symbol ? [centered(text(numberText(symbol), { size }))] : []),
  ];
  const right = [
    centered(text(PARTY_NAME, { size: SIZE.partyName, bold: true }), { rule: true }),
    centered(runs(placeDateLine, values, { size: SIZE.placeDate, italics: true }, false), { before: SPACE.placeDate }),
  ];
  return twoColumns(HEADER_COLUMNS, left, right);
}

/** The document name in bold capitals ("BIÊN BẢN"). */
export function documentName(name: string): Paragraph {
  return centered(text(name.toLocaleUpperCase('vi'), { size: SIZE.documentName, bold: true }), { before: SPACE.beforeName });
}

/** A summary line under the document name, bold. */
export function subtitle(content: Line, values: FormValues): Paragraph {
  return centered(runs(content, values, { size: SIZE.subtitle, bold: true }, false));
}

/** A signature block: bold capital titles ("T/M CHI BỘ", "BÍ THƯ"), room to sign, the signer's name. */
export function signatureBlock(signature: SignatureData, values: FormValues): Paragraph[] {
  const name = signature.name ? fieldText(values, signature.name) : '';
  return [
    ...signature.title.map((title) => centered(text(title.toLocaleUpperCase('vi'), { bold: true }))),
    centered(text(name || SIGNATURE_BLANK, { bold: Boolean(name) }), { before: SPACE.signature }),
  ];
}

/** "Nơi nhận:" and its list, bottom left. */
export function recipients(lines: Line[], values: FormValues): Paragraph[] {
  return [
    new Paragraph({ children: text(RECIPIENTS_LABEL, { size: SIZE.recipientsLabel, underline: true }) }),
    ...lines.map(
      (content) =>
        new Paragraph({
          children: runs(content, values, { size: SIZE.recipients }),
          tabStops: hasLeader(content, values) ? [leaderStop(FOOT_COLUMNS[0] - 2 * CELL_PADDING)] : undefined,
        }),
    ),
  ];
}

/** The foot of the paper (signatures, "Nơi nhận"), or nothing when the paper has neither. */
export function foot(template: Pick<ResolvedTemplate, 'signatures' | 'recipients'>, values: FormValues): Table | undefined {
  const columns = footColumns(template);
  if (!columns) return undefined;
  const column = (c: FootColumn): Paragraph[] =>
    c.kind === 'signature' ? signatureBlock(c.signature, values) : c.kind === 'recipients' ? recipients(template.recipients, values) : [];
  return twoColumns(FOOT_COLUMNS, column(columns[0]), column(columns[1]));
}
