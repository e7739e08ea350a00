/**
 * Templates as the build uses them: resolved against the handbook, their sources listed, and
 * their blank .docx made once per content, so that the page states the size of the very file the
 * endpoint writes (the file carries its creation time, so two builds of it may differ by a byte).
 */
import type { Template } from '../../schemas/template';
import { renderDocx } from '../docx/document';
import { getAdviceLists, getBasisDocuments, getProcedures, getTemplates } from '../handbook';
import { resolveTemplate, type ResolvedTemplate } from './resolve';
import { templateSources, type TemplateSource } from './sources';

/** A template with everything its page and file need. */
export interface TemplateEntry {
  template: Template;
  resolved: ResolvedTemplate;
  sources: TemplateSource[];
}

// Keyed by the resolved content, so a template edited while `astro dev` runs gets a new file.
const files = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Every template, resolved, in order. */
export async function getTemplateEntries(): Promise<TemplateEntry[]> {
  const [templates, procedures, advice, basisDocuments] = await Promise.all([
    getTemplates(),
    getProcedures(),
    getAdviceLists(),
    getBasisDocuments(),
  ]);
  return templates.map((template) => ({
    template,
    resolved: resolveTemplate(template, procedures),
    sources: templateSources(template, { procedures, advice, basisDocuments }),
  }));
}

/** One template by id; throws, stopping the build, when there is none. */
export async function getTemplateEntry(id: string): Promise<TemplateEntry> {
  const all = await getTemplateEntries();
  const found = all.find((e) => e.template.id === id);
  if (!found) throw new Error(`Không có mẫu "${id}" (có: ${all.map((e) => e.template.id).join(', ')})`);
  return found;
}

/** The blank .docx of a template, made once for its content. */
export async function blankDocx(id: string): Promise<Uint8Array<ArrayBuffer>> {
  const { resolved } = await getTemplateEntry(id);
  const key = JSON.stringify(resolved);
  let file = files.get(key);
  if (!file) {
    file = renderDocx(resolved);
    files.set(key, file);
  }
  return file;
}
