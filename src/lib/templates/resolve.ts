/**
 * A template with its references filled in: steps titled from the procedure data, placeholders
 * split into runs, sections numbered, an agenda's least total time taken from its rule. The paper's
 * layout (./layout.ts) is made from it, and it is what the page sends to the browser to build a
 * filled-in Word file.
 */
import type { Procedure, Step } from '../../schemas/procedure';
import type { Rule } from '../../schemas/rule';
import type { DateField, ExtraItem, StepColumn, StepOverride, StepsStyle, Template, TemplateField, TemplateKind } from '../../schemas/template';
import { dueText, stepActors } from '../labels';
import { sourcesText, type SourceData } from '../sources';
import { fieldOrder } from './fields';
import { paperFields, paperLayout, type TableColumn } from './layout';
import { parseLine, type Run } from './placeholders';

/** A line of the document as runs of text and values. */
export type Line = Run[];

/** What a template is resolved against: the procedures its steps come from, the rules and sources it cites. */
export interface TemplateData extends SourceData {
  procedures: readonly Procedure[];
  rules: readonly Rule[];
}

/** One item of a steps block: a step of a procedure, or an item of the template's own. */
export interface ResolvedStep {
  /** Step id in the procedure data; none for an item of the template's own. */
  id?: string;
  /** 1-based position within the block. */
  number: number;
  /** Step title from the procedure data (or the item's own). */
  title: string;
  /** "Chủ trì, đảng viên", when the paper prints who carries out the step. */
  actors?: string;
  /** When the step is due, as its source says ("ít nhất 1 ngày trước buổi sinh hoạt"). */
  due?: string;
  paragraphs: Line[];
  lines: number;
  speakers: number;
  conclusion?: Line;
  /** Minutes the item takes (agendas). */
  minutes?: number;
}

/** A part of the body, references resolved. */
export type ResolvedBlock =
  | { type: 'text'; paragraphs: Line[]; lines: number; bold?: true; center?: true; hint?: string }
  | { type: 'section'; number?: string; heading: string; caps?: true; hint?: string; paragraphs: Line[]; lines: number }
  | { type: 'table'; columns: TableColumn[]; rows: Line[][][] }
  | {
      type: 'steps';
      procedure: string;
      number?: string;
      heading?: string;
      caps?: true;
      style: StepsStyle;
      columns?: StepColumn[];
      items: ResolvedStep[];
      /** The least total of the time column and the note printed under the table. */
      duration?: { minutes: number; note: string };
    };

/** Everything needed to draw the paper; plain data, sent to the browser as JSON. */
export interface ResolvedTemplate {
  id: string;
  title: string;
  kind: TemplateKind;
  /** "chi-bo": the Party header of the cell; "dang-vien": a member's own paper, without it. */
  issuer: Template['issuer'];
  /** The date field the header shows. */
  date: DateField;
  name: string;
  symbol?: string;
  subtitle: Line[];
  addressees: Line[];
  blocks: ResolvedBlock[];
  signatures: { title: string[]; name?: TemplateField }[];
  recipients: Line[];
  /** Fields the form asks for, in the form's order. */
  fields: TemplateField[];
}

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A Roman numeral for section numbers (1 → "I"). */
export function toRoman(n: number): string {
  return roman[n - 1] ?? String(n);
}

const line = (text: string): Line => parseLine(text).runs;

/** The step with this id, in whichever procedure holds it. */
export function findStep(procedures: readonly Procedure[], id: string): { procedure: Procedure; step: Step; index: number } | undefined {
  for (const procedure of procedures) {
    const index = procedure.steps.findIndex((s) => s.id === id);
    if (index >= 0) return { procedure, step: procedure.steps[index], index };
  }
  return undefined;
}

/** The steps of a procedure a steps block shows: of its phases, only the ones it names if it does, less the ones it skips. */
export function shownSteps(procedure: Procedure, block: { phases?: readonly string[]; only?: readonly string[]; skip: readonly string[] }): Step[] {
  return procedure.steps.filter(
    (s) => (!block.phases || block.phases.includes(s.phase)) && (!block.only || block.only.includes(s.id)) && !block.skip.includes(s.id),
  );
}

/** A steps block of a template. */
export type StepsBlock = Extract<Template['body'][number], { type: 'steps' }>;

/** An item of the template's own in a steps block. */
export type OwnItem = Extract<ExtraItem, { title: string }>;

/**
 * One item of a steps block before it is numbered: a step of a procedure with the template's
 * additions to it, or an item of the template's own. `field` names where its additions are written.
 */
export type BlockEntry = { step: Step; extra: StepOverride; field: string } | { own: OwnItem; field: string };

/** What a step the template adds nothing to carries. */
const NO_ADDITIONS: StepOverride = { refs: [] };

/**
 * The items of a steps block, in order: the procedure's steps it shows, then what it adds after them
 * (single steps, the steps of another procedure, its own items). Throws on a procedure or step the
 * content loader would have reported.
 */
export function blockEntries(block: StepsBlock, procedures: readonly Procedure[]): BlockEntry[] {
  const procedureOf = (id: string): Procedure => {
    const found = procedures.find((p) => p.id === id);
    if (!found) throw new Error(`Không có quy trình "${id}"`);
    return found;
  };
  const fromSteps = (steps: Step[]): BlockEntry[] =>
    steps.map((step) => ({ step, extra: block.steps[step.id] ?? NO_ADDITIONS, field: `steps.${step.id}` }));
  return [
    ...fromSteps(shownSteps(procedureOf(block.procedure), block)),
    ...block.after.flatMap((extra, index): BlockEntry[] => {
      if ('procedure' in extra) return fromSteps(shownSteps(procedureOf(extra.procedure), extra));
      if ('title' in extra) return [{ own: extra, field: `after[${index}]` }];
      const found = findStep(procedures, extra.step);
      if (!found) throw new Error(`Không có bước "${extra.step}"`);
      return [{ step: found.step, extra, field: `after[${index}]` }];
    }),
  ];
}

/**
 * The least minutes a `duration` names ({ rule, figure }) and the note under an agenda's times;
 * throws on a rule or figure the content loader would have reported.
 */
export function durationOf(ref: { rule: string; figure: string }, data: TemplateData): { minutes: number; note: string } {
  const rule = data.rules.find((r) => r.id === ref.rule);
  const minutes = rule?.figures[ref.figure];
  if (!rule || minutes === undefined) throw new Error(`Không có số "${ref.figure}" trong quy định "${ref.rule}"`);
  const source = sourcesText(rule.source, data);
  const by = source.charAt(0).toLocaleLowerCase('vi') + source.slice(1);
  return { minutes, note: `(Thời gian từng mục là gợi ý của sổ tay; cả buổi sinh hoạt ít nhất ${minutes} phút, ${by}.)` };
}

/** An item of a steps block, numbered, with the template's additions; `actors` prints who carries it out. */
function resolveItem(entry: BlockEntry, index: number, block: StepsBlock, actors: boolean): ResolvedStep {
  const extra: StepOverride = 'step' in entry ? entry.extra : entry.own;
  const base =
    'step' in entry
      ? {
          id: entry.step.id,
          title: entry.step.title,
          ...(actors ? { actors: stepActors(entry.step) } : {}),
          ...(entry.step.due ? { due: dueText(entry.step.due) } : {}),
        }
      : { title: entry.own.title, ...(actors && entry.own.actors ? { actors: entry.own.actors } : {}) };
  const details = 'step' in entry && extra.details ? entry.step.details.map((d): Line => [d]) : [];
  return {
    ...base,
    number: index + 1,
    paragraphs: [...details, ...(extra.paragraphs ?? []).map(line)],
    lines: extra.lines ?? block.lines,
    speakers: extra.speakers ?? 0,
    ...(block.conclusion && extra.conclusion !== false ? { conclusion: line(block.conclusion) } : {}),
    ...(extra.minutes !== undefined ? { minutes: extra.minutes } : {}),
  };
}

/**
 * Resolves a validated template against the handbook's data; throws when a reference is missing
 * (the content loader reports those first, naming file, entry and field).
 */
export function resolveTemplate(template: Template, data: TemplateData): ResolvedTemplate {
  let section = 0;
  // Steps headings count as sections: a paper numbers and capitalises all its part headings alike.
  const nextNumber = (): string | undefined => (template.numberSections ? toRoman(++section) : undefined);
  const caps = template.capitalHeadings ? ({ caps: true } as const) : {};

  const blocks: ResolvedBlock[] = template.body.map((block): ResolvedBlock => {
    switch (block.type) {
      case 'text':
        return {
          type: 'text',
          paragraphs: block.paragraphs.map(line),
          lines: block.lines,
          ...(block.bold ? { bold: true as const } : {}),
          ...(block.center ? { center: true as const } : {}),
          ...(block.hint ? { hint: block.hint } : {}),
        };
      case 'section':
        return {
          type: 'section',
          number: nextNumber(),
          heading: block.heading,
          ...caps,
          hint: block.hint,
          paragraphs: block.paragraphs.map(line),
          lines: block.lines,
        };
      case 'table':
        return {
          type: 'table',
          columns: block.columns.map((c) => ({ label: c.header, width: c.width, ...(c.center ? { center: true as const } : {}) })),
          rows: block.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? [cell] : cell).map(line))),
        };
      case 'steps':
        break;
    }
    // Tables carry who does each step in their own column.
    const actors = block.actors || Boolean(block.columns?.includes('actors'));
    return {
      type: 'steps',
      procedure: block.procedure,
      number: block.heading ? nextNumber() : undefined,
      heading: block.heading,
      ...(block.heading ? caps : {}),
      style: block.style,
      ...(block.columns ? { columns: block.columns } : {}),
      items: blockEntries(block, data.procedures).map((entry, index) => resolveItem(entry, index, block, actors)),
      ...(block.duration ? { duration: durationOf(block.duration, data) } : {}),
    };
  });

  const paper = {
    issuer: template.issuer,
    date: template.date,
    name: template.name,
    symbol: template.symbol,
    subtitle: template.subtitle.map(line),
    addressees: template.addressees.map(line),
    blocks,
    signatures: template.signatures.map((s) => ({ title: s.title, name: s.name })),
    recipients: template.recipients.map(line),
  };
  // The form asks for exactly the values the paper shows.
  const used = new Set<TemplateField>(paperFields(paperLayout(paper)));
  return {
    id: template.id,
    title: template.title,
    kind: template.kind,
    ...paper,
    fields: fieldOrder.filter((f) => used.has(f)),
  };
}
