import type { TemplateField } from '../../schemas/template';

/** How a field is typed on the page. */
export type FieldInput = 'text' | 'textarea' | 'count' | 'number' | 'year' | 'month' | 'date' | 'time' | 'topic';

/** The groups the form is split into, each a fieldset. */
export type FieldGroup = 'dau-van-ban' | 'buoi-sinh-hoat' | 'dang-vien' | 'ke-hoach';

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
  'ke-hoach': 'Chuyên đề từng quý',
};

/** The quarters of a year, as Party papers number them. */
export const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** The three fields of each quarter of a year plan: its topic, who prepares the lead paper, the month. */
function quarterFields(): Record<`${'chuyen-de' | 'de-dan' | 'thang'}-quy-${1 | 2 | 3 | 4}`, FieldDef> {
  const group = 'ke-hoach';
  return Object.fromEntries(
    QUARTERS.flatMap((roman, index) => [
      [`chuyen-de-quy-${index + 1}`, { label: `Chuyên đề quý ${roman}`, input: 'textarea', group }],
      [`de-dan-quy-${index + 1}`, { label: `Người chuẩn bị đề dẫn quý ${roman}`, hint: 'Họ tên, chức vụ.', input: 'text', group }],
      [`thang-quy-${index + 1}`, { label: `Tháng sinh hoạt quý ${roman}`, hint: `Một tháng của quý ${roman}, ví dụ ${3 * index + 3}.`, input: 'month', group }],
    ]),
  ) as Record<`${'chuyen-de' | 'de-dan' | 'thang'}-quy-${1 | 2 | 3 | 4}`, FieldDef>;
}

/** Every field, in the order the form shows them. */
export const fields: Record<TemplateField, FieldDef> = {
  'dang-bo': {
    label: 'Đảng bộ cấp trên',
    hint: 'Ví dụ: Đảng bộ xã …. Ghi ở góc trên bên trái, chữ in hoa.',
    input: 'text',
    group: 'dau-van-ban',
  },
  'chi-bo': {
    label: 'Chi bộ',
    hint: 'Ví dụ: Chi bộ thôn …, Chi bộ cơ quan ….',
    input: 'text',
    group: 'dau-van-ban',
  },
  so: {
    label: 'Số văn bản',
    hint: 'Số thứ tự của văn bản, ví dụ 05; mỗi mẫu giữ số riêng.',
    input: 'number',
    group: 'dau-van-ban',
  },
  'dia-danh': {
    label: 'Địa danh ghi trước ngày tháng',
    hint: 'Tên xã, phường hoặc tỉnh nơi chi bộ đóng, ghi trước ngày tháng.',
    input: 'text',
    group: 'dau-van-ban',
  },
  'ngay-van-ban': {
    label: 'Ngày ghi trên văn bản',
    hint: 'Ngày ký văn bản, ghi ở góc trên bên phải.',
    input: 'date',
    group: 'dau-van-ban',
  },
  'cap-uy-cap-tren': {
    label: 'Cấp ủy cấp trên trực tiếp',
    hint: 'Ví dụ: Đảng ủy xã …, Ban Thường vụ Đảng ủy …. Ghi ở phần gửi và nơi nhận.',
    input: 'text',
    group: 'dau-van-ban',
  },
  ngay: { label: 'Ngày sinh hoạt', input: 'date', group: 'buoi-sinh-hoat' },
  gio: { label: 'Giờ bắt đầu', input: 'time', group: 'buoi-sinh-hoat' },
  'dia-diem': {
    label: 'Địa điểm sinh hoạt',
    hint: 'Ví dụ: Nhà văn hóa thôn …, Hội trường cơ quan ….',
    input: 'text',
    group: 'buoi-sinh-hoat',
  },
  'ngay-hop-chi-uy': { label: 'Ngày họp chi ủy', input: 'date', group: 'buoi-sinh-hoat' },
  'chuyen-de': { label: 'Chuyên đề', input: 'topic', group: 'buoi-sinh-hoat' },
  'noi-dung': {
    label: 'Nội dung sinh hoạt',
    hint: 'Những nội dung chính chi ủy đã thống nhất; mỗi nội dung một dòng.',
    input: 'textarea',
    group: 'buoi-sinh-hoat',
  },
  'tai-lieu': {
    label: 'Tài liệu sinh hoạt',
    hint: 'Tài liệu đảng viên cần nghiên cứu trước buổi sinh hoạt; mỗi tài liệu một dòng.',
    input: 'textarea',
    group: 'buoi-sinh-hoat',
  },
  'chu-tri': { label: 'Chủ trì (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'chuc-vu-chu-tri': { label: 'Chức vụ của người chủ trì', hint: 'Ví dụ: Bí thư chi bộ.', input: 'text', group: 'buoi-sinh-hoat' },
  'thu-ky': { label: 'Thư ký (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'chuc-vu-thu-ky': { label: 'Chức vụ của thư ký', hint: 'Ví dụ: Chi ủy viên, đảng viên.', input: 'text', group: 'buoi-sinh-hoat' },
  'bi-thu': {
    label: 'Bí thư chi bộ (họ và tên)',
    hint: 'Người ký thay mặt chi bộ.',
    input: 'text',
    group: 'buoi-sinh-hoat',
  },
  'nguoi-de-dan': { label: 'Người trình bày đề dẫn (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'nguoi-tham-luan': { label: 'Người tham luận (họ và tên)', input: 'text', group: 'buoi-sinh-hoat' },
  'chuc-vu-tham-luan': {
    label: 'Chức vụ của người tham luận',
    hint: 'Chức vụ trong chi bộ và nơi công tác, ví dụ: Chi ủy viên, Trưởng thôn.',
    input: 'text',
    group: 'buoi-sinh-hoat',
  },
  'tong-so': { label: 'Tổng số đảng viên của chi bộ', input: 'count', group: 'dang-vien' },
  'chinh-thuc': { label: 'Trong đó: đảng viên chính thức', input: 'count', group: 'dang-vien' },
  'du-bi': { label: 'Trong đó: đảng viên dự bị', input: 'count', group: 'dang-vien' },
  mien: { label: 'Số đảng viên được miễn sinh hoạt', input: 'count', group: 'dang-vien' },
  'co-mat': { label: 'Số đảng viên có mặt', input: 'count', group: 'dang-vien' },
  'co-mat-chinh-thuc': { label: 'Trong số có mặt: đảng viên chính thức', input: 'count', group: 'dang-vien' },
  'co-mat-du-bi': { label: 'Trong số có mặt: đảng viên dự bị', input: 'count', group: 'dang-vien' },
  'vang-co-ly-do': { label: 'Số vắng mặt có lý do', input: 'count', group: 'dang-vien' },
  'ds-vang-co-ly-do': {
    label: 'Họ tên và lý do của người vắng có lý do',
    hint: 'Mỗi người một dòng.',
    input: 'textarea',
    group: 'dang-vien',
  },
  'vang-khong-ly-do': { label: 'Số vắng mặt không có lý do', input: 'count', group: 'dang-vien' },
  'ds-vang-khong-ly-do': {
    label: 'Họ tên người vắng mặt không có lý do',
    hint: 'Mỗi người một dòng.',
    input: 'textarea',
    group: 'dang-vien',
  },
  'tam-thoi': {
    label: 'Số đảng viên sinh hoạt tạm thời có mặt',
    hint: 'Đảng viên nơi khác đang sinh hoạt tạm thời tại chi bộ.',
    input: 'count',
    group: 'dang-vien',
  },
  'khach-moi': {
    label: 'Đại biểu, khách mời',
    hint: 'Họ tên, chức vụ; mỗi người một dòng.',
    input: 'textarea',
    group: 'dang-vien',
  },
  'nam-ke-hoach': { label: 'Năm của kế hoạch', hint: 'Ví dụ: 2027.', input: 'year', group: 'ke-hoach' },
  ...quarterFields(),
};

/** Every field id, in the form's order. */
export const fieldOrder = Object.keys(fields) as TemplateField[];

/** The fields that hold a date; a template's header shows one of them (its `date`). Each has input "date". */
export const DATE_FIELDS = ['ngay', 'ngay-van-ban', 'ngay-hop-chi-uy'] as const satisfies readonly TemplateField[];

/** The number field's hint for a paper whose number carries `symbol` ("BB"): where the number goes. */
export function numberHint(symbol: string): string {
  return `Ghi vào chỗ “Số ……-${symbol}/CB” ở đầu văn bản, ví dụ 05.`;
}

/** Name of the free-text control beside the topic list; when filled it wins over the list. */
export const topicOtherName = 'chuyen-de-khac';
