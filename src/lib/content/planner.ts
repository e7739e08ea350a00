/**
 * Cross-checks content/planner.yaml against the procedures and templates: every step the planner dates
 * has exactly one time (its source's `due`, or a default here), every default names a step of the
 * right kind, each kind's papers are templates its steps name, with an agenda among them, and a
 * paper dated by a step is one that step names. So a new step in content/procedures/ stops the build
 * until it is given a time, and the planner never dates a step twice.
 */
import type { Procedure } from '../../schemas/procedure';
import type { Planner } from '../../schemas/planner';
import type { Rule } from '../../schemas/rule';
import type { Template } from '../../schemas/template';
import { DURATION_RULE, DURATION_FIGURES } from '../planner/model';
import { planKinds, type PlanKind } from '../planner/plan';

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
    if (step.phase === 'tien-hanh') return add(entry, 'step', `bước "${o.step}" diễn ra trong buổi sinh hoạt; số phút của nó ghi ở mẫu chương trình`);
    if (step.due) add(entry, 'step', `bước "${o.step}" đã có thời hạn theo nguồn (due) trong content/procedures/${procedure.id}.yaml; không đặt thêm số ngày gợi ý`);
    if (step.phase === 'sau' && o.daysAfter === undefined) add(entry, 'daysAfter', `bước "${o.step}" diễn ra sau buổi sinh hoạt: dùng daysAfter`);
    if (step.phase === 'chuan-bi' && o.daysBefore === undefined) add(entry, 'daysBefore', `bước "${o.step}" là bước chuẩn bị: dùng daysBefore`);
    if (o.from === 'ky-thuong-ky-truoc' && procedure.meeting !== 'chuyen-de') {
      add(entry, 'from', 'chỉ bước chuẩn bị sinh hoạt chuyên đề mới tính từ kỳ sinh hoạt thường kỳ tháng trước');
    }
  });

  for (const [id, { step, procedure }] of steps) {
    if (step.phase !== 'tien-hanh' && !step.due && !offsets.has(id)) {
      add('offsets', 'step', `bước "${id}" (content/procedures/${procedure.id}.yaml) không có thời hạn (due) và chưa có số ngày gợi ý: thêm vào offsets`);
    }
  }

  // Each kind's papers: templates that exist, named by a step of that kind of meeting, an agenda first among them.
  const byId = new Map(templates.map((t) => [t.id, t]));
  for (const kind of Object.keys(planKinds) as PlanKind[]) {
    const papers = planner.papers[kind] ?? [];
    const named = new Set(planned.filter((p) => planKinds[kind].includes(p.meeting)).flatMap((p) => p.steps.flatMap((s) => s.papers)));
    papers.forEach((id, index) => {
      const entry = `papers.${kind}[${index}]`;
      if (!byId.has(id)) add(entry, 'papers', `không có mẫu "${id}" trong content/templates/`);
      else if (!named.has(id)) add(entry, 'papers', `mẫu "${id}" không có trong papers của bước nào thuộc loại buổi sinh hoạt này (content/procedures/)`);
      if (papers.indexOf(id) !== index) add(entry, 'papers', `mẫu "${id}" đã có ở papers.${kind}[${papers.indexOf(id)}]`);
    });
    if (!papers.some((id) => byId.get(id)?.kind === 'chuong-trinh')) {
      add(`papers.${kind}`, 'papers', 'cần một mẫu chương trình (kind: chuong-trinh): các mục và số phút của buổi sinh hoạt lấy từ đó');
    }
  }
  for (const [paper, stepId] of Object.entries(planner.paperDates)) {
    const entry = `paperDates.${paper}`;
    const template = byId.get(paper);
    const step = steps.get(stepId)?.step;
    if (!template) add(entry, 'paperDates', `không có mẫu "${paper}" trong content/templates/`);
    else if (template.date === 'ngay') add(entry, 'paperDates', `mẫu "${paper}" ghi ngày sinh hoạt (date: ngay), không có ngày riêng để lấy từ một bước`);
    if (!step || step.phase === 'tien-hanh') add(entry, 'paperDates', `không có việc "${stepId}" (bước chuẩn bị hoặc sau buổi sinh hoạt) để lấy ngày`);
    else if (!step.papers.includes(paper)) add(entry, 'paperDates', `bước "${stepId}" không nêu mẫu "${paper}" trong papers của mình`);
  }

  const rule = rules.find((r) => r.id === DURATION_RULE);
  for (const name of DURATION_FIGURES) {
    if (!rule?.figures[name]) add(DURATION_RULE, `figures.${name}`, `quy định "${DURATION_RULE}" cần giá trị ${name} (số phút tối thiểu) để trang lập kế hoạch cộng thời gian`, 'rules.yaml');
  }
  return issues;
}
