import type { Actor, Due, MeetingKind, Phase, Step } from '../schemas/procedure';
import { capitalize } from './text';

/** Vietnamese names of the people who carry out steps, as they read inside a sentence. */
export const actorLabels: Record<Actor, string> = {
  'bi-thu': 'bí thư chi bộ',
  'pho-bi-thu': 'phó bí thư',
  'chi-uy': 'chi ủy',
  'chi-uy-vien': 'chi ủy viên',
  'chu-tri': 'chủ trì',
  'thu-ky': 'thư ký',
  'nguoi-duoc-phan-cong': 'người được phân công',
  'dang-vien': 'đảng viên',
  'dai-bieu-cap-tren': 'đại biểu cấp trên',
};

/** Vietnamese names of the phases of a meeting. */
export const phaseLabels: Record<Phase, string> = {
  'chuan-bi': 'Chuẩn bị',
  'tien-hanh': 'Tiến hành',
  sau: 'Sau buổi sinh hoạt',
};

/** Vietnamese names of the kinds of meeting. */
export const meetingLabels: Record<MeetingKind, string> = {
  'thuong-ky': 'Sinh hoạt thường kỳ',
  'chuyen-de': 'Sinh hoạt chuyên đề',
};

/** "Chi ủy, đảng viên" for a list of actors: only the first word in capitals. */
export function actorList(actors: readonly Actor[]): string {
  return capitalize(actors.map((a) => actorLabels[a]).join(', '));
}

/** Words that mark who the handbook suggests where the source names no one. */
export const suggestedActorsLabel = 'gợi ý của sổ tay';

/**
 * Who carries out a step, in one line: those its source names, then those the handbook suggests,
 * marked as such ("Đảng viên; gợi ý của sổ tay: chủ trì", "Gợi ý của sổ tay: chủ trì").
 */
export function stepActors(step: Pick<Step, 'actors' | 'suggestedActors'>): string {
  const named = step.actors.map((a) => actorLabels[a]).join(', ');
  const suggested = step.suggestedActors.map((a) => actorLabels[a]).join(', ');
  if (!suggested) return capitalize(named);
  return capitalize(named ? `${named}; ${suggestedActorsLabel}: ${suggested}` : `${suggestedActorsLabel}: ${suggested}`);
}

/** When a step is due, in words: "ít nhất 1 ngày trước buổi sinh hoạt", "tại kỳ sinh hoạt thường kỳ tháng trước". */
export function dueText(due: Due): string {
  if ('daysBefore' in due) return due.daysBefore === 0 ? 'trong ngày sinh hoạt' : `ít nhất ${due.daysBefore} ngày trước buổi sinh hoạt`;
  return 'tại kỳ sinh hoạt thường kỳ của chi bộ tháng trước';
}
