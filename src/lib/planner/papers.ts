/**
 * What a plan fills in on the template papers: the same values the template forms take
 * (src/lib/templates/fields.ts), so every paper is built by the one Word builder.
 */
import type { SavedPlan } from '../../schemas/plan';
import type { FormValues } from '../templates/values';

/** The template form's values from a plan. */
export function paperValues(plan: SavedPlan): FormValues {
  const values: FormValues = {
    'dang-bo': plan.upperBody,
    'chi-bo': plan.cell,
    'dia-danh': plan.placeName,
    ngay: plan.date,
    gio: plan.time,
    'dia-diem': plan.place,
    'chuyen-de': plan.kind === 'thuong-ky' ? '' : plan.topic,
    'chu-tri': plan.chair,
    'thu-ky': plan.secretary,
    'nguoi-de-dan': plan.kind === 'thuong-ky' ? '' : plan.preparer,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
}

/** A downloaded file's name: "bien-ban-chuyen-de-2026-12-03.docx". */
export function fileName(stem: string, date: string, extension: string): string {
  return `${stem}-${date}.${extension}`;
}
