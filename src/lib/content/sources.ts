/**
 * Cross-checks every `source` in the content: each id must be a basis document, an example case or
 * "so-tay", and a document whose subject is unverified cannot be the source of a rule. Also checks
 * that a procedure's example exists.
 */
import type { Advice } from '../../schemas/advice';
import type { BasisDocument } from '../../schemas/basis-document';
import { HANDBOOK_SOURCE } from '../../schemas/common';
import type { Example } from '../../schemas/example';
import type { Procedure } from '../../schemas/procedure';
import type { Rule } from '../../schemas/rule';
import type { IssuedTopicList, TopicGroup } from '../../schemas/topic';

/** What carries sources. */
export interface SourcedContent {
  procedures: readonly Procedure[];
  topicGroups: readonly TopicGroup[];
  topicLists: readonly IssuedTopicList[];
  advice: readonly Advice[];
  basisDocuments: readonly BasisDocument[];
  examples: readonly Example[];
  rules: readonly Rule[];
}

/** A problem with a source: the file (relative to content/), the entry and the field. */
export interface SourceIssue {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Every problem with the sources of `content`. */
export function checkSources(content: SourcedContent): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const documents = new Map(content.basisDocuments.map((d) => [d.id, d]));
  const examples = new Set(content.examples.map((e) => e.id));
  const known = [...documents.keys(), ...examples, HANDBOOK_SOURCE];

  const check = (file: string, entry: string, source: readonly string[]): void => {
    source.forEach((id, index) => {
      const field = source.length > 1 ? `source[${index}]` : 'source';
      const doc = documents.get(id);
      if (!doc && !examples.has(id) && id !== HANDBOOK_SOURCE) {
        issues.push({
          file,
          entry,
          field,
          message: `không có nguồn "${id}"; dùng id một văn bản căn cứ (content/basis-documents.yaml), id một ví dụ (content/examples.yaml) hoặc ${HANDBOOK_SOURCE} (có: ${known.join(', ')})`,
        });
      } else if (doc?.unverified.includes('subject')) {
        issues.push({ file, entry, field, message: `nội dung văn bản "${id}" chưa được xác minh nên không dùng làm nguồn của quy định` });
      }
    });
  };

  for (const procedure of content.procedures) {
    const file = `procedures/${procedure.id}.yaml`;
    if (procedure.example && !examples.has(procedure.example)) {
      issues.push({ file, entry: procedure.id, field: 'example', message: `không có ví dụ "${procedure.example}" trong content/examples.yaml` });
    }
    procedure.steps.forEach((step, index) => check(file, `steps[${index}] (id: ${step.id})`, step.source));
  }
  for (const list of content.advice) {
    list.items.forEach((item, index) => check(`advice/${list.id}.yaml`, `items[${index}] (id: ${item.id})`, item.source));
  }
  content.topicGroups.forEach((group, index) => check('topic-groups.yaml', `[${index}] (id: ${group.id})`, group.source));
  for (const list of content.topicLists) check(`topics/${list.year}/${list.issuerId}.yaml`, `năm ${list.year}, ${list.issuerId}`, list.source);
  content.rules.forEach((rule, index) => check('rules.yaml', `[${index}] (id: ${rule.id})`, rule.source));
  return issues;
}
