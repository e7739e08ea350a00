/**
 * Where each part of a template comes from, for the template's page: the guidance (with links to
 * the step, advice or document), what minutes usually record, or the handbook's own suggestion.
 */
import type { Advice } from '../../schemas/advice';
import type { BasisDocument } from '../../schemas/basis-document';
import type { Procedure } from '../../schemas/procedure';
import type { Rule } from '../../schemas/rule';
import type { Template, TemplateOrigin, TemplateRef } from '../../schemas/template';
import { advicePage, procedurePage, routes } from '../routes';
import { ruleAnchor } from '../rules';
import { documentLabel } from '../sources';
import { blockEntries, findStep, toRoman, type StepsBlock } from './resolve';

/** A link to a place in the handbook: a route path and an anchor. */
export interface SourceLink {
  label: string;
  path: string;
  hash: string;
}

/** One part of a template and its source. */
export interface TemplateSource {
  /** Name of the part ("I. Mục đích, yêu cầu", "Nội dung sinh hoạt (mục 1–9)"). */
  part: string;
  origin: TemplateOrigin;
  links: SourceLink[];
}

/** Words for each kind of source, as the page shows them. */
export const originLabels: Record<TemplateOrigin, string> = {
  'huong-dan': 'Theo hướng dẫn',
  'bien-ban': 'Điều biên bản thường ghi lại',
  'goi-y': 'Gợi ý của sổ tay',
};

/** What the handbook holds that a reference can point at. */
export interface SourceData {
  procedures: readonly Procedure[];
  advice: readonly Advice[];
  basisDocuments: readonly BasisDocument[];
  rules: readonly Rule[];
}

/** The link to a step: "Các bước sinh hoạt chuyên đề, bước 5: …" on its procedure's page. */
export function stepLink(procedures: readonly Procedure[], stepId: string): SourceLink {
  const found = findStep(procedures, stepId);
  if (!found) throw new Error(`Không có bước "${stepId}"`);
  return {
    label: `${found.procedure.title}, bước ${found.index + 1}: ${found.step.title}`,
    path: procedurePage(found.procedure.id).path,
    hash: stepId,
  };
}

/** The steps that name a paper among theirs (`papers` in the procedure data), in handbook order, as links. */
export function stepsUsing(templateId: string, procedures: readonly Procedure[]): SourceLink[] {
  return procedures.flatMap((p) => p.steps.filter((s) => s.papers.includes(templateId)).map((s) => stepLink(procedures, s.id)));
}

/** The link a reference stands for; throws on a reference the loader would have reported. */
export function refLink(ref: TemplateRef, data: SourceData): SourceLink {
  if ('step' in ref) return stepLink(data.procedures, ref.step);
  if ('rule' in ref) {
    const rule = data.rules.find((r) => r.id === ref.rule);
    if (!rule) throw new Error(`Không có quy định "${ref.rule}"`);
    return { label: `Quy định: ${rule.title}`, path: routes.basis, hash: ruleAnchor(rule.id) };
  }
  if ('advice' in ref) {
    for (const list of data.advice) {
      const item = list.items.find((i) => i.id === ref.advice);
      if (item) return { label: `${list.title}: ${item.title}`, path: advicePage(list.id).path, hash: item.id };
    }
    throw new Error(`Không có lưu ý "${ref.advice}"`);
  }
  const doc = data.basisDocuments.find((d) => d.id === ref.document);
  if (!doc) throw new Error(`Không có văn bản "${ref.document}"`);
  return { label: documentLabel(doc), path: routes.basis, hash: doc.id };
}

/** The origin of a part: as given, else the guidance when it has references, else a suggestion. */
export function originOf(part: { origin?: TemplateOrigin; refs?: readonly TemplateRef[] }): TemplateOrigin {
  return part.origin ?? (part.refs && part.refs.length > 0 ? 'huong-dan' : 'goi-y');
}

/**
 * The sources of a steps block: each run of steps from one procedure ("Nội dung sinh hoạt (mục 1–5)",
 * linked to the procedure), each step or item added on its own, and the lines the template adds to a
 * step with references of their own.
 */
function stepsSources(heading: string | undefined, block: StepsBlock, data: SourceData): TemplateSource[] {
  const out: TemplateSource[] = [];
  const titleOf = (procedureId: string): string => data.procedures.find((p) => p.id === procedureId)?.title ?? procedureId;
  // A block without a heading is named by the procedure its steps come from.
  const head = heading ?? titleOf(block.procedure);
  let run: { from: number; to: number; procedure: string; first: string } | undefined;
  const close = (): void => {
    if (!run) return;
    const numbers = run.from === run.to ? `mục ${run.from}` : `mục ${run.from}–${run.to}`;
    out.push({ part: `${heading ?? titleOf(run.procedure)} (${numbers})`, origin: 'huong-dan', links: [stepLink(data.procedures, run.first)] });
    run = undefined;
  };
  const added: TemplateSource[] = [];
  blockEntries(block, data.procedures).forEach((entry, index) => {
    const n = index + 1;
    if ('own' in entry) {
      close();
      out.push({ part: `${head} (mục ${n}: ${entry.own.title})`, origin: originOf(entry.own), links: entry.own.refs.map((r) => refLink(r, data)) });
      return;
    }
    const procedure = findStep(data.procedures, entry.step.id)?.procedure.id ?? '';
    if (run && run.procedure === procedure && run.to === n - 1) run.to = n;
    else {
      close();
      run = { from: n, to: n, procedure, first: entry.step.id };
    }
    if (entry.extra.refs.length > 0) {
      added.push({
        part: `${head} (mục ${n}${entry.extra.label ? `: ${entry.extra.label}` : ''})`,
        origin: 'huong-dan',
        links: entry.extra.refs.map((r) => refLink(r, data)),
      });
    }
  });
  close();
  return [...out, ...added];
}

/** The named parts of a template with their sources, in document order. */
export function templateSources(template: Template, data: SourceData): TemplateSource[] {
  const out: TemplateSource[] = [];
  // "Kính gửi" and "Nơi nhận" are parts of the paper's frame, with their own references.
  const framePart = (part: string, refs: readonly TemplateRef[]): TemplateSource => ({
    part,
    origin: originOf({ refs }),
    links: refs.map((r) => refLink(r, data)),
  });
  if (template.addressees.length > 0) out.push(framePart('Kính gửi', template.addresseeRefs));
  let section = 0;
  for (const block of template.body) {
    if (block.type === 'steps') {
      if (block.heading && template.numberSections) section += 1;
      const heading = block.heading && `${template.numberSections ? `${toRoman(section)}. ` : ''}${block.heading}`;
      out.push(...stepsSources(heading, block, data));
      continue;
    }
    if (block.type === 'section') section += 1;
    const part =
      block.type === 'section'
        ? `${template.numberSections ? `${toRoman(section)}. ` : ''}${block.heading}`
        : block.label;
    if (!part) continue;
    out.push({ part, origin: originOf(block), links: block.refs.map((r) => refLink(r, data)) });
  }
  if (template.recipients.length > 0) out.push(framePart('Nơi nhận', template.recipientRefs));
  return out;
}
