/** How the handbook names a basis document. */
import type { BasisDocument } from '../schemas/basis-document';

/** "Hướng dẫn 42-HD/BTCTW": the document's kind and number, as every page and search record names it. */
export function documentName(doc: Pick<BasisDocument, 'kind' | 'number'>): string {
  return `${doc.kind} ${doc.number}`;
}
