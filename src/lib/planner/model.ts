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
import { href, procedurePage } from '../routes';
import { shownSources, type SourceData } from '../sources';
import { planKinds, type AgendaItem, type Anchor, type PlanKind, type PlanTask, type Timing } from './plan';

/** The rule that gives a meeting's least duration. */
export const DURATION_RULE = 'thoi-luong';
/** The names of its figures: minutes for one kind of meeting, and for both held in one session. */
export const DURATION_FIGURES = ['moi-buoi', 'ket-hop'] as const;
/** The rule that lists the 12-HD quality criteria. */
export const CRITERIA_RULE = 'tieu-chi-chat-luong';

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

/** An item of the meeting as the page shows it. */
export interface ModelAgendaItem extends AgendaItem, Linked {}

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
export interface PlanSources {
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
  const tasks: ModelTask[] = [];
  const agenda: ModelAgendaItem[] = [];
  for (const procedure of planned) {
    for (const step of procedure.steps) {
      if (step.phase === 'tien-hanh') {
        const minutes = sources.planner.minutes.find((m) => m.step === step.id)?.minutes;
        if (minutes === undefined) throw new Error(`Bước "${step.id}" chưa có số phút trong content/planner.yaml`);
        agenda.push({ id: step.id, meeting: procedure.meeting, minutes, ...linked(procedure, step) });
      } else {
        tasks.push({ id: step.id, meeting: procedure.meeting, phase: step.phase, timing: timing(step, sources.planner), ...linked(procedure, step) });
      }
    }
  }

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
  const kinds = Object.keys(planKinds) as PlanKind[];
  const ids = [...new Set(kinds.flatMap((kind) => sources.planner.papers[kind] ?? []))];
  const papers = ids.map((id) => {
    const template = sources.templates.find((t) => t.id === id);
    if (!template) throw new Error(`content/planner.yaml: không có mẫu "${id}"`);
    return { id, title: template.title, kinds: kinds.filter((kind) => sources.planner.papers[kind]?.includes(id)) };
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
