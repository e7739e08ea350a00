import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, htmlFiles, readPage, requireDist } from '../helpers/dist';
import { loadHandbook } from '../../src/lib/content/load';
import { renderDocx } from '../../src/lib/docx/document';
import { blankFileDate } from '../../src/lib/docx/properties';
import { paperLayout } from '../../src/lib/templates/layout';
import { LEADER, paperText } from '../../src/lib/templates/paper-text';
import { resolveTemplate } from '../../src/lib/templates/resolve';
import { formatKilobytes } from '../../src/lib/text';
import { unzipDocx } from '../helpers/docx';
import { topicChoices, topicKey, topicQuery } from '../../src/lib/templates/topic-plan';
import { stepsUsing } from '../../src/lib/templates/sources';
import { procedurePage } from '../../src/lib/routes';
import { docxLines, previewLines } from '../helpers/paper';

const handbook = loadHandbook('content', '.');
const ids = handbook.templates.map((t) => t.id);
const resolvedOf = (id: string) => resolveTemplate(handbook.templates.find((t) => t.id === id)!, handbook);
const fileOf = (id: string) => join(distDir, 'mau-van-ban', `${id}.docx`);

beforeAll(() => requireDist());

describe('the Word files in dist/', () => {
  test.each(ids)('%s.docx exists and is a zip', (id) => {
    const bytes = readFileSync(fileOf(id));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  test.each(ids)('%s.docx is the file this code makes for its date: a rebuild gives the same bytes, dated, never "Un-named"', async (id) => {
    const date = blankFileDate(process.env.SOURCE_DATE_EPOCH);
    const built = readFileSync(fileOf(id));
    expect(built.equals(Buffer.from(await renderDocx(resolvedOf(id), {}, { date })))).toBe(true);
    const core = unzipDocx(built)['docProps/core.xml'];
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date.toISOString().replace('.000Z', 'Z')}</dcterms:created>`);
    expect(core).not.toContain('Un-named');
  });

  test('are only the templates of content/templates/', () => {
    const built = readdirSync(join(distDir, 'mau-van-ban')).filter((f) => f.endsWith('.docx'));
    expect(built.sort()).toEqual(ids.map((id) => `${id}.docx`).sort());
  });
});

describe('template pages', () => {
  test.each(ids)('%s links its file with the size of the file in dist/', (id) => {
    const html = readPage(`mau-van-ban/${id}/`);
    const size = statSync(fileOf(id)).size;
    const link = new RegExp(`<a class="template-download" href="/mau-van-ban/${id}\\.docx" download[^>]*data-size="(\\d+)"[^>]*>([^]*?)</a>`);
    const match = link.exec(html);
    expect(match, 'download link').not.toBeNull();
    expect(Number(match?.[1])).toBe(size);
    expect(match?.[2]).toContain(`${id}.docx, Word, ${formatKilobytes(size)}`);
  });

  test.each(ids)('%s carries the form, the preview and its own script; the docx code is not on the page', (id) => {
    const html = readPage(`mau-van-ban/${id}/`);
    expect(html).toContain('<template-form');
    expect(html).toContain('data-preview');
    // A small loader, in the page, imports the form's own script (one file) only when the form is wanted.
    expect(html).toMatch(/<script type="module">[^<]*import\(`\/_astro\/template-form-[\w-]+\.js`\)/);
    expect(html).not.toMatch(/docx-worker|document\.[\w-]+\.js/);
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4;\s*margin:\s*20mm 15mm 20mm 30mm/);
    expect(html).toContain(`>Tải về</button>`);
    expect(html).toContain('>Xóa dữ liệu đã nhập</button>');
  });

  test('the preview lists the steps of the procedure in order, then the closing step of every meeting', () => {
    const html = readPage('mau-van-ban/bien-ban-chuyen-de/');
    const steps = handbook.procedures.find((p) => p.id === 'cac-buoc-chuyen-de')!.steps.filter((s) => s.phase === 'tien-hanh');
    const closing = handbook.procedures.find((p) => p.id === 'trinh-tu-thuong-ky')!.steps.find((s) => s.id === 'doc-lai-bien-ban')!;
    const found = [...html.matchAll(/<p class="h" data-step="([^"]+)">(\d+)\. ([^<]+)<\/p>/g)].map((m) => [m[1], m[3]]);
    expect(found).toEqual([...steps, closing].map((s) => [s.id, s.title]));
  });

  test('the preview draws an agenda as a table, one row per step', () => {
    const html = readPage('mau-van-ban/chuong-trinh-thuong-ky/');
    const steps = handbook.procedures.find((p) => p.id === 'trinh-tu-thuong-ky')!.steps;
    expect([...html.matchAll(/<tr data-step="([^"]+)"/g)].map((m) => m[1])).toEqual(steps.map((s) => s.id));
    expect(html).toMatch(/<th scope="col"><p>Thời gian<\/p><\/th>/);
  });

  test('the forms that ask for a topic or a year plan fetch the year lists, which the pages themselves do not carry', () => {
    const lists = JSON.parse(readFileSync(join(distDir, 'mau-van-ban', 'danh-sach-chuyen-de.json'), 'utf8'));
    expect(lists).toEqual(JSON.parse(JSON.stringify(topicChoices(handbook.topicLists))));
    expect(lists[0].topics[0].key).toBe(topicKey(handbook.topicLists[0].year, handbook.topicLists[0].topics[0].id));
    for (const template of handbook.templates) {
      const html = readPage(`mau-van-ban/${template.id}/`);
      const asks = resolvedOf(template.id).fields.some((f) => f === 'chuyen-de' || f === 'chuyen-de-quy-1');
      expect(html.includes('data-topics="/mau-van-ban/danh-sach-chuyen-de.json"'), template.id).toBe(asks);
      // The titles come with the list, when the form loads.
      expect(html, template.id).not.toContain(handbook.topicLists[0].topics[1].title);
    }
  });

  test('each form names the fields its paper shows and the symbol of its number, for its script to build the controls', () => {
    for (const template of handbook.templates) {
      const html = readPage(`mau-van-ban/${template.id}/`);
      const form = /<template-form ([^>]*)>/.exec(html)?.[1] ?? '';
      expect(/data-fields="([^"]*)"/.exec(form)?.[1].split(' '), template.id).toEqual(resolvedOf(template.id).fields);
      expect(/data-symbol="([^"]*)"/.exec(form)?.[1], template.id).toBe(template.symbol);
      // The controls themselves come with the form's script, not with the page.
      const inside = html.slice(html.indexOf('<template-form'), html.indexOf('</template-form>'));
      expect(inside, template.id).not.toMatch(/<(input|select|textarea)\b/);
    }
  });

  test('the JSON each page fetches is the resolved template', () => {
    for (const template of handbook.templates) {
      const json = JSON.parse(readFileSync(join(distDir, 'mau-van-ban', `${template.id}.json`), 'utf8'));
      expect(json).toEqual(JSON.parse(JSON.stringify(resolveTemplate(template, handbook))));
    }
  });
});

describe('the preview on each page reads as the Word file', () => {
  // Normalised as tests/helpers/paper.ts says: dot leaders and dotted borders as a tab, CSS capitals, Word's empty spacing paragraphs.
  test.each(ids)('%s, blank: the same lines in the same order as its .docx and its layout', (id) => {
    const preview = previewLines(readPage(`mau-van-ban/${id}/`));
    expect(preview).toEqual(docxLines(readFileSync(fileOf(id))));
    expect(preview).toEqual(paperText(paperLayout(resolvedOf(id))));
  });
});

describe('papers where the work happens', () => {
  const papered = handbook.procedures.flatMap((p) => p.steps.filter((s) => s.papers.length > 0).map((s) => ({ procedure: p, step: s })));

  test('each step that produces or uses a paper links it under "Giấy tờ của bước này"', () => {
    expect(papered.length).toBeGreaterThanOrEqual(12);
    for (const { procedure, step } of papered) {
      const html = readPage(procedurePage(procedure.id).path);
      const open = html.indexOf(`data-step="${step.id}"`);
      const item = html.slice(open, html.indexOf('</li>', open));
      // On screen only: links to a form mean nothing on paper.
      const papers = /<p class="step-papers print-hidden" data-step-papers>([^]*?)<\/p>/.exec(item);
      expect(papers?.[1], step.id).toContain('<strong>Giấy tờ của bước này:</strong>');
      const links = [...(papers?.[1] ?? '').matchAll(/<a href="\/mau-van-ban\/([^/]+)\/">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
      expect(links, step.id).toEqual(step.papers.map((id) => [id, handbook.templates.find((t) => t.id === id)!.title]));
    }
  });

  test('each paper\'s page lists the steps that use it, linked to the step', () => {
    for (const template of handbook.templates) {
      const steps = stepsUsing(template.id, handbook.procedures);
      const html = readPage(`mau-van-ban/${template.id}/`);
      if (steps.length === 0) {
        expect(html, template.id).not.toContain('id="buoc"');
        continue;
      }
      const list = /<h2 id="buoc"[^>]*>Dùng ở các bước<\/h2>\s*<ul class="template-steps" data-pagefind-ignore>([^]*?)<\/ul>/.exec(html);
      const links = [...(list?.[1] ?? '').matchAll(/<a href="\/([^"#]+)#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2], m[3]]);
      expect(links, template.id).toEqual(steps.map((l) => [l.path, l.hash, l.label]));
    }
    // Every paper is reached from a step that produces or uses it.
    expect(handbook.templates.filter((t) => stepsUsing(t.id, handbook.procedures).length === 0).map((t) => t.id)).toEqual([]);
  });

  test('each topic on a year page links to the lead-paper form with the topic chosen, and to the thematic steps', () => {
    for (const list of handbook.topicLists) {
      const html = readPage(`chuyen-de/${list.year}/`);
      for (const topic of list.topics) {
        const open = html.indexOf(`<h4 id="${topic.id}">`);
        const item = html.slice(open, html.indexOf('</li>', open));
        const query = topicQuery(list.year, topic.id).replace(/&/g, '&amp;');
        expect(item, topic.id).toContain(`<a href="/mau-van-ban/de-dan-chuyen-de/${query}#dien-mau">Soạn đề dẫn cho chuyên đề này</a>`);
        expect(item, topic.id).toContain('<a href="/quy-trinh-sinh-hoat-chuyen-de/#chon-chuyen-de">các bước chuẩn bị và sinh hoạt chuyên đề</a>');
      }
    }
  });
});

describe('the rest of the site', () => {
  test('the index lists every template with its page and file', () => {
    const html = readPage('mau-van-ban/');
    for (const template of handbook.templates) {
      expect(html).toContain(`<a href="/mau-van-ban/${template.id}/">${template.title}</a>`);
      expect(html).toContain(`href="/mau-van-ban/${template.id}.docx"`);
    }
  });

  test('the sidebar has a "Mẫu văn bản" group and the home page a card', () => {
    const home = readPage('');
    expect(home).toMatch(/Mẫu văn bản<\/span>/);
    expect(home).toContain('href="/mau-van-ban/bien-ban-thuong-ky/"');
    expect(home).toMatch(/<a href="\/mau-van-ban\/"[^>]*>/);
  });

  test('only template pages load the form script', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(join(distDir, file), 'utf8');
      const isTemplate = /^mau-van-ban\/[^/]+\/index\.html$/.test(file);
      expect(/\/_astro\/template-form-[\w-]+\.js/.test(html), file).toBe(isTemplate);
    }
  });
});

describe('a real word processor opens every file', () => {
  let out: string;
  const text = new Map<string, string>();

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'so-tay-pdf-'));
    // One LibreOffice run for all files, with its own profile so it never meets another instance.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(out, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...ids.map(fileOf),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    for (const id of ids) {
      const pdf = join(out, `${id}.pdf`);
      if (existsSync(pdf)) {
        // -raw keeps the text of each table cell together, in the order the file holds it.
        const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
        text.set(id, raw.normalize('NFC').replace(/\s+/g, ' '));
      }
    }
  }, 200_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test.each(ids)('%s becomes a PDF whose text carries the header, name, headings, tables and foot of its layout, with their diacritics', (id) => {
    const pdf = text.get(id);
    expect(pdf, `LibreOffice made no PDF of ${id}.docx`).toBeDefined();
    const framing = paperLayout(resolvedOf(id)).filter((b) => b.type !== 'paragraph' && b.type !== 'speaker-line' && b.type !== 'hint');
    // A cell's words wrap within the cell: compare them with spaces for line breaks, as the PDF's text is read.
    const headings = paperText(framing)
      .filter((line) => !line.includes(LEADER))
      .map((line) => line.replace(/\s+/g, ' '));
    if (resolvedOf(id).issuer === 'chi-bo') expect(headings).toEqual(expect.arrayContaining(['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ ……', 'CHI BỘ ……']));
    for (const heading of headings) expect(pdf, heading).toContain(heading);
  });
});
