/**
 * Cross-checks a template against the rest of the handbook: the procedures, steps, advice and
 * documents it names exist, and its placeholders are fields the form knows.
 */
import type { Advice } from '../../schemas/advice';
import type { BasisDocument } from '../../schemas/basis-document';
import type { Procedure } from '../../schemas/procedure';
import type { Template, TemplateRef } from '../../schemas/template';
import { parseLine, placeholderNames } from '../templates/placeholders';

/** A problem in a template: the entry within the file ("body[1]"), the field, and what is wrong. */
export interface TemplateIssue {
  entry: string;
  field: string;
  message: string;
}

/** What a template may refer to. */
export interface TemplateContext {
  procedures: readonly Procedure[];
  advice: readonly Advice[];
  basisDocuments: readonly BasisDocument[];
}

const list = (items: Iterable<string>): string => [...items].join(', ');

/** Every problem in `template`, or none. */
export function checkTemplate(template: Template, context: TemplateContext): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const stepIds = new Set(context.procedures.flatMap((p) => p.steps.map((s) => s.id)));
  const adviceIds = new Set(context.advice.flatMap((a) => a.items.map((i) => i.id)));
  const docIds = new Set(context.basisDocuments.map((d) => d.id));

  const lines = (entry: string, field: string, texts: readonly string[]): void => {
    texts.forEach((text, index) => {
      const { unknown } = parseLine(text);
      for (const name of unknown) {
        issues.push({
          entry,
          field: `${field}[${index}]`,
          message: `chỗ điền "{${name}}" không có; dùng một trong: ${placeholderNames.map((n) => `{${n}}`).join(', ')}`,
        });
      }
    });
  };
  const refs = (entry: string, field: string, items: readonly TemplateRef[]): void => {
    items.forEach((ref, index) => {
      const where = `${field}[${index}]`;
      if ('step' in ref && !stepIds.has(ref.step)) {
        issues.push({ entry, field: `${where}.step`, message: `không có bước "${ref.step}" trong content/procedures/` });
      } else if ('advice' in ref && !adviceIds.has(ref.advice)) {
        issues.push({ entry, field: `${where}.advice`, message: `không có lưu ý "${ref.advice}" trong content/advice/ (có: ${list(adviceIds)})` });
      } else if ('document' in ref && !docIds.has(ref.document)) {
        issues.push({ entry, field: `${where}.document`, message: `không có văn bản "${ref.document}" trong content/basis-documents.yaml` });
      }
    });
  };

  lines('', 'subtitle', template.subtitle);
  lines('', 'recipients', template.recipients);
  refs('', 'recipientRefs', template.recipientRefs);

  template.body.forEach((block, index) => {
    const entry = `body[${index}]`;
    if (block.type === 'steps') {
      const procedure = context.procedures.find((p) => p.id === block.procedure);
      if (!procedure) {
        issues.push({
          entry,
          field: 'procedure',
          message: `không có quy trình "${block.procedure}" (có: ${list(context.procedures.map((p) => p.id))})`,
        });
        return;
      }
      const shown = procedure.steps.filter((s) => !block.phases || block.phases.includes(s.phase));
      if (shown.length === 0) issues.push({ entry, field: 'phases', message: `quy trình "${procedure.id}" không có bước nào thuộc các giai đoạn này` });
      for (const [stepId, extra] of Object.entries(block.steps)) {
        const field = `steps.${stepId}`;
        if (!procedure.steps.some((s) => s.id === stepId)) {
          issues.push({ entry, field, message: `quy trình "${procedure.id}" không có bước "${stepId}" (có: ${list(procedure.steps.map((s) => s.id))})` });
        } else if (!shown.some((s) => s.id === stepId)) {
          issues.push({ entry, field, message: `bước "${stepId}" không thuộc các giai đoạn đã chọn nên không có trong mẫu` });
        }
        lines(entry, `${field}.paragraphs`, extra.paragraphs ?? []);
      }
      if (block.conclusion) lines(entry, 'conclusion', [block.conclusion]);
      return;
    }
    lines(entry, 'paragraphs', block.paragraphs);
    refs(entry, 'refs', block.refs);
    if (block.origin === 'huong-dan' && block.refs.length === 0) {
      issues.push({ entry, field: 'refs', message: 'phần theo hướng dẫn phải nêu nguồn (bước, lưu ý hoặc văn bản)' });
    }
  });
  return issues;
}
