/**
 * The search index's records: one entry per item that content/ holds and a page shows under its own
 * anchor (procedure steps, topic groups, topics, advice, basis documents), each with the URL of that anchor, a
 * title, its text and its filters. Built from the same data as the pages, so nothing is written twice.
 */
import type { Handbook } from '../content/load';
import { dueText, phaseLabels, stepActors } from '../labels';
import { documentLabel, documentTitle, sourcesText } from '../sources';
import { ruleAnchor } from '../rules';
import { advicePage, procedurePage, routes } from '../routes';
import { contentKinds, contextMetaKey, escapeHtml, filterMetaTags, type SearchFilters } from './meta';
import { topicGroupAnchor, topicTiming } from '../topics';

/** One record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  /** Address of the item relative to the site base, as Pagefind stores page URLs: "/page/#anchor". */
  url: string;
  /** Its title as the page shows it; Pagefind boosts matches in it. */
  title: string;
  /** The text searched with the title, as shown under it: what the item says. */
  content: string;
  /** Pagefind filters (src/lib/search-meta.ts). */
  filters: SearchFilters;
  /** Shown with the result: where the item sits ("Bước 2 · Các bước sinh hoạt chuyên đề"). */
  context: string;
}

/** The content the records are built from. */
export type RecordSource = Pick<Handbook, 'procedures' | 'topicGroups' | 'topicLists' | 'advice' | 'basisDocuments' | 'examples' | 'rules'>;

const sentence = (text: string): string => (/[.!?…:;]$/.test(text) ? text : `${text}.`);

/** Joins parts into one searchable text, each part a sentence. */
function text(parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .map(sentence)
    .join(' ');
}

/** The address of an item in the index, relative to the site base: "/page/#anchor". */
export function recordUrl(page: string, anchor: string): string {
  return `/${page}#${anchor}`;
}

/** Every record of the handbook. Pagefind's search puts the site base in front of the URLs. */
export function searchRecords(data: RecordSource): SearchRecord[] {
  const url = recordUrl;

  const steps = [...data.procedures]
    .sort((a, b) => a.order - b.order)
    .flatMap((procedure) =>
      procedure.steps.map((step, index): SearchRecord => ({
        url: url(procedurePage(procedure.id).path, step.id),
        title: step.title,
        content: text([
          ...step.details,
          step.note && `Lưu ý: ${step.note}`,
          `Người thực hiện: ${stepActors(step)}`,
          `Giai đoạn: ${phaseLabels[step.phase]}`,
          step.due && `Thời hạn: ${dueText(step.due)}`,
          `Nguồn: ${sourcesText(step.source, data)}`,
        ]),
        filters: { loai: [contentKinds.procedure], 'quy-trinh': [procedure.title] },
        context: `Bước ${index + 1} · ${procedure.title}`,
      })),
    );

  const groupRecords = data.topicGroups.map(
    (group): SearchRecord => ({
      url: url(routes.thematic, topicGroupAnchor(group.id)),
      title: group.title,
      content: text([group.description, `Nguồn: ${sourcesText(group.source, data)}`]),
      filters: { loai: [contentKinds.guide], nhom: [group.title] },
      context: 'Bảy nhóm vấn đề của sinh hoạt chuyên đề',
    }),
  );

  const groups = new Map(data.topicGroups.map((g) => [g.id, g.title]));
  const topics = [...data.topicLists]
    .sort((a, b) => b.year - a.year)
    .flatMap((list) =>
      list.topics.map((topic): SearchRecord => {
        const group = groups.get(topic.group) ?? topic.group;
        return {
          url: url(routes.topicYear(list.year), topic.id),
          title: topic.title,
          content: text([topicTiming(topic), `Nhóm vấn đề: ${group}`]),
          filters: { loai: [contentKinds.topic], nhom: [group], nam: [String(list.year)] },
          context: `Chuyên đề năm ${list.year} · ${group}`,
        };
      }),
    );

  const advice = data.advice.flatMap((list) =>
    list.items.map(
      (item): SearchRecord => ({
        url: url(advicePage(list.id).path, item.id),
        title: item.title,
        content: text([item.text, `Nguồn: ${sourcesText(item.source, data)}`]),
        filters: { loai: [contentKinds.guide] },
        context: list.title,
      }),
    ),
  );

  const byId = new Map(data.basisDocuments.map((d) => [d.id, d]));
  const documents = data.basisDocuments.map((doc): SearchRecord => {
    const replacement = doc.replacedBy ? byId.get(doc.replacedBy) : undefined;
    return {
      url: url(routes.basis, doc.id),
      title: documentLabel(doc),
      content: text([
        documentTitle(doc),
        doc.newest ? 'Hướng dẫn mới nhất của Trung ương về sinh hoạt chi bộ' : undefined,
        replacement && `Đã được thay thế bằng ${documentLabel(replacement)}${doc.replacedIn ? ` tại ${doc.replacedIn}` : ''}`,
        doc.note,
      ]),
      filters: { loai: [contentKinds.guide] },
      context: 'Văn bản căn cứ',
    };
  });

  const rules = data.rules.map(
    (rule): SearchRecord => ({
      url: url(routes.basis, ruleAnchor(rule.id)),
      title: rule.title,
      content: text([rule.text, ...rule.items, `Nguồn: ${sourcesText(rule.source, data)}`, rule.note]),
      filters: { loai: [contentKinds.guide] },
      context: 'Quy định chính',
    }),
  );

  return [...steps, ...groupRecords, ...topics, ...advice, ...documents, ...rules];
}

/**
 * A record as the HTML document Pagefind indexes: its title as the page heading (so a match in it
 * weighs as a heading does, and a whole word beats a longer word it is the start of), its text, its
 * context as metadata and its filters. Never written to the site.
 */
export function recordHtml(record: SearchRecord): string {
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
    `<meta data-pagefind-meta="${contextMetaKey}[content]" content="${escapeHtml(record.context)}">`,
    filterMetaTags(record.filters),
    `</head><body><main data-pagefind-body><h1>${escapeHtml(record.title)}</h1>`,
    `<p>${escapeHtml(record.content)}</p></main></body></html>`,
  ].join('');
}
