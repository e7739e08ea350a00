/**
 * Where each part of a template comes from, for the template's page: the guidance (with links to
 * the step, advice or document), what minutes usually record, or the handbook's own suggestion.
 */
import type { Advice } from '../../schemas/advice';
import type { BasisDocument } from '../../schemas/basis-document';
import type { Procedure } from '../../schemas/procedure';
import type { Template, TemplateOrigin, TemplateRef } from '../../schemas/template';
import { advicePage, procedurePage, routes } from '../routes';
import { toRoman } from './resolve';

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
}

/** The link a reference stands for; throws on a reference the loader would have reported. */
export function refLink(ref: TemplateRef, data: SourceData): SourceLink {
  if ('step' in ref) {
    for (const procedure of data.procedures) {
      const index = procedure.steps.findIndex((s) => s.id === ref.step);
      if (index >= 0) {
        return {
          label: `${procedure.title}, bước ${index + 1}: ${procedure.steps[index].title}`,
          path: procedurePage(procedure.id).path,
          hash: ref.step,
        };
      }
    }
    throw new Error(`Không có bước "${ref.step}"`);
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
  return { label: `${doc.kind} ${doc.number}`, path: routes.basis, hash: doc.id };
}

/** The origin of a part: as given, else the guidance when it has references, else a suggestion. */
export function originOf(part: { origin?: TemplateOrigin; refs?: readonly TemplateRef[] }): TemplateOrigin {
  return part.origin ?? (part.refs && part.refs.length > 0 ? 'huong-dan' : 'goi-y');
}

/** The named parts of a template with their sources, in document order. */
export function templateSources(template: Template, data: SourceData): TemplateSource[] {
  const out: TemplateSource[] = [];
  let section = 0;
  for (const block of template.body) {
    if (block.type === 'steps') {
      const procedure = data.procedures.find((p) => p.id === block.procedure);
      if (!procedure) throw new Error(`Không có quy trình "${block.procedure}"`);
      const count = procedure.steps.filter((s) => !block.phases || block.phases.includes(s.phase)).length;
      out.push({
        part: `${block.heading ?? procedure.title} (mục 1–${count})`,
        origin: 'huong-dan',
        links: [{ label: procedure.title, path: procedurePage(procedure.id).path, hash: procedure.steps[0].id }],
      });
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
  if (template.recipients.length > 0) {
    out.push({
      part: 'Nơi nhận',
      origin: originOf({ refs: template.recipientRefs }),
      links: template.recipientRefs.map((r) => refLink(r, data)),
    });
  }
  return out;
}
