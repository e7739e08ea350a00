/**
 * The kinds of paper search knows (src/lib/search/rank.ts), from the template data: each template's
 * `name` ("BIÊN BẢN") is a paper; its templates are its pages, and the steps and advice its templates
 * refer to whose title names it ("Cử thư ký ghi biên bản") are what produce it.
 */
import type { Handbook } from '../content/load';
import { advicePage, procedurePage, routes } from '../routes';
import { recordUrl } from './records';
import type { SearchPaper } from './rank';
import { hasPhrase, queryWords } from './snippet';

/** The content papers are read from. */
export type PaperSource = Pick<Handbook, 'templates' | 'procedures' | 'advice'>;

/** Step and advice ids a template refers to: `step:`/`advice:` refs anywhere, and whole procedures in step blocks. */
function referredIds(value: unknown, data: PaperSource, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) referredIds(v, data, out);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.step === 'string') out.add(obj.step);
    if (typeof obj.advice === 'string') out.add(obj.advice);
    if (obj.type === 'steps' && typeof obj.procedure === 'string') {
      for (const step of data.procedures.find((p) => p.id === obj.procedure)?.steps ?? []) out.add(step.id);
    }
    for (const v of Object.values(obj)) referredIds(v, data, out);
  }
  return out;
}

/** Every paper, in the order of its first template. */
export function searchPapers(data: PaperSource): SearchPaper[] {
  const items = [
    ...data.procedures.flatMap((p) => p.steps.map((s) => ({ id: s.id, title: s.title, url: recordUrl(procedurePage(p.id).path, s.id) }))),
    ...data.advice.flatMap((a) => a.items.map((i) => ({ id: i.id, title: i.title, url: recordUrl(advicePage(a.id).path, i.id) }))),
  ];
  const papers = new Map<string, SearchPaper>();
  for (const template of [...data.templates].sort((a, b) => a.order - b.order)) {
    const name = template.name.toLocaleLowerCase('vi');
    const key = queryWords(name).join(' ');
    const paper = papers.get(key) ?? { name, templates: [], producers: [] };
    paper.templates.push(`/${routes.template(template.id)}`);
    const words = queryWords(name);
    const referred = referredIds(template, data);
    for (const item of items) {
      const title = queryWords(item.title);
      if (referred.has(item.id) && hasPhrase(title, words) && !paper.producers.includes(item.url)) paper.producers.push(item.url);
    }
    papers.set(key, paper);
  }
  return [...papers.values()];
}
