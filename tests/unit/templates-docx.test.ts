import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { renderDocx } from '../../src/lib/docx/document';
import { MARGIN, PAGE, SIZE, mm } from '../../src/lib/docx/format';
import { BLANK_FILE_DATE, CREATOR, blankFileDate } from '../../src/lib/docx/properties';
import { paperLayout, printedHeading, type PaperBlock } from '../../src/lib/templates/layout';
import { paperText } from '../../src/lib/templates/paper-text';
import { resolveTemplate, type ResolvedTemplate } from '../../src/lib/templates/resolve';
import type { FormValues } from '../../src/lib/templates/values';
import { paragraphs, runSize, unzipDocx, type DocxParagraph } from '../helpers/docx';

const handbook = loadHandbook('content', '.');
const resolved = handbook.templates.map((t) => resolveTemplate(t, handbook));
const byId = (id: string): ResolvedTemplate => {
  const found = resolved.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

/** Unzipped parts and paragraphs of each blank template. */
const blank = new Map<string, { files: Record<string, string>; paras: DocxParagraph[] }>();

async function open(template: ResolvedTemplate, values: FormValues = {}) {
  const files = unzipDocx(await renderDocx(template, values));
  return { files, paras: paragraphs(files['word/document.xml']) };
}

beforeAll(async () => {
  for (const template of resolved) blank.set(template.id, await open(template));
});

const texts = (id: string): string[] => blank.get(id)!.paras.map((p) => p.text);
/** The heading blocks of a paper's layout, the step they stand for, if any, and their words as printed. */
const headingBlocks = (id: string) =>
  paperLayout(byId(id))
    .filter((b): b is Extract<PaperBlock, { type: 'heading' }> => b.type === 'heading')
    .map((b) => ({ step: b.step, text: printedHeading(b) }));
const headings = (id: string): string[] => headingBlocks(id).map((h) => h.text);
const para = (id: string, text: string | RegExp): DocxParagraph => {
  const found = blank.get(id)!.paras.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`${id}: no paragraph ${String(text)}`);
  return found;
};

/** Each paper's name, and the symbol of its number when it has one (agendas, the lead paper and the contribution have none). */
const PAPERS: Record<string, { name: string; symbol?: string }> = {
  'bien-ban-hop-chi-uy': { name: 'BIÊN BẢN', symbol: 'BB' },
  'thong-bao-sinh-hoat': { name: 'THÔNG BÁO', symbol: 'TB' },
  'chuong-trinh-thuong-ky': { name: 'CHƯƠNG TRÌNH' },
  'bien-ban-thuong-ky': { name: 'BIÊN BẢN', symbol: 'BB' },
  'nghi-quyet-thuong-ky': { name: 'NGHỊ QUYẾT', symbol: 'NQ' },
  'ke-hoach-chuyen-de': { name: 'KẾ HOẠCH', symbol: 'KH' },
  'de-dan-chuyen-de': { name: 'ĐỀ DẪN' },
  'bai-tham-luan': { name: 'THAM LUẬN' },
  'chuong-trinh-chuyen-de': { name: 'CHƯƠNG TRÌNH' },
  'bien-ban-chuyen-de': { name: 'BIÊN BẢN', symbol: 'BB' },
  'nghi-quyet-chuyen-de': { name: 'NGHỊ QUYẾT', symbol: 'NQ' },
  'bao-cao-chuyen-de': { name: 'BÁO CÁO', symbol: 'BC' },
  'chuong-trinh-ket-hop': { name: 'CHƯƠNG TRÌNH' },
  'bien-ban-ket-hop': { name: 'BIÊN BẢN', symbol: 'BB' },
};

/** The rows of a paper's first table, as the text of the first line of each cell. */
const tableRows = (id: string): string[][] => {
  const table = paperLayout(byId(id)).find((b) => b.type === 'table');
  if (table?.type !== 'table') throw new Error(`${id}: no table`);
  return [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells.map((lines) => paperText([{ type: 'paragraph', runs: lines[0] ?? [''] }])[0]))];
};

describe('every generated .docx', () => {
  test('is a zip with the parts Word needs', () => {
    expect(blank.size).toBe(handbook.templates.length);
    expect(blank.size).toBeGreaterThanOrEqual(12);
    for (const [id, { files }] of blank) {
      expect(Object.keys(files), id).toEqual(
        expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']),
      );
    }
  });

  test('is A4 with the margins of the common reading (20, 20, 30, 15 mm)', () => {
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    for (const [id, { files }] of blank) {
      const xml = files['word/document.xml'];
      expect(xml, id).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
      const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml);
      expect(margin?.slice(1).map(Number), id).toEqual([mm(20), mm(15), mm(20), mm(30)]);
      expect([MARGIN.top, MARGIN.right, MARGIN.bottom, MARGIN.left]).toEqual([1134, 850, 1134, 1701]);
    }
  });

  test('sets Times New Roman, 14 pt and Vietnamese as defaults, and names no other font', () => {
    for (const [id, { files }] of blank) {
      const styles = files['word/styles.xml'];
      expect(styles, id).toContain(
        '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>',
      );
      expect(styles).toContain('<w:lang w:val="vi-VN"/>');
      const fonts = new Set(
        Object.values(files).flatMap((xml) => [...xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1])),
      );
      expect([...fonts], id).toEqual(['Times New Roman']);
    }
  });

  test('opens with the two-column header without borders: party body, cell, star | party name over a rule, place and date in italics', () => {
    for (const [id, { files, paras }] of blank) {
      if (byId(id).issuer !== 'chi-bo') continue;
      const xml = files['word/document.xml'];
      const header = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
      expect(xml.indexOf('<w:tbl>'), id).toBe(xml.indexOf('<w:body>') + '<w:body>'.length);
      expect(header.match(/<w:gridCol /g)).toHaveLength(2);
      const borders = [...header.matchAll(/<w:(tblBorders|tcBorders)>(.*?)<\/w:\1>/gs)].map((m) => m[2]);
      expect(borders.length).toBe(3);
      for (const b of borders) expect([...b.matchAll(/w:val="([a-z]+)"/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['none']));
      for (const b of borders) expect(b).not.toMatch(/w:val="(?!none)/);

      const [upper, cell, star] = paras.slice(0, 3);
      expect(upper.text).toBe('ĐẢNG BỘ ……');
      expect(runSize(upper.xml)).toBe(SIZE.header);
      expect(upper.xml).not.toContain('<w:b/>');
      expect(cell.text).toBe('CHI BỘ ……');
      expect(cell.xml).toContain('<w:b/>');
      expect(star.text).toBe('*');

      const party = para(id, 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(runSize(party.xml)).toBe(15);
      expect(party.xml).toContain('<w:b/>');
      expect(party.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      const date = para(id, '……, ngày …… tháng …… năm ……');
      expect(date.xml).toContain('<w:i/>');
      expect(runSize(date.xml)).toBe(14);
    }
  });

  test('gives each issued paper its number and symbol ("Số ……-BB/CB"); agendas, the lead paper and the contribution none', () => {
    for (const [id, { symbol }] of Object.entries(PAPERS)) {
      if (symbol) expect(texts(id), id).toContain(`Số ……-${symbol}/CB`);
      else expect(texts(id).some((t) => t.startsWith('Số ')), id).toBe(false);
    }
    expect(Object.values(PAPERS).filter((p) => !p.symbol).length).toBe(5);
  });

  test('fills the number typed for the paper into its number line', async () => {
    const { paras } = await open(byId('nghi-quyet-thuong-ky'), { so: '07' });
    expect(paras.map((p) => p.text)).toContain('Số 07-NQ/CB');
  });

  test('dates the header by the paper\'s own date where the paper is not written on the meeting day', async () => {
    const values = { ngay: '2026-02-03', 'ngay-van-ban': '2026-01-28', 'ngay-hop-chi-uy': '2026-01-26', 'dia-danh': 'Nghi Tân' };
    const header = async (id: string) => (await open(byId(id), values)).paras.map((p) => p.text).find((t) => t.startsWith('Nghi Tân, '));
    await expect(header('bien-ban-thuong-ky')).resolves.toBe('Nghi Tân, ngày 03 tháng 02 năm 2026');
    await expect(header('thong-bao-sinh-hoat')).resolves.toBe('Nghi Tân, ngày 28 tháng 01 năm 2026');
    await expect(header('bao-cao-chuyen-de')).resolves.toBe('Nghi Tân, ngày 28 tháng 01 năm 2026');
    await expect(header('bien-ban-hop-chi-uy')).resolves.toBe('Nghi Tân, ngày 26 tháng 01 năm 2026');
  });

  test('prints the document name in bold capitals at 15 pt', () => {
    expect(Object.keys(PAPERS).sort()).toEqual(handbook.templates.map((t) => t.id).sort());
    for (const [id, { name }] of Object.entries(PAPERS)) {
      const p = para(id, name);
      expect(runSize(p.xml), id).toBe(SIZE.documentName);
      expect(SIZE.documentName).toBeGreaterThanOrEqual(15);
      expect(SIZE.documentName).toBeLessThanOrEqual(16);
      expect(p.xml).toContain('<w:b/>');
      expect(p.xml).toContain('<w:jc w:val="center"/>');
    }
  });

  test('leaves dotted lines (a right tab with a dot leader) where a person writes by hand', () => {
    for (const [id, { paras }] of blank) {
      const dotted = paras.filter((p) => /<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/.test(p.xml));
      expect(dotted.length, id).toBeGreaterThan(0);
    }
    expect(para('bien-ban-thuong-ky', /^Địa điểm: \t\.$/).xml).toContain('w:leader="dot"');
  });
});

describe('minutes and agendas', () => {
  /** Numbered step headings ("3. Thông báo tình hình đảng viên") of a paper, in order, from its layout. */
  const stepHeadings = (id: string): string[] => headingBlocks(id).filter((h) => h.step).map((h) => h.text);
  const expected = (procedureId: string, phases?: string[]): string[] =>
    handbook.procedures
      .find((p) => p.id === procedureId)!
      .steps.filter((s) => !phases || phases.includes(s.phase))
      .map((s, i) => `${i + 1}. ${s.title}`);

  test('every heading of the layout is a bold heading of the Word file, kept with what follows, in order', () => {
    for (const [id, { paras }] of blank) {
      const docxHeadings = paras.filter((p) => p.xml.includes('<w:keepNext/>'));
      expect(docxHeadings.map((p) => p.text), id).toEqual(headings(id));
      for (const p of docxHeadings) expect(p.xml, p.text).toContain('<w:b/>');
    }
    expect(headings('bien-ban-thuong-ky')[0]).toBe('NỘI DUNG SINH HOẠT');
  });

  test('the regular minutes follow the general order trinh-tu-thuong-ky, in order', () => {
    expect(stepHeadings('bien-ban-thuong-ky')).toEqual(expected('trinh-tu-thuong-ky'));
  });

  test('the thematic minutes follow the meeting steps of cac-buoc-chuyen-de, in order, then the closing step of every meeting', () => {
    const closing = handbook.procedures.find((p) => p.id === 'trinh-tu-thuong-ky')!.steps.find((s) => s.id === 'doc-lai-bien-ban')!;
    const steps = expected('cac-buoc-chuyen-de', ['tien-hanh']);
    expect(stepHeadings('bien-ban-chuyen-de')).toEqual([...steps, `${steps.length + 2}. ${closing.title}`]);
    // Between them, the vote when the cell adopts a resolution: an item of the paper's own.
    expect(headings('bien-ban-chuyen-de')).toContain(`${steps.length + 1}. Biểu quyết (nếu có)`);
  });

  test('the agendas are tables of the same steps, with a time column and who carries each out', () => {
    const titles = (procedureId: string, phases?: string[]) =>
      handbook.procedures.find((p) => p.id === procedureId)!.steps.filter((s) => !phases || phases.includes(s.phase)).map((s) => s.title);
    const regular = tableRows('chuong-trinh-thuong-ky');
    expect(regular[0]).toEqual(['TT', 'Thời gian', 'Nội dung', 'Người thực hiện']);
    expect(regular.slice(1, -1).map((r) => r[2])).toEqual(titles('trinh-tu-thuong-ky'));
    expect(regular.slice(1, -1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(regular.at(-1)).toEqual(['', '90 phút', 'Cộng', '']);
    const thematic = tableRows('chuong-trinh-chuyen-de');
    expect(thematic.slice(1, 10).map((r) => r[2])).toEqual(titles('cac-buoc-chuyen-de', ['tien-hanh']));
    // The opening items are steps of their own, and the closing ones follow: the vote, then reading back the minutes.
    expect(thematic.slice(-3, -1).map((r) => r[2])).toEqual(['Biểu quyết thông qua nghị quyết của chi bộ (nếu có)', 'Đọc lại biên bản, bế mạc']);
    expect(regular.map((r) => r[3])).toContain('Chi ủy');
    // Who the source does not name is marked as the handbook's suggestion, in the Word agenda too.
    expect(texts('chuong-trinh-thuong-ky')).toContain('Gợi ý của sổ tay: chủ trì');
    expect(texts('chuong-trinh-chuyen-de')).toContain('Gợi ý của sổ tay: chủ trì, thư ký');
    // The first item of the regular agenda spells out the opening: roll call, the secretary, adopting the agenda.
    expect(texts('chuong-trinh-thuong-ky').join('\n')).toMatch(/thông báo số đảng viên có mặt.*thông qua chương trình sinh hoạt/);
  });

  test('an agenda\'s time column counts the clock from the start time, and its total reaches the rule\'s least duration', async () => {
    const { paras } = await open(byId('chuong-trinh-thuong-ky'), { gio: '14:00' });
    const all = paras.map((p) => p.text);
    expect(all).toEqual(expect.arrayContaining(['10 phút', '14h00–14h10', '25 phút', '14h10–14h35', '90 phút', '14h00–15h30']));
    expect(all).toContain('(Thời gian từng mục là gợi ý của sổ tay; cả buổi sinh hoạt ít nhất 90 phút, theo Hướng dẫn 42-HD/BTCTW.)');
    const combined = (await open(byId('chuong-trinh-ket-hop'), { gio: '07:30' })).paras.map((p) => p.text);
    expect(combined).toEqual(expect.arrayContaining(['120 phút', '7h30–9h30']));
    expect(combined).toContain('(Thời gian từng mục là gợi ý của sổ tay; cả buổi sinh hoạt ít nhất 120 phút, theo Hướng dẫn 42-HD/BTCTW.)');
  });

  test('a table has a rule around every cell, a header row repeated on each page, and as many columns as its layout', () => {
    for (const id of ['chuong-trinh-thuong-ky', 'bien-ban-hop-chi-uy', 'nghi-quyet-thuong-ky', 'ke-hoach-chuyen-de']) {
      const xml = blank.get(id)!.files['word/document.xml'];
      const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]).filter((t) => t.includes('<w:tblHeader/>'));
      expect(tables.length, id).toBe(1);
      expect(tables[0]).toMatch(/<w:tblBorders><w:top w:val="single"/);
      expect(tables[0].match(/<w:gridCol /g)?.length).toBe(tableRows(id)[0].length);
    }
  });

  test('a 42-HD step renamed in the procedure data renames it in the notice and the committee minutes', async () => {
    const rename = async (procedureId: string, stepId: string, title: string) => {
      const procedures = structuredClone(handbook.procedures);
      procedures.find((p) => p.id === procedureId)!.steps.find((s) => s.id === stepId)!.title = title;
      const text = async (id: string) =>
        (await open(resolveTemplate(handbook.templates.find((t) => t.id === id)!, { ...handbook, procedures }))).paras.map((p) => p.text);
      return { notice: await text('thong-bao-sinh-hoat'), committee: await text('bien-ban-hop-chi-uy') };
    };
    // A step of the 42-HD preparation: the notice's line on the papers, the committee's table of assignments.
    const posted = await rename('chuan-bi-thuong-ky', 'dua-tai-lieu-len-so-tay', 'Gửi tài liệu qua Sổ tay đảng viên điện tử');
    expect(posted.notice).toContain('- Gửi tài liệu qua Sổ tay đảng viên điện tử (ít nhất 1 ngày trước buổi sinh hoạt).');
    expect(posted.committee).toContain('Gửi tài liệu qua Sổ tay đảng viên điện tử');
    expect([...posted.notice, ...posted.committee].join('\n')).not.toContain('Đưa tài liệu lên Sổ tay đảng viên điện tử');
    // A step of the meeting that 42-HD names (last month's results): the notice's contents, the committee's agreed items.
    const results = await rename('trinh-tu-thuong-ky', 'danh-gia-thang-truoc', 'Đánh giá kết quả tháng trước');
    expect(results.notice).toContain('- Đánh giá kết quả tháng trước;');
    expect(results.committee).toContain('1. Đánh giá kết quả tháng trước');
  });

  test('a step renamed in the procedure data renames it in the paper', async () => {
    const procedures = structuredClone(handbook.procedures);
    procedures.find((p) => p.id === 'trinh-tu-thuong-ky')!.steps[0]!.title = 'Khai mạc buổi sinh hoạt';
    const template = handbook.templates.find((t) => t.id === 'bien-ban-thuong-ky')!;
    const { paras } = await open(resolveTemplate(template, { ...handbook, procedures }));
    expect(paras.map((p) => p.text)).toContain('1. Khai mạc buổi sinh hoạt');
  });

  const MINUTES = ['bien-ban-thuong-ky', 'bien-ban-chuyen-de', 'bien-ban-ket-hop'];

  test('minutes record the content, attendance split into full and probationary, members on temporary attendance, guests, chair and secretary with positions, speakers, votes of full members, the reading back, its adoption and the time ended', () => {
    for (const id of MINUTES) {
      const all = texts(id).join('\n');
      for (const words of [
        'Nội dung: \t',
        'Tổng số đảng viên của chi bộ: …… đồng chí (chính thức: ……, dự bị: ……).',
        'Có mặt: …… đồng chí (chính thức: ……, dự bị: ……).',
        'Vắng mặt có lý do: …… đồng chí; họ tên, lý do: \t',
        'Vắng mặt không có lý do: …… đồng chí; họ tên: \t',
        'Đảng viên sinh hoạt tạm thời có mặt: …… đồng chí.',
        'Đại biểu, khách mời: \t',
        'Chủ trì: đồng chí ……; chức vụ: \t.',
        'Thư ký: đồng chí ……; chức vụ: \t.',
        '- Đồng chí …… phát biểu:',
        'Số đảng viên chính thức biểu quyết (đảng viên dự bị không biểu quyết, theo Điều 3 Điều lệ Đảng): tán thành …… đồng chí; không tán thành …… đồng chí; không biểu quyết …… đồng chí.',
        'Biên bản đã được thư ký đọc lại trước chi bộ và được ……/…… đồng chí đảng viên chính thức có mặt nhất trí thông qua (đạt ……%).',
        'Buổi sinh hoạt kết thúc lúc …… giờ …… phút cùng ngày.',
      ]) {
        expect(all, `${id}: ${words}`).toContain(words);
      }
      // The opening: the reasons for the meeting, then adopting the agenda.
      expect(all, id).toMatch(/[Tt]uyên bố lý do[^]*[Tt]hông qua (nội dung, )?chương trình/);
    }
  });

  test('minutes are signed by THƯ KÝ and CHỦ TRÌ side by side, with no "Nơi nhận"', () => {
    for (const id of [...MINUTES, 'bien-ban-hop-chi-uy']) {
      const all = texts(id);
      const secretary = all.indexOf('THƯ KÝ');
      expect(secretary, id).toBeGreaterThan(0);
      expect(all.indexOf('CHỦ TRÌ')).toBeGreaterThan(secretary);
      expect(all).not.toContain('Nơi nhận:');
    }
  });
});

describe('the other papers', () => {
  test('the resolutions are signed T/M CHI BỘ over BÍ THƯ, with "Nơi nhận:" on the left', () => {
    for (const id of ['nghi-quyet-chuyen-de', 'nghi-quyet-thuong-ky']) {
      const all = texts(id);
      const recipients = all.indexOf('Nơi nhận:');
      expect(recipients, id).toBeGreaterThan(0);
      expect(all.indexOf('T/M CHI BỘ')).toBeGreaterThan(recipients);
      expect(all[all.indexOf('T/M CHI BỘ') + 1]).toBe('BÍ THƯ');
      expect(para(id, 'Nơi nhận:').xml).toContain('<w:u ');
      expect(all).toContain('CHI BỘ QUYẾT NGHỊ:');
    }
  });

  test('the resolutions write their section headings in capitals, hint at what "Căn cứ" names, and end with the adoption by full members', () => {
    expect(headings('nghi-quyet-chuyen-de')).toEqual(['I. ĐÁNH GIÁ KẾT QUẢ, HẠN CHẾ VÀ NGUYÊN NHÂN', 'II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(headings('nghi-quyet-thuong-ky')).toEqual(['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG TRƯỚC', 'II. NHIỆM VỤ THÁNG TỚI', 'III. TỔ CHỨC THỰC HIỆN']);
    for (const id of ['nghi-quyet-chuyen-de', 'nghi-quyet-thuong-ky']) {
      const all = texts(id);
      const hint = para(id, /^\(Ghi các văn bản làm căn cứ/);
      expect(hint.text, id).toMatch(/Điều lệ Đảng; quy chế làm việc của chi bộ; nghị quyết, .*của cấp ủy cấp trên/);
      expect(hint.xml).toContain('<w:i/>');
      expect(all.indexOf(hint.text)).toBeLessThan(all.indexOf('CHI BỘ QUYẾT NGHỊ:'));
      expect(all).toContain('Nghị quyết đã được ……/…… đồng chí đảng viên chính thức có mặt biểu quyết thông qua tại buổi sinh hoạt ngày …… tháng …… năm …….');
    }
  });

  test('the monthly resolution says who does what by when, in a table to fill in', () => {
    const rows = tableRows('nghi-quyet-thuong-ky');
    expect(rows[0]).toEqual(['TT', 'Nhiệm vụ', 'Người thực hiện', 'Thời hạn']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4']);
  });

  test('the lead paper has the topic itself before the cell\'s situation, and no "Nơi nhận" of an issued paper', () => {
    expect(headings('de-dan-chuyen-de')).toEqual([
      'I. Mục đích, yêu cầu',
      'II. Căn cứ',
      'III. Nội dung chuyên đề',
      'IV. Thực trạng ở chi bộ, cơ quan, đơn vị',
      'V. Giải pháp, nhiệm vụ',
      'VI. Vấn đề gợi ý thảo luận',
    ]);
    expect(texts('de-dan-chuyen-de').join('\n')).toMatch(/quan điểm, chủ trương của Đảng[^]*Chủ tịch Hồ Chí Minh/iu);
    expect(texts('de-dan-chuyen-de')).not.toContain('Nơi nhận:');
  });

  test('the contribution is a member\'s own paper: no Party header, the author\'s name and position', () => {
    const all = texts('bai-tham-luan');
    expect(all[0]).toBe('THAM LUẬN');
    expect(all).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    // The body opens with the paper's name, not with the header's table.
    expect(blank.get('bai-tham-luan')!.files['word/document.xml']).toMatch(/<w:body><w:p>(?:(?!<\/w:p>).)*THAM LUẬN/s);
    expect(all).toEqual(expect.arrayContaining(['Người tham luận: đồng chí \t.', 'Chức vụ: \t.']));
    expect(headings('bai-tham-luan')).toEqual([
      'I. Nhận thức của bản thân về vấn đề, nội dung sinh hoạt',
      'II. Thực trạng của vấn đề',
      'III. Phương hướng, giải pháp',
    ]);
  });

  test('the notice goes to the members and the upper committee, with time, place, contents and the papers to study', async () => {
    const filled = await open(byId('thong-bao-sinh-hoat'), { 'cap-uy-cap-tren': 'Đảng ủy xã Nghi Tân', 'tai-lieu': 'Dự thảo nghị quyết' });
    const all = filled.paras.map((p) => p.text).filter((t) => t !== '');
    expect(all.slice(all.indexOf('THÔNG BÁO'), all.indexOf('THÔNG BÁO') + 4)).toEqual([
      'THÔNG BÁO',
      'Sinh hoạt chi bộ thường kỳ tháng …… năm ……',
      'Kính gửi: - Các đồng chí đảng viên trong chi bộ;',
      '- Đảng ủy xã Nghi Tân (cấp ủy cấp trên theo dõi chi bộ).',
    ]);
    expect(all).toEqual(expect.arrayContaining(['1. Thời gian: …… giờ …… phút, ngày …… tháng …… năm …….', '2. Địa điểm: \t.', '3. Nội dung sinh hoạt:', '4. Tài liệu nghiên cứu trước buổi sinh hoạt: Dự thảo nghị quyết']));
    expect(all.slice(-3)).toEqual(['T/M CHI BỘ', 'BÍ THƯ', '………………']);
  });

  test('the committee minutes assess last month, set next month\'s tasks and agree the content, then assign the remaining 42-HD steps', () => {
    expect(headings('bien-ban-hop-chi-uy')).toEqual(expect.arrayContaining(['I. THỐNG NHẤT NỘI DUNG SINH HOẠT CỦA CHI BỘ', 'II. PHÂN CÔNG CHUẨN BỊ']));
    const rows = tableRows('bien-ban-hop-chi-uy');
    expect(rows[0]).toEqual(['TT', 'Nội dung', 'Người được phân công', 'Thời hạn']);
    const steps = handbook.procedures.find((p) => p.id === 'chuan-bi-thuong-ky')!.steps.filter((s) => s.id !== 'hop-chi-uy');
    expect(rows.slice(1).map((r) => r[1])).toEqual(steps.map((s) => s.title));
    expect(rows.at(-1)?.[3]).toBe('ít nhất 1 ngày trước buổi sinh hoạt');
  });

  test('the report to the upper committee covers the preparation steps, the meeting, an assessment, and goes to that committee', () => {
    const all = texts('bao-cao-chuyen-de');
    expect(headings('bao-cao-chuyen-de')[0]).toBe('I. CÔNG TÁC CHUẨN BỊ');
    for (const step of handbook.procedures.find((p) => p.id === 'chuan-bi-chuyen-de')!.steps) expect(all.join('\n')).toContain(step.title);
    expect(all.slice(all.indexOf('Nơi nhận:'), all.indexOf('Nơi nhận:') + 3)).toEqual(['Nơi nhận:', '- Cấp ủy cấp trên trực tiếp (để báo cáo);', '- Lưu chi bộ.']);
  });

  test('the year plan has one row a quarter: topic, who prepares the lead paper, the month', async () => {
    expect(tableRows('ke-hoach-chuyen-de')).toEqual([
      ['Quý', 'Chuyên đề', 'Người chuẩn bị đề dẫn', 'Tháng sinh hoạt'],
      ['I', '\t', '\t', 'Tháng ……'],
      ['II', '\t', '\t', 'Tháng ……'],
      ['III', '\t', '\t', 'Tháng ……'],
      ['IV', '\t', '\t', 'Tháng ……'],
    ]);
    const filled = (await open(byId('ke-hoach-chuyen-de'), { 'nam-ke-hoach': '2027', 'chuyen-de-quy-2': 'Tự soi, tự sửa', 'de-dan-quy-2': 'Hoàng Văn E', 'thang-quy-2': '5' })).paras.map((p) => p.text);
    expect(filled).toEqual(expect.arrayContaining(['Sinh hoạt chuyên đề năm 2027', 'II', 'Tự soi, tự sửa', 'Hoàng Văn E', 'Tháng 5']));
  });
});

describe('a filled-in copy', () => {
  const hostile = {
    'dang-bo': 'xã Nghi Tân',
    'chi-bo': 'Chi bộ <b>Tân Thành</b> & "Hòa" \u0007',
    'dia-danh': 'Nghi Tân',
    ngay: '2026-02-03',
    gio: '07:05',
    'dia-diem': 'Nha\u0300 va\u0306n ho\u0301a tho\u0302n 3 🏠',
    'chu-tri': 'Nguyễn Văn An',
    'thu-ky': 'x'.repeat(3000),
    'tong-so': '20',
    'co-mat': '18',
    'khach-moi': 'Đồng chí Lê Văn B\r\nĐồng chí Trần C',
    'chuyen-de': 'Chuyên đề trong danh sách',
    'chuyen-de-khac': 'Tự soi, tự sửa',
  } satisfies FormValues;

  test('holds the typed text in NFC, escaped, without characters XML cannot carry', async () => {
    const { files, paras } = await open(byId('bien-ban-thuong-ky'), hostile);
    const xml = files['word/document.xml'];
    const all = paras.map((p) => p.text);
    expect(all.slice(0, 2)).toEqual(['ĐẢNG BỘ XÃ NGHI TÂN', 'CHI BỘ <B>TÂN THÀNH</B> & "HÒA"']);
    expect(xml).toContain('CHI BỘ &lt;B&gt;TÂN THÀNH&lt;/B&gt; &amp;');
    expect(xml).not.toContain('\u0007');
    expect(xml).toBe(xml.normalize('NFC'));
    expect(all).toContain('Địa điểm: Nhà văn hóa thôn 3 🏠.');
    expect(all).toContain(`Thư ký: đồng chí ${'x'.repeat(3000)}; chức vụ: \t.`);
    expect(all).toContain('Nghi Tân, ngày 03 tháng 02 năm 2026');
    expect(all).toContain('Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026');
    expect(all).toContain('Thời gian: bắt đầu lúc 7 giờ 05 phút, ngày 03 tháng 02 năm 2026.');
    expect(all).toContain('Đại biểu, khách mời: Đồng chí Lê Văn B\nĐồng chí Trần C');
    expect(all).toContain('Tổng số đảng viên của chi bộ: 20 đồng chí (chính thức: ……, dự bị: ……).');
    expect(all).toContain('Nguyễn Văn An');
  });

  test('uses the typed topic over the one chosen from the list', async () => {
    const { paras } = await open(byId('nghi-quyet-chuyen-de'), hostile);
    expect(paras.map((p) => p.text)).toContain('về thực hiện chuyên đề “Tự soi, tự sửa”');
  });

  test('keeps dotted blanks for fields left empty', async () => {
    const { paras } = await open(byId('bien-ban-thuong-ky'), { 'chu-tri': 'Nguyễn Văn An' });
    const all = paras.map((p) => p.text);
    expect(all).toContain('Chủ trì: đồng chí Nguyễn Văn An; chức vụ: \t.');
    expect(all).toContain('Thư ký: đồng chí ……; chức vụ: \t.');
    expect(all).toContain('CHI BỘ ……');
  });
});

describe('the file\'s properties', () => {
  afterEach(() => vi.useRealTimers());

  /** The modification date and time of every zip entry, local headers and central directory, as "yyyy-mm-dd hh:mm:ss". */
  const zipDates = (zip: Uint8Array): string[] => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const stamp = (at: number) => {
      const [time, day] = [view.getUint16(at, true), view.getUint16(at + 2, true)];
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${(day >> 9) + 1980}-${pad((day >> 5) & 15)}-${pad(day & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    };
    const dates: string[] = [];
    for (let at = 0; at + 4 <= zip.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) dates.push(stamp(at + 10));
      if (signature === 0x02014b50) dates.push(stamp(at + 12));
    }
    return dates;
  };

  test('name the paper and the handbook, in Vietnamese, and never the docx library\'s "Un-named"', () => {
    for (const template of resolved) {
      const { files } = blank.get(template.id)!;
      const core = files['docProps/core.xml'];
      expect(core, template.id).toContain(`<dc:title>${template.title}</dc:title>`);
      expect(core).toContain(`<dc:creator>${CREATOR}</dc:creator>`);
      expect(CREATOR).toBe('Sổ tay sinh hoạt chi bộ');
      expect(core).toContain('<dc:language>vi-VN</dc:language>');
      expect(core).not.toContain('lastModifiedBy');
      for (const [path, xml] of Object.entries(files)) expect(xml, `${template.id} ${path}`).not.toMatch(/Un-named/i);
    }
  });

  test('carry the date they are given, in core.xml and in every zip entry, whatever the clock says', async () => {
    const template = byId('nghi-quyet-chuyen-de');
    const date = new Date('2027-03-04T05:06:08Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const first = await renderDocx(template, {}, { date });
    vi.setSystemTime(new Date('2031-06-15T23:59:59Z'));
    const second = await renderDocx(template, {}, { date });
    expect(Buffer.from(second).equals(Buffer.from(first)), 'the same bytes').toBe(true);

    const core = unzipDocx(first)['docProps/core.xml'];
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-04T05:06:08Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-04T05:06:08Z</dcterms:modified>');
    const dates = zipDates(first);
    expect(dates.length).toBe(2 * Object.keys(unzipDocx(first)).length);
    expect(new Set(dates)).toEqual(new Set(['2027-03-04 05:06:08']));
  });

  test('a filled-in copy, made without a date, carries the time it was made', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T08:30:00Z'));
    const bytes = await renderDocx(byId('bai-tham-luan'), { 'nguoi-tham-luan': 'Hoàng Văn E' });
    expect(unzipDocx(bytes)['docProps/core.xml']).toContain('>2026-12-03T08:30:00Z</dcterms:created>');
    expect(new Set(zipDates(bytes))).toEqual(new Set(['2026-12-03 08:30:00']));
  });

  test('blank files are dated SOURCE_DATE_EPOCH when the build sets it, a fixed day otherwise', () => {
    expect(blankFileDate(undefined)).toEqual(BLANK_FILE_DATE);
    expect(blankFileDate('')).toEqual(BLANK_FILE_DATE);
    expect(blankFileDate('1767225600')).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(() => blankFileDate('hôm qua')).toThrow('SOURCE_DATE_EPOCH phải là số giây tính từ 01/01/1970, từ năm 1980 trở đi (đang là "hôm qua")');
    expect(() => blankFileDate('0')).toThrow(/từ năm 1980/);
  });
});
