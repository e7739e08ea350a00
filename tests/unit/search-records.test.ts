import { documentLabel } from '../../src/lib/sources';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { advicePage, procedurePage, routes } from '../../src/lib/routes';
import { recordHtml, searchRecords } from '../../src/lib/search/records';
import { contextMetaKey } from '../../src/lib/search/meta';
import { topicGroupAnchor } from '../../src/lib/topics';

const handbook = loadHandbook(contentDir(), process.cwd());
const records = searchRecords(handbook);
const byUrl = new Map(records.map((r) => [r.url, r]));

describe('searchRecords', () => {
  test('URLs are unique', () => {
    expect(byUrl.size).toBe(records.length);
  });

  test.each(handbook.procedures.map((p) => [p.id, p] as const))('procedure %s: one record per step, at its anchor', (id, procedure) => {
    procedure.steps.forEach((step, i) => {
      const record = byUrl.get(`/${procedurePage(id).path}#${step.id}`);
      expect(record, step.id).toBeDefined();
      expect(record!.title).toBe(step.title);
      expect(record!.filters).toEqual({ loai: ['quy trình'], 'quy-trinh': [procedure.title] });
      expect(record!.context).toBe(`Bước ${i + 1} · ${procedure.title}`);
      for (const paragraph of step.details) expect(record!.content).toContain(paragraph.replace(/[.]$/, ''));
    });
  });

  test('one record per topic, with its group, year and kind', () => {
    for (const list of handbook.topicLists) {
      for (const topic of list.topics) {
        const group = handbook.topicGroups.find((g) => g.id === topic.group)!;
        const record = byUrl.get(`/${routes.topicYear(list.year)}#${topic.id}`);
        expect(record?.title).toBe(topic.title);
        expect(record?.filters).toEqual({ loai: ['chuyên đề'], nhom: [group.title], nam: [String(list.year)] });
      }
    }
  });

  test('one record per topic group, on the thematic-meeting page', () => {
    for (const group of handbook.topicGroups) {
      const record = byUrl.get(`/${routes.thematic}#${topicGroupAnchor(group.id)}`);
      expect(record?.title).toBe(group.title);
      expect(record?.filters).toEqual({ loai: ['hướng dẫn'], nhom: [group.title] });
    }
  });

  test('one record per piece of advice and per basis document', () => {
    for (const list of handbook.advice) {
      for (const item of list.items) expect(byUrl.get(`/${advicePage(list.id).path}#${item.id}`)?.title).toBe(item.title);
    }
    for (const doc of handbook.basisDocuments) expect(byUrl.get(`/${routes.basis}#${doc.id}`)?.title).toBe(documentLabel(doc));
  });
});

describe('recordHtml', () => {
  test('the title is the heading, the context and filters are in the head, text is escaped', () => {
    const html = recordHtml({
      url: '/x/#y',
      title: 'A <b> & "c"',
      content: 'Nội dung <script>',
      filters: { loai: ['quy trình'] },
      context: 'Bước 1 · Q',
    });
    expect(html).toContain('<main data-pagefind-body><h1>A &lt;b&gt; &amp; &quot;c&quot;</h1><p>Nội dung &lt;script&gt;</p></main>');
    expect(html).toContain(`<meta data-pagefind-meta="${contextMetaKey}[content]" content="Bước 1 · Q">`);
    expect(html).toContain('<meta data-pagefind-filter="loai[content]" content="quy trình">');
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
  });
});
