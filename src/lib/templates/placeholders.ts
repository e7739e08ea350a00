/**
 * Template lines with placeholders ("Địa điểm: {dia-diem}.") turned into runs of text and values.
 * Pure: the build checks templates with it, and the resolved runs go to the browser as JSON.
 */
import type { TemplateField } from '../../schemas/template';
import { fieldOrder, fields } from './fields';
import type { ValuePart } from './values';

/** A value in a line: a field (or "_", always blank), which part of it, and whether a blank runs to the end of the line. */
export interface ValueRun {
  f: TemplateField | '_';
  p?: ValuePart;
  /** With part "clock": minutes after the time the field holds ("14h10" for 14:00 and 10). */
  at?: number;
  /** True when nothing but punctuation follows: a blank value becomes a dotted line to the margin. */
  end?: true;
  /** What the value shows while empty, when that is not "……" ("ĐẢNG BỘ ……", "Cấp ủy cấp trên trực tiếp"). */
  blank?: string;
}

/** A piece of a line: plain text or a value. */
export type Run = string | ValueRun;

/** A date field written out: "ngày 03 tháng 12 năm 2026". */
const dateRuns = (f: TemplateField): Run[] => ['ngày ', { f, p: 'day' }, ' tháng ', { f, p: 'month' }, ' năm ', { f, p: 'year' }];

/** A time field written out: "14 giờ 00 phút". */
const timeRuns = (f: TemplateField): Run[] => [{ f, p: 'hour' }, ' giờ ', { f, p: 'minute' }, ' phút'];

/** Placeholders that stand for a part of a field, or for a blank. Date and time fields are written out in full. */
const macros: Record<string, Run[]> = {
  thang: [{ f: 'ngay', p: 'month' }],
  nam: [{ f: 'ngay', p: 'year' }],
  _: [{ f: '_' }],
};

/** The runs a placeholder stands for, or undefined when it is not one. */
function expand(name: string): Run[] | undefined {
  if (macros[name]) return macros[name].map((r) => (typeof r === 'string' ? r : { ...r }));
  if (!known.has(name)) return undefined;
  const field = name as TemplateField;
  if (fields[field].input === 'date') return dateRuns(field);
  if (fields[field].input === 'time') return timeRuns(field);
  return [{ f: field }];
}

/** Every placeholder a template may use, for messages. */
export const placeholderNames: readonly string[] = [...fieldOrder, 'thang', 'nam', '_'];

const known = new Set<string>(fieldOrder);
// Only ending punctuation may follow a blank that runs to the margin ("Địa điểm: {dia-diem}.").
const trailing = /^[\s.,:;]*$/u;

/**
 * Splits a line into runs; `unknown` lists placeholders that are neither fields nor macros (nor a
 * field with words for its blank, "{field|words}").
 */
export function parseLine(line: string): { runs: Run[]; unknown: string[] } {
  const runs: Run[] = [];
  const unknown: string[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let last = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match.index > last) runs.push(line.slice(last, match.index));
    // "{cap-uy-cap-tren|Cấp ủy cấp trên trực tiếp}": a field, and the words it shows while empty.
    const [name, blank] = match[1].split('|').map((part) => part.trim());
    const expanded = expand(name);
    if (expanded && blank !== undefined && expanded.length === 1 && typeof expanded[0] !== 'string') runs.push({ ...expanded[0], blank });
    else if (expanded && blank === undefined) runs.push(...expanded);
    else {
      unknown.push(match[1].trim());
      runs.push(match[0]);
    }
    last = pattern.lastIndex;
  }
  if (last < line.length) runs.push(line.slice(last));

  // Mark the last value when only ending punctuation follows it; parts of a date or time, and values
  // with words of their own for the blank, stay short.
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    if (typeof run === 'string') {
      if (!trailing.test(run)) break;
      continue;
    }
    if (!run.p && run.blank === undefined) run.end = true;
    break;
  }
  return { runs: mergeText(runs), unknown };
}

/** Joins neighbouring text runs. */
function mergeText(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (typeof run === 'string' && typeof prev === 'string') out[out.length - 1] = prev + run;
    else if (run !== '') out.push(run);
  }
  return out;
}

/** The fields a list of runs uses. */
export function runFields(runs: readonly Run[]): TemplateField[] {
  return runs.flatMap((r) => (typeof r !== 'string' && r.f !== '_' ? [r.f] : []));
}
