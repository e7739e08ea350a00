// `npm run new-year -- 2027 [issuer-id]`: creates content/topics/2027/<issuer-id>.yaml, the topic list of
// one issuing committee for one year. Without an issuer id it asks for the committee's name.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parse } from 'yaml';
import { slug } from '../src/lib/text.ts';

const usage = 'Cách dùng: npm run new-year -- <năm> [id-cơ-quan-ban-hành], ví dụ: npm run new-year -- 2027 ban-thuong-vu-dang-uy-xa';
const [yearArg, issuerArg] = process.argv.slice(2);
const year = Number(yearArg);
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error(usage);
  process.exit(1);
}

/** Asks a question on the terminal; undefined when there is none to ask on. */
async function ask(question) {
  if (!process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

let issuerName = '';
let issuerId = issuerArg ?? '';
if (!issuerId) {
  issuerName = (await ask('Cấp ủy ban hành danh sách (ví dụ: Ban Thường vụ Đảng ủy xã …): ')) ?? '';
  issuerId = slug(issuerName);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(issuerId)) {
  console.error(`Cần cấp ủy ban hành danh sách: mỗi năm có thể có nhiều danh sách, mỗi cấp ủy một tệp.\n${usage}`);
  process.exit(1);
}

const file = `content/topics/${year}/${issuerId}.yaml`;
if (existsSync(file)) {
  console.error(`${file} đã có; hãy sửa trực tiếp tệp đó.`);
  process.exit(1);
}
const groups = parse(readFileSync('content/topic-groups.yaml', 'utf8'));
const text = `# Danh sách chuyên đề năm ${year} của một cấp ủy. Mỗi cấp ủy một tệp; chi bộ theo danh sách của cấp ủy
# cấp trên của mình.
year: ${year}
# Cấp ủy ban hành danh sách (bắt buộc), ví dụ: Ban Thường vụ Đảng ủy Khối.
issuer: ${JSON.stringify(issuerName)}
# Tỉnh, thành phố của cấp ủy (không bắt buộc).
# province: ""
# Số, ngày văn bản triển khai (không bắt buộc), ví dụ: Kế hoạch số 12-KH/ĐUK, ngày 15/01/${year}.
# document: ""
# Nguồn (bắt buộc): id của văn bản triển khai nếu đã thêm vào content/basis-documents.yaml (với
# scope: dia-phuong), hoặc so-tay nếu chưa.
source: so-tay
topics:
  # Mỗi chuyên đề: id (chữ thường không dấu, gạch nối, không trùng với danh sách khác cùng năm), tên
  # chuyên đề (không kèm chữ "Chuyên đề" và dấu ngoặc kép bao ngoài), nhóm (một trong các id dưới đây),
  # quý hoặc tháng (không bắt buộc).
  # Nhóm: ${groups.map((g) => g.id).join(', ')}
  - id: ten-chuyen-de-${year}
    title: ""
    group: ${groups[0].id}
    # quarter: 1
`;
mkdirSync(`content/topics/${year}`, { recursive: true });
writeFileSync(file, text);
console.log(`Đã tạo ${file}. Điền các trường, rồi chạy "npm run build" để kiểm tra.`);
