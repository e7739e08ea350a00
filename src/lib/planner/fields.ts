/**
 * The plan's fields as the page names them: one label for the form, for messages about a refused
 * file, and for the printed plan.
 */
import type { SavedPlan } from '../../schemas/plan';

/** Vietnamese label of each field of a saved plan. */
export const planFieldLabels: Record<keyof SavedPlan | 'format' | 'version' | 'plan', string> = {
  format: 'Loại tệp',
  version: 'Phiên bản',
  plan: 'Kế hoạch',
  id: 'Mã kế hoạch',
  kind: 'Loại buổi sinh hoạt',
  date: 'Ngày sinh hoạt',
  time: 'Giờ bắt đầu',
  place: 'Địa điểm',
  upperBody: 'Đảng bộ cấp trên',
  cell: 'Chi bộ',
  placeName: 'Địa danh ghi trước ngày tháng',
  usualDay: 'Ngày sinh hoạt thường kỳ hằng tháng',
  previousMeeting: 'Ngày sinh hoạt thường kỳ tháng trước',
  topic: 'Chuyên đề',
  preparer: 'Người chuẩn bị nội dung hoặc đề dẫn',
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  offsets: 'Số ngày',
  minutes: 'Số phút',
  done: 'Việc đã làm',
  review: 'Rút kinh nghiệm',
  updated: 'Thời điểm sửa',
};

/** The text fields a person types, with the limit each is checked against (see ./limits.ts). */
export const planTextFields = ['place', 'upperBody', 'cell', 'placeName', 'topic', 'preparer', 'chair', 'secretary'] as const;
/** A text field a person types. */
export type PlanTextField = (typeof planTextFields)[number];
