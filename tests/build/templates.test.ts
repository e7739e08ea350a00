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
import { docxLines, previewLines } from '../helpers/paper';

const handbook = loadHandbook('content', '.');
const ids = handbook.templates.map((t) => t.id);
const resolvedOf = (id: string) => resolveTemplate(handbook.templates.find((t) => t.id === id)!, handbook.procedures);
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
    expect(html).toMatch(/<script type="module" src="\/_astro\/TemplateForm[^"]*\.js">/);
    expect(html).not.toMatch(/docx-worker|document\.[\w-]+\.js/);
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4;\s*margin:\s*20mm 15mm 20mm 30mm/);
    expect(html).toContain(`>Tải về</button>`);
    expect(html).toContain('>Xóa dữ liệu đã nhập</button>');
  });

  test('the preview lists the steps of the procedure in order', () => {
    const html = readPage('mau-van-ban/bien-ban-chuyen-de/');
    const steps = handbook.procedures.find((p) => p.id === 'cac-buoc-chuyen-de')!.steps.filter((s) => s.phase === 'tien-hanh');
    const found = [...html.matchAll(/<p class="h" data-step="([^"]+)">(\d+)\. ([^<]+)<\/p>/g)].map((m) => [m[1], m[3]]);
    expect(found).toEqual(steps.map((s) => [s.id, s.title]));
  });

  test('the form asks for the topic from the year lists only on thematic papers', () => {
    const topics = handbook.topicLists.flatMap((l) => l.topics);
    const thematic = readPage('mau-van-ban/bien-ban-chuyen-de/');
    for (const topic of topics) expect(thematic).toContain(`<option value="${topic.title.replace(/"/g, '&quot;')}">`);
    expect(thematic).toContain('<label for="o-chuyen-de-khac">Hoặc gõ tên chuyên đề</label>');
    expect(readPage('mau-van-ban/bien-ban-thuong-ky/')).not.toContain('name="chuyen-de"');
  });

  test('every control has a label', () => {
    for (const id of ids) {
      const html = readPage(`mau-van-ban/${id}/`);
      const controls = [...html.matchAll(/<(?:input|select|textarea)[^>]* id="(o-[^"]+)"/g)].map((m) => m[1]);
      expect(controls.length, id).toBeGreaterThan(3);
      for (const control of controls) expect(html, `${id} ${control}`).toContain(`<label for="${control}">`);
    }
  });

  test('the JSON each page fetches is the resolved template', () => {
    for (const template of handbook.templates) {
      const json = JSON.parse(readFileSync(join(distDir, 'mau-van-ban', `${template.id}.json`), 'utf8'));
      expect(json).toEqual(JSON.parse(JSON.stringify(resolveTemplate(template, handbook.procedures))));
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
      expect(/TemplateForm[^"]*\.js/.test(html), file).toBe(isTemplate);
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
        const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
        text.set(id, raw.normalize('NFC').replace(/\s+/g, ' '));
      }
    }
  }, 200_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test.each(ids)('%s becomes a PDF whose text carries the header, name, headings and foot of its layout, with their diacritics', (id) => {
    const pdf = text.get(id);
    expect(pdf, `LibreOffice made no PDF of ${id}.docx`).toBeDefined();
    const framing = paperLayout(resolvedOf(id)).filter((b) => b.type !== 'paragraph' && b.type !== 'speaker-line' && b.type !== 'hint');
    const headings = paperText(framing).filter((line) => !line.includes(LEADER));
    expect(headings).toEqual(expect.arrayContaining(['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ ……', 'CHI BỘ ……']));
    for (const heading of headings) expect(pdf, heading).toContain(heading);
  });
});
