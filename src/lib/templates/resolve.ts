/**
 * A template with its references filled in: steps titled from the procedure data, placeholders
 * split into runs, sections numbered. The paper's layout (./layout.ts) is made from it, and it is
 * what the page sends to the browser to build a filled-in Word file.
 */
import type { Procedure } from '../../schemas/procedure';
import type { Template, TemplateField, TemplateKind } from '../../schemas/template';
import { actorList } from '../labels';
import { fieldOrder } from './fields';
import { paperFields, paperLayout } from './layout';
import { parseLine, type Run } from './placeholders';

/** A line of the document as runs of text and values. */
export type Line = Run[];

/** One step of a procedure as an item of the paper. */
export interface ResolvedStep {
  /** Step id in the procedure data. */
  id: string;
  /** 1-based position within the block. */
  number: number;
  /** Step title from the procedure data. */
  title: string;
  /** "Chủ trì, Đảng viên", when the template prints who carries out the step. */
  actors?: string;
  paragraphs: Line[];
  lines: number;
  speakers: number;
  conclusion?: Line;
}

/** A part of the body, references resolved. */
export type ResolvedBlock =
  | { type: 'text'; paragraphs: Line[]; lines: number; bold?: true; center?: true }
  | { type: 'section'; number?: string; heading: string; hint?: string; paragraphs: Line[]; lines: number }
  | { type: 'steps'; procedure: string; heading?: string; items: ResolvedStep[] };

/** Everything needed to draw the paper; plain data, sent to the browser as JSON. */
export interface ResolvedTemplate {
  id: string;
  title: string;
  kind: TemplateKind;
  name: string;
  symbol?: string;
  subtitle: Line[];
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

/**
 * Resolves a validated template against the procedures; throws when a reference is missing
 * (the content loader reports those first, naming file, entry and field).
 */
export function resolveTemplate(template: Template, procedures: readonly Procedure[]): ResolvedTemplate {
  let section = 0;
  const blocks: ResolvedBlock[] = template.body.map((block): ResolvedBlock => {
    if (block.type === 'text') {
      return {
        type: 'text',
        paragraphs: block.paragraphs.map(line),
        lines: block.lines,
        ...(block.bold ? { bold: true as const } : {}),
        ...(block.center ? { center: true as const } : {}),
      };
    }
    if (block.type === 'section') {
      section += 1;
      return {
        type: 'section',
        number: template.numberSections ? toRoman(section) : undefined,
        heading: block.heading,
        hint: block.hint,
        paragraphs: block.paragraphs.map(line),
        lines: block.lines,
      };
    }
    const procedure = procedures.find((p) => p.id === block.procedure);
    if (!procedure) throw new Error(`Mẫu "${template.id}": không có quy trình "${block.procedure}"`);
    const steps = procedure.steps.filter((s) => !block.phases || block.phases.includes(s.phase));
    return {
      type: 'steps',
      procedure: procedure.id,
      heading: block.heading,
      items: steps.map((step, index) => {
        const extra = block.steps[step.id] ?? {};
        return {
          id: step.id,
          number: index + 1,
          title: step.title,
          actors: block.actors ? actorList(step.actors) : undefined,
          paragraphs: (extra.paragraphs ?? []).map(line),
          lines: extra.lines ?? block.lines,
          speakers: extra.speakers ?? 0,
          conclusion: block.conclusion && extra.conclusion !== false ? line(block.conclusion) : undefined,
        };
      }),
    };
  });

  const paper = {
    name: template.name,
    symbol: template.symbol,
    subtitle: template.subtitle.map(line),
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
