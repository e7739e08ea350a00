/**
 * Plans kept on the device, through the handbook's one storage helper (src/lib/storage.ts), area
 * "ke-hoach": each plan under `so-tay-chi-bo:ke-hoach:<id>` as a plan file (the same JSON "Xuất ra
 * tệp" writes), and the cell remembered for next time. The upper party body, the cell and the place
 * name are shared with the template forms (src/lib/templates/storage.ts), so they are typed once.
 * Reading a plan back goes through the plan schema (./file.ts) in a worker; nothing here throws.
 */
import type { PlanFile, SavedPlan } from '../../schemas/plan';
import { areaIds, StoredValue, storageKey, type StorageLike } from '../storage';
import { loadValues, saveValues } from '../templates/storage';
import { PLAN_FORMAT, PLAN_ID_PREFIX, PLAN_VERSION } from './limits';
/** The id of the remembered cell's own values in the area. */
export const CELL_KEY_ID = 'chi-bo';

/** A new plan id: "kh-" and base-36 time and randomness. */
export function newPlanId(now = Date.now(), random = Math.random()): string {
  return `${PLAN_ID_PREFIX}${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** The file for a plan: what is stored and what "Xuất ra tệp" writes. */
export function planFile(plan: SavedPlan): PlanFile {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, plan };
}

const planValue = (storage: StorageLike | null, id: string): StoredValue<unknown> =>
  new StoredValue<unknown>(storage, storageKey('ke-hoach', id), { parse: (data) => data ?? null });

/** The stored plans, unchecked (the plan schema checks them), by id. */
export function storedPlans(storage: StorageLike | null): Array<{ id: string; data: unknown }> {
  return areaIds(storage, 'ke-hoach', PLAN_ID_PREFIX).map((id) => ({ id, data: planValue(storage, id).read() }));
}

/** Stores a plan; false when the storage refused it (full, blocked). */
export function savePlan(storage: StorageLike | null, plan: SavedPlan): boolean {
  return planValue(storage, plan.id).write(planFile(plan));
}

/** Forgets a plan; false when the storage refused. */
export function deletePlan(storage: StorageLike | null, id: string): boolean {
  return planValue(storage, id).write(null);
}

/** The cell as remembered for the next plan. */
export interface RememberedCell {
  upperBody: string;
  cell: string;
  placeName: string;
  usualDay: number | null;
}

const dayValue = (storage: StorageLike | null): StoredValue<{ version: 1; usualDay: number }> =>
  new StoredValue(storage, storageKey('ke-hoach', CELL_KEY_ID), {
    parse: (data) => {
      const day = (data as { usualDay?: unknown } | null)?.usualDay;
      return typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 31 ? { version: 1, usualDay: day } : null;
    },
  });

/** The remembered cell: names from the template forms' values, the usual meeting day from the planner's own key. */
export function rememberedCell(storage: StorageLike | null): RememberedCell {
  const values = loadValues(storage ?? undefined);
  return {
    upperBody: values['dang-bo'] ?? '',
    cell: values['chi-bo'] ?? '',
    placeName: values['dia-danh'] ?? '',
    usualDay: dayValue(storage).read()?.usualDay ?? null,
  };
}

/** Remembers the cell for next time, keeping the template forms' other values; false when the storage refused. */
export function rememberCell(storage: StorageLike | null, cell: RememberedCell): boolean {
  const values = { ...loadValues(storage ?? undefined), 'dang-bo': cell.upperBody, 'chi-bo': cell.cell, 'dia-danh': cell.placeName };
  const names = saveValues(storage ?? undefined, values);
  const day = dayValue(storage).write(cell.usualDay ? { version: 1, usualDay: cell.usualDay } : null);
  return names && day;
}
