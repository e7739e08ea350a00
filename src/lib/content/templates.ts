/**
 * Cross-checks a template against the rest of the handbook: the procedures, steps, advice and
 * documents it names exist, and its placeholders are fields the form knows.
 */
import type { Advice } from '../../schemas/advice';
import type { BasisDocument } from '../../schemas/basis-document';
import type { Procedure } from '../../schemas/procedure';
import type { Rule } from '../../schemas/rule';
import type { Template, TemplateRef } from '../../schemas/template';
import { parseLine, placeholderNames } from '../templates/placeholders';
import { blockEntries, findStep, shownSteps, type StepsBlock } from '../templates/resolve';

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
  rules: readonly Rule[];
}

const list = (items: Iterable<string>): string => [...items].join(', ');

/** Every problem in `template`, or none. */
export function checkTemplate(template: Template, context: TemplateContext): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const stepIds = new Set(context.procedures.flatMap((p) => p.steps.map((s) => s.id)));
  const adviceIds = new Set(context.advice.flatMap((a) => a.items.map((i) => i.id)));
  const docIds = new Set(context.basisDocuments.map((d) => d.id));
  const ruleIds = new Set(context.rules.map((r) => r.id));

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
      } else if ('rule' in ref && !ruleIds.has(ref.rule)) {
        issues.push({ entry, field: `${where}.rule`, message: `không có quy định "${ref.rule}" trong content/rules.yaml (có: ${list(ruleIds)})` });
      }
    });
  };

  lines('', 'subtitle', template.subtitle);
  lines('', 'addressees', template.addressees);
  refs('', 'addresseeRefs', template.addresseeRefs);
  lines('', 'recipients', template.recipients);
  refs('', 'recipientRefs', template.recipientRefs);

  template.body.forEach((block, index) => {
    const entry = `body[${index}]`;
    if (block.type === 'steps') {
      issues.push(...checkSteps(block, entry, context));
      for (const [stepId, extra] of Object.entries(block.steps)) {
        lines(entry, `steps.${stepId}.paragraphs`, extra.paragraphs ?? []);
        refs(entry, `steps.${stepId}.refs`, extra.refs);
      }
      block.after.forEach((extra, i) => {
        if ('procedure' in extra) return;
        lines(entry, `after[${i}].paragraphs`, extra.paragraphs ?? []);
        refs(entry, `after[${i}].refs`, extra.refs);
      });
      if (block.conclusion) lines(entry, 'conclusion', [block.conclusion]);
      return;
    }
    if (block.type === 'table') {
      block.rows.forEach((row, r) => row.forEach((cell, c) => lines(entry, `rows[${r}][${c}]`, typeof cell === 'string' ? [cell] : cell)));
    } else {
      lines(entry, 'paragraphs', block.paragraphs);
    }
    refs(entry, 'refs', block.refs);
    if (block.origin === 'huong-dan' && block.refs.length === 0) {
      issues.push({ entry, field: 'refs', message: 'phần theo hướng dẫn phải nêu nguồn (bước, lưu ý hoặc văn bản)' });
    }
  });
  return issues;
}

/**
 * Problems in a steps block: its procedure, the steps it skips or adds, and an agenda's times (every
 * item has its minutes, and they add up to at least the rule's figure the block names).
 */
function checkSteps(block: StepsBlock, entry: string, context: TemplateContext): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const procedureIds = list(context.procedures.map((p) => p.id));
  // Each procedure the block draws steps from, with the step ids it names by field.
  const ranges = [
    { at: '', procedure: block.procedure, named: { skip: block.skip, only: block.only ?? [] } },
    ...block.after.flatMap((extra, i) => ('procedure' in extra ? [{ at: `after[${i}].`, procedure: extra.procedure, named: { skip: extra.skip } }] : [])),
  ];
  for (const range of ranges) {
    const procedure = context.procedures.find((p) => p.id === range.procedure);
    if (!procedure) {
      issues.push({ entry, field: `${range.at}procedure`, message: `không có quy trình "${range.procedure}" (có: ${procedureIds})` });
      continue;
    }
    for (const [name, ids] of Object.entries(range.named)) {
      ids.forEach((id, i) => {
        if (!procedure.steps.some((s) => s.id === id)) {
          issues.push({ entry, field: `${range.at}${name}[${i}]`, message: `quy trình "${procedure.id}" không có bước "${id}" (có: ${list(procedure.steps.map((s) => s.id))})` });
        }
      });
    }
  }
  block.after.forEach((extra, i) => {
    if ('step' in extra && !findStep(context.procedures, extra.step)) {
      issues.push({ entry, field: `after[${i}].step`, message: `không có bước "${extra.step}" trong content/procedures/` });
    }
  });
  if (issues.length > 0) return issues;

  const main = context.procedures.find((p) => p.id === block.procedure);
  if (main && shownSteps(main, block).length === 0) {
    issues.push({ entry, field: 'phases', message: `quy trình "${block.procedure}" không còn bước nào để đưa vào mẫu` });
  }
  const entries = blockEntries(block, context.procedures);
  const shown = new Set(entries.flatMap((e) => ('step' in e ? [e.step.id] : [])));
  for (const stepId of Object.keys(block.steps)) {
    if (shown.has(stepId)) continue;
    const owner = findStep(context.procedures, stepId)?.procedure;
    const message = owner
      ? `bước "${stepId}" không có trong mẫu: nó không thuộc các giai đoạn đã chọn, bị bỏ qua (skip), hoặc thuộc quy trình khác`
      : `quy trình "${block.procedure}" không có bước "${stepId}" (có: ${list(context.procedures.find((p) => p.id === block.procedure)?.steps.map((s) => s.id) ?? [])})`;
    issues.push({ entry, field: `steps.${stepId}`, message });
  }

  const timed = Boolean(block.columns?.includes('time'));
  const minutes = entries.map((e) => ({ field: `${e.field}.minutes`, value: 'step' in e ? e.extra.minutes : e.own.minutes }));
  for (const item of minutes) {
    if (timed && item.value === undefined) issues.push({ entry, field: item.field, message: 'chương trình có cột thời gian: mục này cần số phút (minutes)' });
    if (!timed && item.value !== undefined) issues.push({ entry, field: item.field, message: 'số phút chỉ dùng cho bảng có cột thời gian (columns: time)' });
  }
  if (block.duration) {
    const { rule: ruleId, figure } = block.duration;
    const rule = context.rules.find((r) => r.id === ruleId);
    const least = rule?.figures[figure];
    if (!rule) issues.push({ entry, field: 'duration.rule', message: `không có quy định "${ruleId}" trong content/rules.yaml` });
    else if (least === undefined) {
      issues.push({ entry, field: 'duration.figure', message: `quy định "${ruleId}" không có số "${figure}" (có: ${list(Object.keys(rule.figures))})` });
    } else {
      const total = minutes.reduce((sum, item) => sum + (item.value ?? 0), 0);
      if (total < least) {
        issues.push({ entry, field: 'duration', message: `các mục cộng lại ${total} phút, ít hơn ${least} phút theo quy định "${rule.title}"` });
      }
    }
  }
  return issues;
}
