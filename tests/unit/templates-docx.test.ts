import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { renderDocx } from '../../src/lib/docx/document';
import { MARGIN, PAGE, SIZE, mm } from '../../src/lib/docx/format';
import { BLANK_FILE_DATE, CREATOR, blankFileDate } from '../../src/lib/docx/properties';
import { paperLayout, printedHeading, type PaperBlock } from '../../src/lib/templates/layout';
import { resolveTemplate, type ResolvedTemplate } from '../../src/lib/templates/resolve';
import type { FormValues } from '../../src/lib/templates/values';
import { paragraphs, runSize, unzipDocx, type DocxParagraph } from '../helpers/docx';

const handbook = loadHandbook('content', '.');
const resolved = handbook.templates.map((t) => resolveTemplate(t, handbook.procedures));
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

describe('every generated .docx', () => {
  test('is a zip with the parts Word needs', () => {
    expect(blank.size).toBe(7);
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

  test('gives minutes the number "Số ……-BB/CB" and the resolution "Số ……-NQ/CB"; other papers no number', () => {
    expect(texts('bien-ban-thuong-ky')).toContain('Số ……-BB/CB');
    expect(texts('bien-ban-chuyen-de')).toContain('Số ……-BB/CB');
    expect(texts('nghi-quyet-chuyen-de')).toContain('Số ……-NQ/CB');
    for (const id of ['de-dan-chuyen-de', 'bai-tham-luan', 'chuong-trinh-thuong-ky', 'chuong-trinh-chuyen-de']) {
      expect(texts(id).some((t) => t.startsWith('Số '))).toBe(false);
    }
  });

  test('prints the document name in bold capitals at 15 pt', () => {
    const names: Record<string, string> = {
      'bien-ban-thuong-ky': 'BIÊN BẢN',
      'bien-ban-chuyen-de': 'BIÊN BẢN',
      'de-dan-chuyen-de': 'ĐỀ DẪN',
      'bai-tham-luan': 'THAM LUẬN',
      'chuong-trinh-thuong-ky': 'CHƯƠNG TRÌNH',
      'chuong-trinh-chuyen-de': 'CHƯƠNG TRÌNH',
      'nghi-quyet-chuyen-de': 'NGHỊ QUYẾT',
    };
    for (const [id, name] of Object.entries(names)) {
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

  test('the regular minutes follow the steps of chuong-trinh-thuong-ky, in order', () => {
    expect(stepHeadings('bien-ban-thuong-ky')).toEqual(expected('chuong-trinh-thuong-ky'));
  });

  test('the thematic minutes follow the meeting steps of cac-buoc-chuyen-de, in order', () => {
    expect(stepHeadings('bien-ban-chuyen-de')).toEqual(expected('cac-buoc-chuyen-de', ['tien-hanh']));
  });

  test('the agendas follow the same steps, each with who carries it out', () => {
    expect(stepHeadings('chuong-trinh-thuong-ky')).toEqual(expected('chuong-trinh-thuong-ky'));
    expect(stepHeadings('chuong-trinh-chuyen-de')).toEqual(expected('cac-buoc-chuyen-de', ['tien-hanh']));
    expect(texts('chuong-trinh-thuong-ky')).toContain('Người thực hiện: Đại biểu cấp trên.');
  });

  test('a step renamed in the procedure data renames it in the paper', async () => {
    const procedures = structuredClone(handbook.procedures);
    procedures.find((p) => p.id === 'chuong-trinh-thuong-ky')!.steps[0].title = 'Thông tin thời sự trong tháng';
    const template = handbook.templates.find((t) => t.id === 'bien-ban-thuong-ky')!;
    const { paras } = await open(resolveTemplate(template, procedures));
    expect(paras.map((p) => p.text)).toContain('1. Thông tin thời sự trong tháng');
  });

  test('minutes record attendance, guests, chair, secretary, speakers, votes, time ended and the reading back', () => {
    for (const id of ['bien-ban-thuong-ky', 'bien-ban-chuyen-de']) {
      const all = texts(id).join('\n');
      for (const words of [
        'Tổng số đảng viên của chi bộ: …… đồng chí (chính thức: ……, dự bị: ……).',
        'Có mặt: …… đồng chí.',
        'Vắng mặt có lý do: …… đồng chí; họ tên, lý do: \t',
        'Vắng mặt không lý do: …… đồng chí; họ tên: \t',
        'Đại biểu, khách mời: \t',
        'Chủ trì: đồng chí \t.',
        'Thư ký: đồng chí \t.',
        '- Đồng chí …… phát biểu:',
        'Tán thành: …… đồng chí; không tán thành: …… đồng chí; không biểu quyết: …… đồng chí.',
        'Buổi sinh hoạt kết thúc lúc …… giờ …… phút cùng ngày.',
        'đọc lại',
      ]) {
        expect(all, `${id}: ${words}`).toContain(words);
      }
    }
  });

  test('minutes are signed by THƯ KÝ and CHỦ TRÌ side by side, with no "Nơi nhận"', () => {
    for (const id of ['bien-ban-thuong-ky', 'bien-ban-chuyen-de']) {
      const all = texts(id);
      const secretary = all.indexOf('THƯ KÝ');
      expect(secretary, id).toBeGreaterThan(0);
      expect(all.indexOf('CHỦ TRÌ')).toBeGreaterThan(secretary);
      expect(all).not.toContain('Nơi nhận:');
    }
  });
});

describe('the other papers', () => {
  test('the resolution is signed T/M CHI BỘ over BÍ THƯ, with "Nơi nhận:" on the left', () => {
    const all = texts('nghi-quyet-chuyen-de');
    const recipients = all.indexOf('Nơi nhận:');
    expect(recipients).toBeGreaterThan(0);
    expect(all.indexOf('T/M CHI BỘ')).toBeGreaterThan(recipients);
    expect(all[all.indexOf('T/M CHI BỘ') + 1]).toBe('BÍ THƯ');
    expect(para('nghi-quyet-chuyen-de', 'Nơi nhận:').xml).toContain('<w:u ');
    expect(all).toContain('CHI BỘ QUYẾT NGHỊ:');
  });

  test('the lead paper has its five numbered parts and is sent on as the procedure says', () => {
    expect(headings('de-dan-chuyen-de')).toEqual([
      'I. Mục đích, yêu cầu',
      'II. Căn cứ',
      'III. Thực trạng',
      'IV. Giải pháp, nhiệm vụ',
      'V. Vấn đề gợi ý thảo luận',
    ]);
    expect(texts('de-dan-chuyen-de')).toContain('- Cấp ủy cấp trên trực tiếp (để báo cáo);');
  });

  test('the contribution follows the advice to members: understanding, current state, directions and solutions', () => {
    expect(headings('bai-tham-luan')).toEqual([
      'I. Nhận thức của bản thân về vấn đề, nội dung sinh hoạt',
      'II. Thực trạng của vấn đề',
      'III. Phương hướng, giải pháp',
    ]);
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
    expect(all).toContain(`Thư ký: đồng chí ${'x'.repeat(3000)}.`);
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
    expect(all).toContain('Chủ trì: đồng chí Nguyễn Văn An.');
    expect(all).toContain('Thư ký: đồng chí \t.');
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
