// `npm run new-year -- 2027`: creates content/topics/2027.yaml with the fields a year needs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const year = Number(process.argv[2]);
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error('Cách dùng: npm run new-year -- <năm>, ví dụ: npm run new-year -- 2027');
  process.exit(1);
}
const file = `content/topics/${year}.yaml`;
if (existsSync(file)) {
  console.error(`${file} đã có; hãy sửa trực tiếp tệp đó.`);
  process.exit(1);
}
const groups = parse(readFileSync('content/topic-groups.yaml', 'utf8'));
const text = `year: ${year}
# Cơ quan triển khai danh sách chuyên đề (bắt buộc), ví dụ: Ban Thường vụ Đảng ủy Khối.
issuer: ""
# Tỉnh, thành phố của cơ quan triển khai (không bắt buộc).
# province: ""
# Số, ngày văn bản triển khai (không bắt buộc), ví dụ: Kế hoạch số 12-KH/ĐUK, ngày 15/01/${year}.
# source: ""
topics:
  # Mỗi chuyên đề: id (chữ thường không dấu, gạch nối, không trùng), tên chuyên đề (không kèm chữ
  # "Chuyên đề" và dấu ngoặc kép), nhóm (một trong các id dưới đây), quý hoặc tháng (không bắt buộc).
  # Nhóm: ${groups.map((g) => g.id).join(', ')}
  - id: ten-chuyen-de-${year}
    title: ""
    group: ${groups[0].id}
    # quarter: 1
`;
writeFileSync(file, text);
console.log(`Đã tạo ${file}. Điền các trường, rồi chạy "npm run build" để kiểm tra.`);
