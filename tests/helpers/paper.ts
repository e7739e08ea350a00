/**
 * Reading the paper back as lines of text, from the preview's HTML and from a .docx, so tests can
 * compare both with paperText() (src/lib/templates/paper-text.ts). Only what must differ between
 * them is normalised:
 * - a blank that runs to the margin is a tab with a dot leader in Word and an empty `.end` span with
 *   a dotted border in the preview; a dotted line to write on is a paragraph holding one such tab in
 *   Word and an empty `div.dl` with a dotted border in the preview: each becomes LEADER ("\t");
 * - a `.caps` heading is set in capitals by CSS in the preview and in the text itself in Word: the
 *   preview's is read in capitals;
 * - Word's empty paragraphs that only make room (after the subtitle, before the signatures, an empty
 *   table cell) are left out.
 */
import { parse } from 'parse5';
import { LEADER } from '../../src/lib/templates/paper-text';
import type { FormValues } from '../../src/lib/templates/values';
import { paragraphs, unzipDocx } from './docx';

interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}

const attr = (node: HtmlNode, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
const hasClass = (node: HtmlNode, name: string): boolean => (attr(node, 'class') ?? '').split(/\s+/).includes(name);

/** The first element with an attribute, depth first. */
function findWith(node: HtmlNode, name: string): HtmlNode | undefined {
  if (attr(node, name) !== undefined) return node;
  for (const child of node.childNodes ?? []) {
    const found = findWith(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The text of a paragraph of the preview, an empty `.end` span as LEADER. */
function inlineText(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  const text = (node.childNodes ?? []).map(inlineText).join('');
  return hasClass(node, 'end') && text === '' ? LEADER : text;
}

/** The lines of the preview (`[data-preview]`) in a page's HTML: each paragraph, and LEADER for each dotted line. */
export function previewLines(html: string): string[] {
  const preview = findWith(parse(html) as HtmlNode, 'data-preview');
  if (!preview) throw new Error('the page has no [data-preview]');
  const lines: string[] = [];
  const walk = (node: HtmlNode): void => {
    if (node.nodeName === 'p') {
      const text = inlineText(node);
      lines.push(hasClass(node, 'caps') ? text.toLocaleUpperCase('vi') : text);
    } else if (node.nodeName === 'div' && hasClass(node, 'dl')) {
      lines.push(LEADER);
    } else if (node.nodeName === '#text') {
      if (node.value?.trim()) throw new Error(`text outside a paragraph of the preview: "${node.value}"`);
    } else {
      for (const child of node.childNodes ?? []) walk(child);
    }
  };
  walk(preview);
  return lines;
}

/** The lines of a .docx: the text of each paragraph with content, tabs as "\t", in document order. */
export function docxLines(bytes: Uint8Array): string[] {
  return paragraphs(unzipDocx(bytes)['word/document.xml'])
    .map((p) => p.text)
    .filter((text) => text !== '');
}

/** Values for every field, consistent enough to pass the form's checks, with a list typed over two lines. */
export const sampleValues: FormValues = {
  'dang-bo': 'xã Nghi Tân',
  'chi-bo': 'thôn Tân Thành',
  'dia-danh': 'Nghi Tân',
  ngay: '2026-02-03',
  gio: '07:05',
  'dia-diem': 'Nhà văn hóa thôn Tân Thành',
  'chuyen-de-khac': 'Tự soi, tự sửa',
  'chu-tri': 'Nguyễn Văn An',
  'thu-ky': 'Trần Thị Bình',
  'bi-thu': 'Lê Văn Cường',
  'nguoi-de-dan': 'Phạm Thị Dung',
  'nguoi-tham-luan': 'Hoàng Văn Em',
  'tong-so': '20',
  'chinh-thuc': '18',
  'du-bi': '2',
  mien: '1',
  'co-mat': '16',
  'vang-co-ly-do': '2',
  'ds-vang-co-ly-do': 'Lê Văn C: ốm\nPhạm Thị D: công tác',
  'vang-khong-ly-do': '1',
  'ds-vang-khong-ly-do': 'Vũ Văn G',
  'khach-moi': 'Đồng chí Vương Đại Tương, Phó Bí thư Đảng ủy',
  so: '05',
  'ngay-van-ban': '2026-01-28',
  'ngay-hop-chi-uy': '2026-01-26',
  'cap-uy-cap-tren': 'Ban Thường vụ Đảng ủy xã Nghi Tân',
  'noi-dung': 'Đánh giá kết quả tháng 01\nBàn giải pháp làm đường giao thông nông thôn',
  'tai-lieu': 'Dự thảo nghị quyết tháng 02',
  'chuc-vu-chu-tri': 'Bí thư chi bộ',
  'chuc-vu-thu-ky': 'Chi ủy viên',
  'chuc-vu-tham-luan': 'Chi ủy viên, Trưởng thôn',
  'co-mat-chinh-thuc': '14',
  'co-mat-du-bi': '2',
  'tam-thoi': '1',
  'nam-ke-hoach': '2027',
  'chuyen-de-quy-1': 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'de-dan-quy-1': 'Phạm Thị Dung, Phó Bí thư',
  'thang-quy-1': '3',
  'chuyen-de-quy-2': 'Tự soi, tự sửa',
  'de-dan-quy-2': 'Hoàng Văn Em',
  'thang-quy-2': '5',
  'chuyen-de-quy-3': 'Phòng, chống tham nhũng, tiêu cực',
  'de-dan-quy-3': 'Nguyễn Văn An',
  'thang-quy-3': '8',
  'chuyen-de-quy-4': 'Giáo dục truyền thống cách mạng',
  'de-dan-quy-4': 'Trần Thị Bình',
  'thang-quy-4': '11',
};
