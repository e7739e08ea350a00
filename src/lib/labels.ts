import type { Actor, MeetingKind, Phase } from '../schemas/procedure';

/** Vietnamese names of the people who carry out steps. */
export const actorLabels: Record<Actor, string> = {
  'bi-thu': 'Bí thư chi bộ',
  'chi-uy': 'Chi ủy',
  'chu-tri': 'Chủ trì',
  'thu-ky': 'Thư ký',
  'nguoi-duoc-phan-cong': 'Người được phân công',
  'dang-vien': 'Đảng viên',
  'dai-bieu-cap-tren': 'Đại biểu cấp trên',
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

/** "Chi ủy, Đảng viên" for a list of actors. */
export function actorList(actors: readonly Actor[]): string {
  return actors.map((a) => actorLabels[a]).join(', ');
}
