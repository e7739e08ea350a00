/**
 * Reads a plan file, or a stored plan, against the plan schema: a corrupt file, a file of another
 * kind or version, one too large or holding hostile text is refused with a message in Vietnamese
 * naming the field, and nothing else is touched. Runs in a worker (the schema's library loads only
 * when a plan is read).
 */
import { MAX_FILE_BYTES, PLAN_FORMAT } from './limits';
import { planFieldLabels } from './fields';
import { planFileSchema, type SavedPlan } from '../../schemas/plan';
import { formatKilobytes } from '../text';

/** The plan, or why it was refused. */
export type PlanReading = { ok: true; plan: SavedPlan } | { ok: false; message: string };

/** Where an issue is, in words: "Chi bộ", "Số ngày (hop-chi-uy)". */
function fieldName(path: readonly PropertyKey[]): string {
  const keys = path.filter((k) => k !== 'plan').map(String);
  if (keys.length === 0) return planFieldLabels.plan;
  const label = planFieldLabels[keys[0] as keyof typeof planFieldLabels] ?? keys[0];
  return keys.length > 1 ? `${label} (${keys.slice(1).join(', ')})` : label;
}

/** The issue in words: the schema's own Vietnamese message, or one for the library's kinds of issue. */
function issueText(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys') return `có mục không thuộc kế hoạch (${(issue.keys ?? []).join(', ')})`;
  if (issue.code === 'invalid_type') return 'thiếu, hoặc sai kiểu dữ liệu';
  return /[\u00C0-\u1EF9]/u.test(issue.message) ? issue.message : 'không hợp lệ';
}

// Keys JSON may hold that mean something to JavaScript objects; a plan file has none of them.
const hostileKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The first hostile key anywhere in parsed JSON, with its path. */
function hostileKey(data: unknown, path: string[] = []): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (hostileKeys.has(key)) return [...path, key].join('.');
    const found = hostileKey(value, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Checks parsed JSON against the plan file's shape. */
export function checkPlanData(data: unknown): PlanReading {
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== PLAN_FORMAT) {
    return { ok: false, message: 'Đây không phải tệp kế hoạch của sổ tay (thiếu dấu hiệu nhận biết ở đầu tệp).' };
  }
  const hostile = hostileKey(data);
  if (hostile) return { ok: false, message: `Tệp có chỗ không hợp lệ: mục “${hostile}” không thuộc kế hoạch.` };
  const result = planFileSchema.safeParse(data);
  if (result.success) return { ok: true, plan: result.data.plan };
  const issues = result.error.issues.slice(0, 3).map((i) => `${fieldName(i.path)}: ${issueText(i as { code: string; message: string })}`);
  const more = result.error.issues.length > 3 ? ` và ${result.error.issues.length - 3} chỗ khác` : '';
  return { ok: false, message: `Tệp có chỗ không hợp lệ: ${issues.join('; ')}${more}.` };
}

/** Reads the text of a plan file of `bytes` bytes. */
export function readPlanFile(text: string, bytes: number): PlanReading {
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, message: `Tệp quá lớn (${formatKilobytes(bytes)}); tệp kế hoạch không quá ${formatKilobytes(MAX_FILE_BYTES)}.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'Tệp hỏng: không đọc được nội dung (không phải tệp JSON của sổ tay).' };
  }
  return checkPlanData(data);
}
