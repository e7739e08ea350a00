/**
 * Template lines with placeholders ("Địa điểm: {dia-diem}.") turned into runs of text and values.
 * Pure: the build checks templates with it, and the resolved runs go to the browser as JSON.
 */
import type { TemplateField } from '../../schemas/template';
import { fieldOrder } from './fields';
import type { ValuePart } from './values';

/** A value in a line: a field (or "_", always blank), which part of it, and whether a blank runs to the end of the line. */
export interface ValueRun {
  f: TemplateField | '_';
  p?: ValuePart;
  /** True when nothing but punctuation follows: a blank value becomes a dotted line to the margin. */
  end?: true;
}

/** A piece of a line: plain text or a value. */
export type Run = string | ValueRun;

/** Placeholders that stand for several runs, or for a part of a field. */
const macros: Record<string, Run[]> = {
  ngay: ['ngày ', { f: 'ngay', p: 'day' }, ' tháng ', { f: 'ngay', p: 'month' }, ' năm ', { f: 'ngay', p: 'year' }],
  gio: [{ f: 'gio', p: 'hour' }, ' giờ ', { f: 'gio', p: 'minute' }, ' phút'],
  thang: [{ f: 'ngay', p: 'month' }],
  nam: [{ f: 'ngay', p: 'year' }],
  _: [{ f: '_' }],
};

/** Every placeholder a template may use, for messages. */
export const placeholderNames: readonly string[] = [...fieldOrder, 'thang', 'nam', '_'];

const known = new Set<string>(fieldOrder);
// Only ending punctuation may follow a blank that runs to the margin ("Địa điểm: {dia-diem}.").
const trailing = /^[\s.,:;]*$/u;

/** Splits a line into runs; `unknown` lists placeholders that are neither fields nor macros. */
export function parseLine(line: string): { runs: Run[]; unknown: string[] } {
  const runs: Run[] = [];
  const unknown: string[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let last = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match.index > last) runs.push(line.slice(last, match.index));
    const name = match[1].trim();
    if (macros[name]) runs.push(...macros[name].map((r) => (typeof r === 'string' ? r : { ...r })));
    else if (known.has(name)) runs.push({ f: name as TemplateField });
    else {
      unknown.push(name);
      runs.push(match[0]);
    }
    last = pattern.lastIndex;
  }
  if (last < line.length) runs.push(line.slice(last));

  // Mark the last value when only ending punctuation follows it; parts of a date or time stay short.
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    if (typeof run === 'string') {
      if (!trailing.test(run)) break;
      continue;
    }
    if (!run.p) run.end = true;
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
