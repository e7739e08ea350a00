import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { renderDocx } from '../../src/lib/docx/document';
import { fieldOrder } from '../../src/lib/templates/fields';
import { blockLines, paperFields, paperLayout, paperParts, printedHeading, type PaperBlock } from '../../src/lib/templates/layout';
import { LEADER, paperText } from '../../src/lib/templates/paper-text';
import { resolveTemplate, type ResolvedTemplate } from '../../src/lib/templates/resolve';
import type { FormValues } from '../../src/lib/templates/values';
import { docxLines, sampleValues } from '../helpers/paper';

const handbook = loadHandbook('content', '.');
const resolved = handbook.templates.map((t) => resolveTemplate(t, handbook));
const byId = (id: string): ResolvedTemplate => resolved.find((t) => t.id === id)!;
const ofType = <T extends PaperBlock['type']>(blocks: PaperBlock[], type: T) =>
  blocks.filter((b): b is Extract<PaperBlock, { type: T }> => b.type === type);

/** The steps of a procedure, of one phase when given. */
const steps = (procedure: string, phase?: string) =>
  handbook.procedures.find((p) => p.id === procedure)!.steps.filter((s) => !phase || s.phase === phase);

describe('the paper layout', () => {
  test('reads top to bottom: header, document name, subtitle lines, body, then the foot when there are signatures or recipients', () => {
    for (const template of resolved) {
      const blocks = paperLayout(template);
      // A member's own paper (the contribution) has no Party header: it opens with its name.
      const header = template.issuer === 'chi-bo' ? ['header'] : [];
      expect(blocks.slice(0, header.length + 1).map((b) => b.type), template.id).toEqual([...header, 'document-name']);
      const { head, body, foot } = paperParts(blocks);
      expect(head.map((b) => b.type)).toEqual([...header, 'document-name', ...template.subtitle.map(() => 'subtitle')]);
      expect([...head, ...body, ...(foot ? [foot] : [])]).toEqual(blocks);
      expect(Boolean(foot)).toBe(template.signatures.length + template.recipients.length > 0);
      expect(body.every((b) => !['header', 'document-name', 'subtitle', 'foot'].includes(b.type))).toBe(true);
    }
  });

  test('a steps block gives one numbered heading per step of the procedure, naming the step', () => {
    for (const [id, procedure, phase] of [
      ['bien-ban-thuong-ky', 'trinh-tu-thuong-ky'],
      ['bien-ban-chuyen-de', 'cac-buoc-chuyen-de', 'tien-hanh'],
    ] as const) {
      const headings = ofType(paperLayout(byId(id)), 'heading').filter((h) => h.step);
      const shown = steps(procedure, phase).map((s, i) => [s.id, `${i + 1}. ${s.title}`]);
      expect(headings.map((h) => [h.step, printedHeading(h)]).slice(0, shown.length), id).toEqual(shown);
    }
  });

  test('a steps table gives one row per step, naming the step, and a total row when it counts time', () => {
    for (const [id, procedure, phase] of [
      ['chuong-trinh-thuong-ky', 'trinh-tu-thuong-ky'],
      ['chuong-trinh-chuyen-de', 'cac-buoc-chuyen-de', 'tien-hanh'],
    ] as const) {
      const [table] = ofType(paperLayout(byId(id)), 'table');
      const shown = steps(procedure, phase).map((s) => s.id);
      expect(table.rows.slice(0, shown.length).map((r) => r.step), id).toEqual(shown);
      expect(table.rows.at(-1)?.total, id).toBe(true);
    }
  });

  test('a centred line keeps its blanks short: no value on it runs to the margin', () => {
    for (const template of resolved) {
      const centred = paperLayout(template).filter(
        (b) => b.type === 'header' || b.type === 'subtitle' || b.type === 'foot' || (b.type === 'paragraph' && b.center),
      );
      const signatureLines = (b: PaperBlock) => (b.type === 'foot' ? b.columns.flatMap((c) => (c.type === 'signature' ? [[c.name]] : [])) : blockLines(b));
      for (const runs of centred.flatMap(signatureLines)) expect(runs.some((r) => typeof r !== 'string' && r.end), template.id).toBe(false);
    }
    expect(ofType(paperLayout(byId('nghi-quyet-chuyen-de')), 'paragraph').find((p) => p.center)?.runs).toEqual(['CHI BỘ QUYẾT NGHỊ:']);
  });

  test('the form asks for exactly the values the paper shows, the header\'s on every paper the cell issues', () => {
    for (const template of resolved) {
      const shown = paperFields(paperLayout(template));
      expect(template.fields, template.id).toEqual(fieldOrder.filter((f) => shown.includes(f)));
      if (template.issuer === 'chi-bo') expect(template.fields).toEqual(expect.arrayContaining(['dang-bo', 'chi-bo', 'dia-danh', template.date]));
    }
    expect(byId('bien-ban-thuong-ky').fields).toContain('thu-ky');
    expect(byId('bien-ban-thuong-ky').fields).not.toContain('bi-thu');
  });

  test('as plain text, blank: header columns left first, capitals where the paper prints them, LEADER for lines to write on', () => {
    const text = paperText(paperLayout(byId('bien-ban-thuong-ky')));
    expect(text.slice(0, 8)).toEqual([
      'ĐẢNG BỘ ……',
      'CHI BỘ ……',
      '*',
      'Số ……-BB/CB',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '……, ngày …… tháng …… năm ……',
      'BIÊN BẢN',
      'Sinh hoạt chi bộ thường kỳ tháng …… năm ……',
    ]);
    expect(text).toContain(`Địa điểm: ${LEADER}.`);
    expect(text).toContain('NỘI DUNG SINH HOẠT');
    expect(text).toContain('- Đồng chí …… phát biểu:');
    expect(text.slice(-4)).toEqual(['THƯ KÝ', '………………', 'CHỦ TRÌ', '………………']);
    expect(paperText(paperLayout(byId('nghi-quyet-chuyen-de'))).slice(-7)).toEqual([
      'Nơi nhận:',
      '- Cấp ủy cấp trên trực tiếp (để báo cáo);',
      '- Đảng viên trong chi bộ (để thực hiện);',
      '- Lưu chi bộ.',
      'T/M CHI BỘ',
      'BÍ THƯ',
      '………………',
    ]);
  });

  test('as plain text, filled: typed values in place of blanks, the header in capitals', () => {
    const text = paperText(paperLayout(byId('bien-ban-thuong-ky')), sampleValues);
    expect(text.slice(0, 2)).toEqual(['ĐẢNG BỘ XÃ NGHI TÂN', 'CHI BỘ THÔN TÂN THÀNH']);
    expect(text).toContain('Nghi Tân, ngày 03 tháng 02 năm 2026');
    expect(text).toContain('Địa điểm: Nhà văn hóa thôn Tân Thành.');
    expect(text).toContain('Vắng mặt có lý do: 2 đồng chí; họ tên, lý do: Lê Văn C: ốm\nPhạm Thị D: công tác');
    expect(text.slice(-4)).toEqual(['THƯ KÝ', 'Trần Thị Bình', 'CHỦ TRÌ', 'Nguyễn Văn An']);
  });
});

describe('the Word file says what the layout says, line for line', () => {
  const cases: [string, FormValues][] = [
    ['blank', {}],
    ['partly filled', { 'chi-bo': 'thôn Tân Thành', 'chu-tri': 'Nguyễn Văn An', ngay: '2026-12-03', 'khach-moi': 'Đồng chí A\nĐồng chí B' }],
    ['filled', sampleValues],
  ];
  test.each(resolved.flatMap((t) => cases.map(([name, values]) => [t.id, name, values] as const)))('%s, %s', async (id, _name, values) => {
    const template = byId(id);
    expect(docxLines(await renderDocx(template, values))).toEqual(paperText(paperLayout(template), values));
  });
});
