/**
 * Where a rule, step or item comes from, as the pages show it: a short label with a link
 * ("Theo Hướng dẫn 42-HD/BTCTW", "Ví dụ: chi bộ Tân Thành, tháng 11/2021", "Gợi ý của sổ tay"), and
 * the full titles of basis documents. Pure: it takes the documents and examples it needs.
 */
import type { BasisDocument } from '../schemas/basis-document';
import { HANDBOOK_SOURCE } from '../schemas/common';
import type { Example } from '../schemas/example';
import { pages, routes } from './routes';
import { formatDate } from './text';

/** What a source id can point at. */
export interface SourceData {
  basisDocuments: readonly BasisDocument[];
  examples: readonly Example[];
}

/** The kind of a source: a document, one place's example, or the handbook's own suggestion. */
export type SourceKind = 'document' | 'example' | 'handbook';

/** A source as the page shows it. */
export interface ShownSource {
  id: string;
  kind: SourceKind;
  /** "Theo Hướng dẫn 42-HD/BTCTW". */
  label: string;
  /** Where the link goes: a route path and an anchor. */
  path: string;
  hash?: string;
}

/** The anchor of the home page's section on where the content comes from, which "Gợi ý của sổ tay" links to. */
export const handbookSourceAnchor = 'nguon-noi-dung';

/** A document's short name: "Hướng dẫn 42-HD/BTCTW", "Điều lệ Đảng". */
export function documentLabel(doc: Pick<BasisDocument, 'kind' | 'number' | 'name'>): string {
  return doc.name ?? `${doc.kind} ${doc.number}`;
}

/**
 * A document's full title, from what is known of it: "Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025, của
 * Ban Tổ chức Trung ương một số vấn đề về …". Facts marked unverified are left out of the title.
 */
export function documentTitle(doc: BasisDocument): string {
  const known = (field: 'issuer' | 'date' | 'subject') => (doc.unverified.includes(field) ? undefined : doc[field]);
  const date = known('date');
  const issuer = known('issuer');
  const subject = known('subject');
  const head = doc.number ? `${doc.kind} số ${doc.number}` : documentLabel(doc);
  const when = date ? (date.length === 4 ? ` (năm ${date})` : `, ngày ${formatDate(date)}`) : '';
  return `${head}${when}${issuer ? `, của ${issuer}` : ''}${subject ? ` ${subject}` : ''}`;
}

/** "chi bộ Tân Thành, tháng 11/2021": who, and when as precise as the seed gives it. */
export function exampleName(example: Pick<Example, 'body' | 'date'>): string {
  return example.date ? `${example.body}, ${formatDate(example.date)}` : example.body;
}

/** One source id as the page shows it; throws on an id the content loader would have reported. */
export function shownSource(id: string, data: SourceData): ShownSource {
  if (id === HANDBOOK_SOURCE) return { id, kind: 'handbook', label: 'Gợi ý của sổ tay', path: pages.home.path, hash: handbookSourceAnchor };
  const doc = data.basisDocuments.find((d) => d.id === id);
  if (doc) return { id, kind: 'document', label: `Theo ${documentLabel(doc)}`, path: routes.basis, hash: doc.id };
  const example = data.examples.find((e) => e.id === id);
  if (example) return { id, kind: 'example', label: `Ví dụ: ${exampleName(example)}`, path: example.shownAt.path, hash: example.shownAt.anchor };
  throw new Error(`Không có nguồn "${id}"`);
}

/** The sources of a rule, step or item, in order. */
export function shownSources(ids: readonly string[], data: SourceData): ShownSource[] {
  return ids.map((id) => shownSource(id, data));
}

/** The sources as one line of text ("Theo Hướng dẫn 42-HD/BTCTW; theo Điều lệ Đảng"), for search records and Word files. */
export function sourcesText(ids: readonly string[], data: SourceData): string {
  return shownSources(ids, data)
    .map((s, i) => (i === 0 ? s.label : s.label.charAt(0).toLocaleLowerCase('vi') + s.label.slice(1)))
    .join('; ');
}

const scopeOrder = ['trung-uong', 'dia-phuong', 'tai-lieu-goc'] as const;

/** Documents in the order the basis page lists them: central, local, the guidance text; oldest first within each. */
export function sortDocuments<D extends Pick<BasisDocument, 'scope' | 'date'>>(docs: readonly D[]): D[] {
  return [...docs].sort(
    (a, b) => scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope) || (a.date ?? '9999').localeCompare(b.date ?? '9999'),
  );
}
