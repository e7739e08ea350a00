import { readFileSync, mkdtempSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import {
  buildChecklists,
  checklistItemAnchor,
  checklistVersion,
  findChecklist,
  shortHash,
} from '../../src/lib/checklists/build';
import { handbookSidebar } from '../../src/lib/sidebar';
import { advicePage, procedurePage } from '../../src/lib/routes';
import { ContentError } from '../../src/lib/content/errors';

const handbook = loadHandbook(contentDir(), process.cwd());
const lists = buildChecklists(handbook.procedures, handbook.advice);

/** The MDX source of the page at a route path ("quy-trinh-sinh-hoat-chuyen-de/"). */
const pageSource = (page: string): string => readFileSync(join('src/content/docs', `${page.replace(/\/$/, '')}.mdx`), 'utf8');

describe('buildChecklists', () => {
  test('builds one list per procedure, in order, then the advice for the committee and for members', () => {
    expect(lists.map((l) => l.id)).toEqual([
      'chuan-bi-thuong-ky',
      'trinh-tu-thuong-ky',
      'sau-thuong-ky',
      'chuong-trinh-thuong-ky',
      'chuan-bi-chuyen-de',
      'cac-buoc-chuyen-de',
      'sau-chuyen-de',
      'cap-uy',
      'dang-vien',
    ]);
  });

  test.each(handbook.procedures.map((p) => [p.id, p] as const))(
    'procedure %s: every step is an item, in order, with its title and who does it',
    (id, procedure) => {
      const list = findChecklist(lists, id);
      expect(list.ordered).toBe(true);
      expect(list.title).toBe(procedure.title);
      expect(list.items.map((i) => [i.id, i.title])).toEqual(procedure.steps.map((s) => [s.id, s.title]));
      for (const item of list.items) expect(item.hint).toMatch(/^Người thực hiện: \S/);
    },
  );

  test.each(handbook.advice.map((a) => [a.id, a] as const))('advice %s: every item is an item, in order', (id, advice) => {
    const list = findChecklist(lists, id);
    expect(list.ordered).toBe(false);
    expect(list.items.map((i) => [i.id, i.title])).toEqual(advice.items.map((s) => [s.id, s.title]));
  });

  test('the step-by-step lists have the steps of their sources: 4, 5, 9 (Tân Thành), 3, 9 and 2', () => {
    expect(lists.slice(0, 7).map((l) => l.items.length)).toEqual([4, 5, 2, 9, 3, 9, 2]);
  });

  test('each item links to the page that renders its procedure or advice list, at the item anchor', () => {
    for (const list of lists) {
      const component = list.source.kind === 'procedure' ? 'ProcedureSteps' : 'AdviceList';
      const page = list.source.kind === 'procedure' ? procedurePage(list.id) : advicePage(list.id);
      expect(list.source.page).toBe(page.path);
      // The page renders this list's steps; each step's heading carries its id as anchor.
      expect(pageSource(list.source.page)).toContain(`<${component} id="${list.id}"`);
      for (const item of list.items) {
        expect(item.page).toBe(list.source.page);
        expect(item.anchor).toBe(item.id);
      }
    }
  });

  test('item anchors inside a checklist differ from the step anchors', () => {
    expect(checklistItemAnchor('cu-thu-ky')).toBe('viec-cu-thu-ky');
  });

  test('stops with a message naming a procedure that has no page', () => {
    const orphan = { ...handbook.procedures[0]!, id: 'quy-trinh-moi' };
    expect(() => buildChecklists([orphan], [])).toThrow(/Quy trình "quy-trinh-moi" chưa có trang.*shows.procedures.*src\/lib\/routes.ts/);
  });

  test('the content loader stops when a procedure and an advice list share an id (a checklist id)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noi-dung-'));
    try {
      cpSync(contentDir(), dir, { recursive: true });
      const advice = readFileSync(join(dir, 'advice', 'cap-uy.yaml'), 'utf8').replace(/^id: cap-uy$/m, 'id: chuan-bi-chuyen-de');
      writeFileSync(join(dir, 'advice', 'chuan-bi-chuyen-de.yaml'), advice);
      let issues: ContentError['issues'] = [];
      try {
        loadHandbook(dir, dir);
      } catch (error) {
        if (error instanceof ContentError) issues = error.issues;
      }
      expect(issues).toContainEqual(
        expect.objectContaining({ file: 'advice/chuan-bi-chuyen-de.yaml', entry: 'chuan-bi-chuyen-de', field: 'id', message: expect.stringContaining('trùng với quy trình') }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('findChecklist names the lists there are when asked for one that is not', () => {
    expect(() => findChecklist(lists, 'khong-co')).toThrow(/Không có danh sách kiểm tra "khong-co" \(có: chuan-bi-thuong-ky/);
  });
});

describe('checklistVersion', () => {
  const items = [
    { id: 'a', title: 'Việc A' },
    { id: 'b', title: 'Việc B' },
  ];
  test('is a short, stable hash of the item ids and titles', () => {
    expect(checklistVersion(items)).toBe(checklistVersion(items.map((i) => ({ ...i }))));
    expect(checklistVersion(items)).toMatch(/^[0-9a-z]{1,7}$/);
  });
  test('changes when an item is removed, added, renamed or moved', () => {
    const v = checklistVersion(items);
    expect(checklistVersion(items.slice(1))).not.toBe(v);
    expect(checklistVersion([...items, { id: 'c', title: 'Việc C' }])).not.toBe(v);
    expect(checklistVersion([items[0]!, { id: 'b', title: 'Việc B mới' }])).not.toBe(v);
    expect(checklistVersion([...items].reverse())).not.toBe(v);
  });
  test('each built list carries the version of its own items', () => {
    for (const list of lists) expect(list.version).toBe(checklistVersion(list.items));
    expect(new Set(lists.map((l) => l.version)).size).toBe(lists.length);
  });
  test('shortHash is FNV-1a (known value)', () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c.
    expect(shortHash('a')).toBe((0xe40c292c).toString(36));
  });
});

describe('the sidebar group of checklists', () => {
  const group = (dir?: string) =>
    handbookSidebar(dir).find((e): e is { label: string; items: { label: string; link: string }[] } => 'items' in e && e.label === 'Danh sách kiểm tra');

  test('links the index and each list, titled from the content', () => {
    expect(group()?.items).toEqual([
      { label: 'Tất cả danh sách', link: '/danh-sach-kiem-tra/' },
      ...lists.map((l) => ({ label: l.title, link: `/danh-sach-kiem-tra/${l.id}/` })),
    ]);
  });

  test('gives only the index link when content is broken (the loaders then report it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noi-dung-'));
    try {
      cpSync(contentDir(), dir, { recursive: true });
      writeFileSync(join(dir, 'procedures', 'chuan-bi-chuyen-de.yaml'), 'id: chuan-bi-chuyen-de\n');
      expect(group(dir)?.items).toEqual([{ label: 'Tất cả danh sách', link: '/danh-sach-kiem-tra/' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
