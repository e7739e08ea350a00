import type { TemplateField } from '../../schemas/template';

/** How a field is typed on the page. */
export type FieldInput = 'text' | 'textarea' | 'count' | 'date' | 'time' | 'topic';

/** The groups the form is split into, each a fieldset. */
export type FieldGroup = 'dau-van-ban' | 'buoi-sinh-hoat' | 'dang-vien';

/** One field of the form. */
export interface FieldDef {
  /** Label shown beside the control. */
  label: string;
  /** Help under the label, or none. */
  hint?: string;
  /** Kind of control. */
  input: FieldInput;
  /** Fieldset it belongs to. */
  group: FieldGroup;
}

/** Legends of the form's fieldsets, in order. */
export const fieldGroups: Record<FieldGroup, string> = {
  'dau-van-ban': 'Đầu văn bản',
  'buoi-sinh-hoat': 'Buổi sinh hoạt',
  'dang-vien': 'Đảng viên và khách mời',
};

/** Every field, in the order the form shows them. */
export const fields: Record<TemplateField, FieldDef> = {
  'dang-bo': {
    label: 'Đảng bộ cấp trên',
    hint: 'Ví dụ: Đảng bộ xã Nghi Tân. Ghi ở góc trên bên trái, chữ in hoa.',
    input: 'text',
    group: 'dau-van-ban',
  },
  'chi-bo': {
    label: 'Chi bộ',
    hint: 'Ví dụ: Chi bộ thôn Tân Thành.',
    input: 'text',
    group: 'dau-van-ban',
  },
  'dia-danh': {
    label: 'Địa danh ghi trước ngày tháng',
    hint: 'Tên xã, phường hoặc tỉnh nơi chi bộ đóng, ví dụ: Nghi Tân.',
    input: 'text',
    group: 'dau-van-ban',
  },
  ngay: { label: 'Ngày sinh hoạt', input: 'date', group: 'buoi-sinh-hoat' },
  gio: { label: 'Giờ bắt đầu', input: 'time', group: 'buoi-sinh-hoat' },
  'dia-diem': {
    label: 'Địa điểm sinh hoạt',
    hint: 'Ví dụ: Nhà văn hóa thôn Tân Thành.',
    input: 'text',
    group: 'buoi-sinh-hoat',
  },
  'chuyen-de': { label: 'Chuyên đề', input: 'topic', group: 'buoi-sinh-hoat' },
  'chu-tri': { label: 'Chủ trì (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'thu-ky': { label: 'Thư ký (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'bi-thu': {
    label: 'Bí thư chi bộ (họ và tên)',
    hint: 'Người ký thay mặt chi bộ.',
    input: 'text',
    group: 'buoi-sinh-hoat',
  },
  'nguoi-de-dan': { label: 'Người trình bày đề dẫn (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'nguoi-tham-luan': { label: 'Người tham luận (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'tong-so': { label: 'Tổng số đảng viên của chi bộ', input: 'count', group: 'dang-vien' },
  'chinh-thuc': { label: 'Trong đó: đảng viên chính thức', input: 'count', group: 'dang-vien' },
  'du-bi': { label: 'Trong đó: đảng viên dự bị', input: 'count', group: 'dang-vien' },
  mien: { label: 'Số đảng viên được miễn sinh hoạt', input: 'count', group: 'dang-vien' },
  'co-mat': { label: 'Số đảng viên có mặt', input: 'count', group: 'dang-vien' },
  'vang-co-ly-do': { label: 'Số vắng mặt có lý do', input: 'count', group: 'dang-vien' },
  'ds-vang-co-ly-do': {
    label: 'Họ tên và lý do của người vắng có lý do',
    hint: 'Mỗi người một dòng.',
    input: 'textarea',
    group: 'dang-vien',
  },
  'vang-khong-ly-do': { label: 'Số vắng mặt không lý do', input: 'count', group: 'dang-vien' },
  'ds-vang-khong-ly-do': {
    label: 'Họ tên người vắng không lý do',
    hint: 'Mỗi người một dòng.',
    input: 'textarea',
    group: 'dang-vien',
  },
  'khach-moi': {
    label: 'Đại biểu, khách mời',
    hint: 'Họ tên, chức vụ; mỗi người một dòng.',
    input: 'textarea',
    group: 'dang-vien',
  },
};

/** Every field id, in the form's order. */
export const fieldOrder = Object.keys(fields) as TemplateField[];

/** Name of the free-text control beside the topic list; when filled it wins over the list. */
export const topicOtherName = 'chuyen-de-khac';
