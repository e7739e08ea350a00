/**
 * The planner's model, built from content/ at build time: the tasks each kind of meeting has (the
 * preparation and after-the-meeting steps of the procedures, dated by their source's `due` or by the
 * handbook's default), the items of the meeting with default minutes, the minimum duration, the
 * self-review points and the papers. Nothing here is written for the planner: a step renamed in
 * content/procedures/ is renamed in the plan, its papers and its calendar.
 */
import type { Example } from '../../schemas/example';
import type { Planner } from '../../schemas/planner';
import type { Procedure, Step } from '../../schemas/procedure';
import type { Rule } from '../../schemas/rule';
import type { Template } from '../../schemas/template';
import { meetingLabels } from '../labels';
import { href, procedurePage } from '../routes';
import { shownSources, type SourceData } from '../sources';
import { findStep, resolveTemplate, type TemplateData } from '../templates/resolve';
import { agendaItems } from './agenda';
import { planKinds, type AgendaItem, type Anchor, type PlanKind, type PlanTask, type Timing } from './plan';

/** The rule that gives a meeting's least duration. */
export const DURATION_RULE = 'thoi-luong';
/** The names of its figures: minutes for one kind of meeting, and for both held in one session. */
export const DURATION_FIGURES = ['moi-buoi', 'ket-hop'] as const;
/** The rule that lists the 12-HD quality criteria. */
export const CRITERIA_RULE = 'tieu-chi-chat-luong';

/** The names of the kinds of plan, as the page offers them. */
export const planKindLabels: Record<PlanKind, string> = { ...meetingLabels, 'ket-hop': 'Thường kỳ và chuyên đề trong cùng một buổi' };

/** Where a step is explained: its page (route path) and anchor. */
interface Linked {
  title: string;
  /** Route path of the page that shows the step. */
  page: string;
  /** The step's anchor on that page (its id). */
  anchor: string;
  /** Source ids of the step. */
  source: string[];
}

/** A task as the page shows it. */
export interface ModelTask extends PlanTask, Linked {
  phase: 'chuan-bi' | 'sau';
}

/** An item of the meeting as the page shows it: a step of a procedure (linked), or an item of the agenda's own. */
export interface ModelAgendaItem extends AgendaItem {
  title: string;
  /** Where the step is explained, when the item is a step. */
  page?: string;
  anchor?: string;
}

/** One point of the self-review. */
export interface ReviewPoint {
  /** Stable within the plan file: "<group>-<n>". */
  id: string;
  text: string;
}

/** A group of self-review points with where they come from. */
export interface ReviewGroup {
  id: string;
  title: string;
  source: string[];
  note?: string;
  points: ReviewPoint[];
}

/** A paper the plan fills, and the kinds of plan that fill it. */
export interface ModelPaper {
  id: string;
  title: string;
  kinds: PlanKind[];
  /** The paper's own date field, and the task whose date fills it when not the meeting's (content/planner.yaml paperDates). */
  date?: { field: string; task: string };
  /** True for an agenda: the plan's minutes go into its time column. */
  agenda?: true;
}

/** Everything the planner page is drawn from. */
export interface PlanModel {
  tasks: ModelTask[];
  agenda: ModelAgendaItem[];
  minimum: { single: number; combined: number };
  review: ReviewGroup[];
  papers: ModelPaper[];
}

/** What the model is built from. */
export interface PlanSources extends TemplateData {
  procedures: readonly Procedure[];
  planner: Planner;
  rules: readonly Rule[];
  examples: readonly Example[];
  templates: readonly Template[];
}

const linked = (procedure: Procedure, step: Step): Linked => ({
  title: step.title,
  page: procedurePage(procedure.id).path,
  anchor: step.id,
  source: step.source,
});

/** A step's timing: its source's `due`, else the handbook's default; throws on neither (the loader reports it first). */
function timing(step: Step, planner: Planner): Timing {
  if (step.due) {
    if ('daysBefore' in step.due) return { from: 'hop', days: -step.due.daysBefore, suggested: false };
    return { from: 'hop-truoc', days: 0, suggested: false };
  }
  const offset = planner.offsets.find((o) => o.step === step.id);
  if (!offset) throw new Error(`Bước "${step.id}" không có thời hạn (due) cũng không có số ngày trong content/planner.yaml`);
  const from: Anchor = offset.from === 'ky-thuong-ky-truoc' ? 'hop-truoc' : 'hop';
  return { from, days: offset.daysAfter ?? -(offset.daysBefore ?? 0), suggested: true };
}

/** The model of every kind of plan, from the loaded handbook. */
export function buildPlanModel(sources: PlanSources): PlanModel {
  // Example procedures are one cell's practice, not a plan for every cell.
  const planned = sources.procedures.filter((p) => !p.example);
  const tasks: ModelTask[] = planned.flatMap((procedure) =>
    procedure.steps.flatMap((step) =>
      step.phase === 'tien-hanh' ? [] : [{ id: step.id, meeting: procedure.meeting, phase: step.phase, timing: timing(step, sources.planner), ...linked(procedure, step) }],
    ),
  );

  // The meeting's items and their minutes: those of each kind's agenda paper.
  const kinds = Object.keys(planKinds) as PlanKind[];
  const agenda: ModelAgendaItem[] = kinds.flatMap((kind) => {
    const template = (sources.planner.papers[kind] ?? []).map((id) => sources.templates.find((t) => t.id === id)).find((t) => t?.kind === 'chuong-trinh');
    if (!template) throw new Error(`content/planner.yaml: papers.${kind} cần một mẫu chương trình`);
    return agendaItems(resolveTemplate(template, sources)).map(({ key, item }) => {
      const found = item.id ? findStep(sources.procedures, item.id) : undefined;
      const link = found ? { page: procedurePage(found.procedure.id).path, anchor: found.step.id } : {};
      return { id: key, kind, title: item.title, minutes: item.minutes ?? 0, ...link };
    });
  });

  const duration = sources.rules.find((r) => r.id === DURATION_RULE);
  const [single, combined] = DURATION_FIGURES.map((name) => duration?.figures[name]);
  if (!single || !combined) throw new Error(`Quy định "${DURATION_RULE}" cần figures ${DURATION_FIGURES.join(', ')}`);

  const review: ReviewGroup[] = sources.examples
    .filter((e) => e.assessment.length > 0)
    .map((e) => ({
      id: e.id,
      title: `Những điểm cấp ủy cấp trên nhận xét ${e.what} của ${e.body}`,
      source: [e.id],
      points: e.assessment.map((text, i) => ({ id: `${e.id}-${i + 1}`, text })),
    }));
  const criteria = sources.rules.find((r) => r.id === CRITERIA_RULE);
  if (criteria) {
    review.push({
      id: criteria.id,
      title: criteria.title,
      source: criteria.source,
      note: criteria.note,
      points: criteria.items.map((text, i) => ({ id: `${criteria.id}-${i + 1}`, text })),
    });
  }

  // In the order the plans use them: each kind's list, then what a later kind adds.
  const ids = [...new Set(kinds.flatMap((kind) => sources.planner.papers[kind] ?? []))];
  const papers = ids.map((id) => {
    const template = sources.templates.find((t) => t.id === id);
    if (!template) throw new Error(`content/planner.yaml: không có mẫu "${id}"`);
    const task = sources.planner.paperDates[id];
    return {
      id,
      title: template.title,
      kinds: kinds.filter((kind) => sources.planner.papers[kind]?.includes(id)),
      ...(task ? { date: { field: template.date, task } } : {}),
      ...(template.kind === 'chuong-trinh' ? { agenda: true as const } : {}),
    };
  });
  return { tasks, agenda, minimum: { single, combined }, review, papers };
}

/** A self-review group as the page draws it once the planner runs: its sources as labels with links. */
export interface ShownReviewGroup extends Omit<ReviewGroup, 'source'> {
  sources: Array<{ label: string; href: string }>;
}

/** The self-review as the planner fetches it (ke-hoach/rut-kinh-nghiem.json): labels and links made at build time. */
export function shownReview(groups: readonly ReviewGroup[], data: SourceData): ShownReviewGroup[] {
  return groups.map(({ source, ...group }) => ({
    ...group,
    // After the first, a label reads on in lower case ("Theo Hướng dẫn 12-HD/BTCTW; theo Điều lệ Đảng").
    sources: shownSources(source, data).map((s, i) => ({
      label: i === 0 ? s.label : s.label.charAt(0).toLocaleLowerCase('vi') + s.label.slice(1),
      href: href(s.path, s.hash),
    })),
  }));
}
