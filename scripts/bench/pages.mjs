// First-visit bytes of each kind of handbook page (issue: handbook pages ≤ 24 KB gzip in all).
import { firstVisit, kb, sumByKind } from './measure.mjs';

/** One representative page per kind. */
export const pageKinds = [
  { kind: 'Trang chủ', path: '' },
  { kind: 'Lập kế hoạch', path: 'ke-hoach/' },
  { kind: 'Hướng dẫn (MDX)', path: 'sinh-hoat-chuyen-de/' },
  { kind: 'Quy trình', path: 'quy-trinh-sinh-hoat-chuyen-de/' },
  { kind: 'Sinh hoạt thường kỳ', path: 'sinh-hoat-thuong-ky/' },
  { kind: 'Chuyên đề theo năm', path: 'chuyen-de/2023/' },
  { kind: 'Văn bản căn cứ', path: 'van-ban-can-cu/' },
];

export const title = 'Dung lượng lần truy cập đầu (không thao tác, gồm cả phần tải khi rảnh)';

/** Prints a table of bytes per page kind and returns the rows. */
export async function run({ browser, url, extraPages = [] }) {
  const rows = [];
  for (const { kind, path } of [...pageKinds, ...extraPages]) {
    const files = await firstVisit(browser, url + path);
    const s = sumByKind(files);
    const cell = (k) => (s[k] ? `${kb(s[k].raw)} / ${kb(s[k].gzip)}` : '0');
    rows.push({
      'loại trang': kind,
      'đường dẫn': '/' + path,
      'HTML (thô / gzip)': cell('html'),
      CSS: cell('css'),
      JS: cell('js'),
      'phông chữ': cell('font'),
      khác: cell('other'),
      'tổng (thô / gzip)': cell('total'),
      'số tệp': s.total?.count ?? 0,
      'gzip ≤ 24 KB': (s.total?.gzip ?? 0) <= 24 * 1024 ? 'đạt' : 'KHÔNG ĐẠT',
    });
  }
  console.table(rows);
  return rows;
}
