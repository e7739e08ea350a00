import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHandbook } from '../../src/lib/content/load';
import { pages, procedurePage } from '../../src/lib/routes';
import { documentLabel, documentTitle } from '../../src/lib/sources';
import { formatDate, quoted } from '../../src/lib/text';
import { listGroupAnchor } from '../../src/lib/topics';
import { htmlFiles, readPage, distDir, textOf } from '../helpers/dist';

const handbook = loadHandbook('content', '.');

describe('window titles', () => {
  test('every page names itself, then the site, once each; the home page names the site alone', () => {
    const site = pages.home.title;
    for (const file of htmlFiles()) {
      const title = /<title>([^<]*)<\/title>/.exec(readFileSync(join(distDir, file), 'utf8'))?.[1] ?? '';
      if (file === 'index.html') expect(title).toBe(site);
      else expect(title.split(' | '), file).toEqual([expect.not.stringMatching(new RegExp(`^${site}$`)), site]);
    }
  });
});

describe('procedure pages', () => {
  for (const procedure of handbook.procedures) {
    test(`${procedure.id}: every step is on ${procedurePage(procedure.id).path} with its anchor, number and title`, () => {
      const path = procedurePage(procedure.id).path;
      const html = readPage(path!);
      const text = textOf(html);
      procedure.steps.forEach((step, index) => {
        const heading = new RegExp(`<h[234][^>]*id="${step.id}"[^>]*>([\\s\\S]*?)</h[234]>`).exec(html);
        expect(heading, `anchor #${step.id}`).not.toBeNull();
        const headingText = textOf(heading![1]!);
        expect(headingText).toContain(`Bước ${index + 1}`);
        expect(headingText).toContain(step.title);
        for (const paragraph of step.details) expect(text).toContain(paragraph);
      });
    });
  }

  test('steps appear in the order of the data', () => {
    const html = readPage('quy-trinh-sinh-hoat-chuyen-de/');
    const ids = [...html.matchAll(/<h3[^>]*class="step-title"[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    const expected = ['chuan-bi-chuyen-de', 'cac-buoc-chuyen-de', 'sau-chuyen-de'].flatMap(
      (id) => handbook.procedures.find((p) => p.id === id)!.steps.map((s) => s.id),
    );
    expect(ids).toEqual(expected);
  });

  test('the regular meeting page carries the Tân Thành example facts', () => {
    const text = textOf(readPage('sinh-hoat-thuong-ky/'));
    for (const fact of [
      'Lễ kết nạp đảng viên',
      '11 ý kiến',
      'tháng 11 năm 2021',
      'Vương Đại Tương',
      'ngày 03 hằng tháng',
      '04-ĐA/ThU',
      '28/4/2014',
      '08-QĐ/TU',
    ]) {
      expect(text).toContain(fact);
    }
  });
});

describe('topic pages', () => {
  test('the thematic meeting page lists all 7 groups', () => {
    const text = textOf(readPage('sinh-hoat-chuyen-de/'));
    for (const group of handbook.topicGroups) expect(text).toContain(group.description);
  });

  for (const list of handbook.topicLists) {
    test(`the ${list.year} page lists every topic under its group's heading, with an anchor`, () => {
      const html = readPage(`chuyen-de/${list.year}/`);
      for (const topic of list.topics) {
        const at = html.indexOf(`id="${topic.id}"`);
        expect(at, topic.id).toBeGreaterThan(-1);
        expect(textOf(html)).toContain(`Chuyên đề ${quoted(topic.title)}`);
        const group = handbook.topicGroups.find((g) => g.id === topic.group)!;
        const groupAt = html.indexOf(`id="${listGroupAnchor(list, group.id)}"`);
        expect(groupAt).toBeGreaterThan(-1);
        expect(groupAt).toBeLessThan(at);
      }
      expect(textOf(html)).toContain(list.issuer);
    });
  }

  test('the topic index links to every year', () => {
    const html = readPage('chuyen-de/');
    for (const list of handbook.topicLists) expect(html).toContain(`href="/chuyen-de/${list.year}/"`);
  });
});

describe('advice and basis documents', () => {
  test('every advice item is on the advice page with its anchor', () => {
    const html = readPage('luu-y-kinh-nghiem/');
    for (const item of handbook.advice.flatMap((a) => a.items)) {
      expect(html).toContain(`id="${item.id}"`);
      expect(textOf(html)).toContain(item.text);
    }
  });

  test('basis documents show their short name, their date as Party papers cite it, and their full title', () => {
    const html = readPage('van-ban-can-cu/');
    const text = textOf(html);
    for (const doc of handbook.basisDocuments) {
      const row = new RegExp(`<tr id="${doc.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
      expect(row, doc.id).not.toBeNull();
      const cells = textOf(row![1]!);
      expect(cells).toContain(documentLabel(doc));
      expect(cells).toContain(documentTitle(doc));
      if (doc.date && doc.date.length === 10) expect(cells).toContain(formatDate(doc.date));
      if (doc.issuer && !doc.unverified.includes('issuer')) expect(cells).toContain(doc.issuer);
    }
    // Dates in running text follow REFERENCES.md (06/7/2018), never 06/07/2018.
    expect(text).toContain('06/7/2018');
    expect(text).not.toMatch(/\b\d{2}\/0[3-9]\/\d{4}\b/);
  });
});

describe('language', () => {
  // Starlight's English UI strings, read from the installed package.
  const en = readFileSync('node_modules/@astrojs/starlight/dist/translations/en.js', 'utf8');
  const vi = readFileSync('node_modules/@astrojs/starlight/dist/translations/vi.js', 'utf8');
  const values = (source: string) => [...source.matchAll(/"[\w.]+": "([^"]+)"/g)].map((m) => m[1]!);
  // Strings Vietnamese shares with English (the "Ctrl" key) are not left-over English.
  const shared = new Set(values(vi));
  const englishStrings = values(en)
    .filter((s) => s.length >= 4 && !s.includes('{{') && !shared.has(s))
    .concat(['Search this site', 'Load more results', 'No results for', 'Clear']);

  test('every page is lang="vi"', () => {
    for (const file of htmlFiles()) {
      expect(readFileSync(join(distDir, file), 'utf8'), file).toMatch(/<html[^>]*\blang="vi"/);
    }
  });

  test('no English Starlight UI string is left in text or labels', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(join(distDir, file), 'utf8');
      const visible = textOf(html) + ' ' + [...html.matchAll(/(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]).join(' ');
      for (const s of englishStrings) {
        const pattern = new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
        expect(pattern.test(visible), `"${s}" in ${file}`).toBe(false);
      }
    }
  });

  test('pages are stored in NFC', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(join(distDir, file), 'utf8');
      expect(html === html.normalize('NFC'), file).toBe(true);
    }
  });
});

describe('wording', () => {
  test('the year page keeps a space between sentences', () => {
    const text = textOf(readPage('chuyen-de/2023/'));
    expect(text).toMatch(/triển khai \d+ chuyên đề năm \d{4}\. \S/u);
  });
});
