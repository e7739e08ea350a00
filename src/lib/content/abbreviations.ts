/**
 * Cross-checks content/abbreviations.yaml: each entry has a full name (written out or from a basis
 * document that exists), and no form belongs to two entries or reads the same as a full name.
 */
import type { Abbreviation } from '../../schemas/abbreviation';
import type { BasisDocument } from '../../schemas/basis-document';
import { documentLabel } from '../sources';
import { foldKey as formKey } from '../text';

/** A problem in one entry: which entry, which field, what is wrong. */
export interface AbbreviationIssue {
  entry: string;
  field: string;
  message: string;
}

/** The full name of an entry: written out, or its basis document's short name. */
export function abbreviationName(entry: Abbreviation, documents: readonly BasisDocument[]): string | undefined {
  if (entry.name) return entry.name;
  const doc = documents.find((d) => d.id === entry.document);
  return doc && documentLabel(doc);
}

/** Every problem in the list, or none. */
export function checkAbbreviations(entries: readonly Abbreviation[], documents: readonly BasisDocument[]): AbbreviationIssue[] {
  const issues: AbbreviationIssue[] = [];
  const owners = new Map<string, string>();
  entries.forEach((entry, index) => {
    const where = `[${index}] (id: ${entry.id})`;
    if (Boolean(entry.name) === Boolean(entry.document)) {
      issues.push({ entry: where, field: 'name', message: 'cần đúng một trong hai trường "name" (tên đầy đủ) hoặc "document" (id văn bản căn cứ)' });
    } else if (entry.document && !documents.some((d) => d.id === entry.document)) {
      issues.push({ entry: where, field: 'document', message: `không có văn bản id "${entry.document}" trong content/basis-documents.yaml` });
    }
    const name = abbreviationName(entry, documents);
    entry.forms.forEach((form, f) => {
      const key = formKey(form);
      const owner = owners.get(key);
      if (!key) issues.push({ entry: where, field: `forms[${f}]`, message: `"${form}" không có chữ hay số nào` });
      else if (owner !== undefined) issues.push({ entry: where, field: `forms[${f}]`, message: `"${form}" đã là cách viết của mục "${owner}"` });
      else if (name && key === formKey(name)) issues.push({ entry: where, field: `forms[${f}]`, message: `"${form}" chính là tên đầy đủ` });
      else owners.set(key, entry.id);
    });
  });
  return issues;
}
