/**
 * Templates as the build uses them: resolved against the handbook and their sources listed. The
 * blank .docx of each is made in src/lib/docx/blank.ts.
 */
import type { Template } from '../../schemas/template';
import { getAdviceLists, getBasisDocuments, getExamples, getProcedures, getRules, getTemplates } from '../handbook';
import { resolveTemplate, type ResolvedTemplate } from './resolve';
import { stepsUsing, templateSources, type SourceLink, type TemplateSource } from './sources';

/** A template with everything its page and file need. */
export interface TemplateEntry {
  template: Template;
  resolved: ResolvedTemplate;
  sources: TemplateSource[];
  /** The procedure steps that produce or use the paper. */
  steps: SourceLink[];
}

/** Every template, resolved, in order. */
export async function getTemplateEntries(): Promise<TemplateEntry[]> {
  const [templates, procedures, advice, basisDocuments, rules, examples] = await Promise.all([
    getTemplates(),
    getProcedures(),
    getAdviceLists(),
    getBasisDocuments(),
    getRules(),
    getExamples(),
  ]);
  const data = { procedures, advice, basisDocuments, rules, examples };
  return templates.map((template) => ({
    template,
    resolved: resolveTemplate(template, data),
    sources: templateSources(template, data),
    steps: stepsUsing(template.id, procedures),
  }));
}

/** One template by id; throws, stopping the build, when there is none. */
export async function getTemplateEntry(id: string): Promise<TemplateEntry> {
  const all = await getTemplateEntries();
  const found = all.find((e) => e.template.id === id);
  if (!found) throw new Error(`Không có mẫu "${id}" (có: ${all.map((e) => e.template.id).join(', ')})`);
  return found;
}
