/**
 * Cross-checks content/planner.yaml against the procedures: every step the planner dates has exactly
 * one time (its source's `due`, or a default here), every item of a meeting has default minutes, and
 * every default names a step of the right kind. So a new step in content/procedures/ stops the build
 * until it is given a time, and the planner never dates a step twice.
 */
import type { Procedure } from '../../schemas/procedure';
import type { Planner } from '../../schemas/planner';
import type { Rule } from '../../schemas/rule';
import type { Template } from '../../schemas/template';
import { DURATION_RULE, DURATION_FIGURES } from '../planner/model';

/** A problem in content/planner.yaml (or in the rule the planner reads): entry, field, what is wrong. */
export interface PlannerIssue {
  /** The file under content/ ("planner.yaml", "rules.yaml"). */
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Every problem, or none. */
export function checkPlanner(planner: Planner, procedures: readonly Procedure[], rules: readonly Rule[], templates: readonly Template[]): PlannerIssue[] {
  const issues: PlannerIssue[] = [];
  const add = (entry: string, field: string, message: string, file = 'planner.yaml'): void => {
    issues.push({ file, entry, field, message });
  };
  // Example procedures (one cell's practice) are not planned.
  const planned = procedures.filter((p) => !p.example);
  const steps = new Map(planned.flatMap((p) => p.steps.map((s) => [s.id, { step: s, procedure: p }] as const)));

  const offsets = new Map<string, number>();
  planner.offsets.forEach((o, index) => {
    const entry = `offsets[${index}] (step: ${o.step})`;
    const found = steps.get(o.step);
    if (offsets.has(o.step)) add(entry, 'step', `bước "${o.step}" đã có số ngày ở offsets[${offsets.get(o.step)}]`);
    offsets.set(o.step, index);
    if (!found) return add(entry, 'step', `không có bước "${o.step}" trong một quy trình (không phải ví dụ) của content/procedures/`);
    const { step, procedure } = found;
    if (step.phase === 'tien-hanh') return add(entry, 'step', `bước "${o.step}" diễn ra trong buổi sinh hoạt; số phút của nó ghi ở minutes`);
    if (step.due) add(entry, 'step', `bước "${o.step}" đã có thời hạn theo nguồn (due) trong content/procedures/${procedure.id}.yaml; không đặt thêm số ngày gợi ý`);
    if (step.phase === 'sau' && o.daysAfter === undefined) add(entry, 'daysAfter', `bước "${o.step}" diễn ra sau buổi sinh hoạt: dùng daysAfter`);
    if (step.phase === 'chuan-bi' && o.daysBefore === undefined) add(entry, 'daysBefore', `bước "${o.step}" là bước chuẩn bị: dùng daysBefore`);
    if (o.from === 'ky-thuong-ky-truoc' && procedure.meeting !== 'chuyen-de') {
      add(entry, 'from', 'chỉ bước chuẩn bị sinh hoạt chuyên đề mới tính từ kỳ sinh hoạt thường kỳ tháng trước');
    }
  });

  const minutes = new Map<string, number>();
  planner.minutes.forEach((m, index) => {
    const entry = `minutes[${index}] (step: ${m.step})`;
    if (minutes.has(m.step)) add(entry, 'step', `bước "${m.step}" đã có số phút ở minutes[${minutes.get(m.step)}]`);
    minutes.set(m.step, index);
    const found = steps.get(m.step);
    if (!found) add(entry, 'step', `không có bước "${m.step}" trong một quy trình (không phải ví dụ) của content/procedures/`);
    else if (found.step.phase !== 'tien-hanh') add(entry, 'step', `bước "${m.step}" không diễn ra trong buổi sinh hoạt; số ngày của nó ghi ở offsets`);
  });

  for (const [id, { step, procedure }] of steps) {
    if (step.phase === 'tien-hanh' && !minutes.has(id)) {
      add('minutes', 'step', `bước "${id}" (content/procedures/${procedure.id}.yaml) chưa có số phút gợi ý: thêm { step: ${id}, minutes: …, source: so-tay }`);
    }
    if (step.phase !== 'tien-hanh' && !step.due && !offsets.has(id)) {
      add('offsets', 'step', `bước "${id}" (content/procedures/${procedure.id}.yaml) không có thời hạn (due) và chưa có số ngày gợi ý: thêm vào offsets`);
    }
  }

  const templateIds = new Set(templates.map((t) => t.id));
  for (const [kind, papers] of Object.entries(planner.papers)) {
    papers.forEach((id, index) => {
      if (!templateIds.has(id)) add(`papers.${kind}[${index}]`, 'papers', `không có mẫu "${id}" trong content/templates/`);
      if (papers.indexOf(id) !== index) add(`papers.${kind}[${index}]`, 'papers', `mẫu "${id}" đã có ở papers.${kind}[${papers.indexOf(id)}]`);
    });
  }

  const rule = rules.find((r) => r.id === DURATION_RULE);
  for (const name of DURATION_FIGURES) {
    if (!rule?.figures[name]) add(DURATION_RULE, `figures.${name}`, `quy định "${DURATION_RULE}" cần giá trị ${name} (số phút tối thiểu) để trang lập kế hoạch cộng thời gian`, 'rules.yaml');
  }
  return issues;
}
