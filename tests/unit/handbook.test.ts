// src/lib/handbook.ts and a component that uses it, in-process: the unit tests run through Astro's
// Vite config (vitest.config.ts), whose `astro:content` reads the data store that
// tests/setup/astro-sync.ts writes from content/ with the site's own loaders.
import { beforeAll, describe, expect, test } from 'vitest';
import { sortDocuments } from '../../src/lib/sources';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment } from 'parse5';
import ProcedureSteps from '../../src/components/ProcedureSteps.astro';
import {
  getAdvice,
  getBasisDocuments,
  getChecklist,
  getProcedure,
  getProcedures,
  getTemplates,
  getTopicGroups,
  getRules,
  getExamples,
  getTopicLists,
} from '../../src/lib/handbook';
import { loadHandbook } from '../../src/lib/content/load';
import { phaseLabels, stepActors } from '../../src/lib/labels';

/** What the loader reads from content/ directly, to compare the collections with. */
const handbook = loadHandbook('content', '.');

describe('the content collections (getCollection)', () => {
  test('hold the procedures, in handbook order, with every step the loader read', async () => {
    const procedures = await getProcedures();
    expect(procedures.map((p) => p.id)).toEqual(handbook.procedures.map((p) => p.id));
    expect(procedures.map((p) => p.id)).toContain('chuan-bi-thuong-ky');
    expect(procedures).toEqual([...handbook.procedures].sort((a, b) => a.order - b.order));
    expect((await getProcedure('cac-buoc-chuyen-de')).steps.map((s) => s.id)).toContain('cu-thu-ky');
  });

  test('name the procedures there are when a page asks for one that is not', async () => {
    await expect(getProcedure('khong-co')).rejects.toThrow(
      `Không có quy trình "khong-co" (có: ${handbook.procedures.map((p) => p.id).join(', ')})`,
    );
    await expect(getAdvice('khong-co')).rejects.toThrow(/^Không có danh sách lưu ý "khong-co" \(có: /);
  });

  test('hold the seven topic groups in the guidance\'s order, the year lists newest first, the rules and examples as their files list them', async () => {
    // The content layer returns entries sorted by id; the accessors restore the files' order.
    expect((await getTopicGroups()).map((g) => g.id)).toEqual(handbook.topicGroups.map((g) => g.id));
    expect((await getRules()).map((r) => r.id)).toEqual(handbook.rules.map((r) => r.id));
    expect((await getExamples()).map((e) => e.id)).toEqual(handbook.examples.map((e) => e.id));
    const years = (await getTopicLists()).map((l) => l.year);
    expect(years).toContain(2023);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // Central documents first, then local ones, then the guidance text; oldest first within each.
    expect((await getBasisDocuments()).map((d) => d.id)).toEqual(sortDocuments(handbook.basisDocuments).map((d) => d.id));
  });

  test('hold the templates in order, and the checklists built from procedures and advice', async () => {
    expect((await getTemplates()).map((t) => t.id)).toEqual(handbook.templates.map((t) => t.id));
    const steps = await getChecklist('cac-buoc-chuyen-de');
    expect(steps.items.map((i) => i.id)).toEqual(handbook.procedures.find((p) => p.id === 'cac-buoc-chuyen-de')!.steps.map((s) => s.id));
  });
});

interface Element {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Element[];
  value?: string;
}

/** Every element of a parsed fragment, in document order. */
const elements = (node: Element): Element[] => (node.childNodes ?? []).flatMap((c) => (c.tagName ? [c, ...elements(c)] : []));
const attr = (el: Element, name: string): string | undefined => el.attrs?.find((a) => a.name === name)?.value;
const text = (el: Element): string => (el.childNodes ?? []).map((c) => (c.nodeName === '#text' ? (c.value ?? '') : text(c))).join('');
const withClass = (root: Element, name: string): Element[] => elements(root).filter((e) => (attr(e, 'class') ?? '').split(' ').includes(name));

describe('ProcedureSteps.astro, rendered with the Container API', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  // Rendered as on the page that shows the procedure: the component checks the page registry.
  const render = async (props: { id: string; level?: 2 | 3 }, page = 'quy-trinh-sinh-hoat-chuyen-de/'): Promise<Element> =>
    parseFragment(await container.renderToString(ProcedureSteps, { props, request: new Request(`http://localhost/${page}`) })) as unknown as Element;

  test('lists every step in order: numbered heading with its anchor, actors, phase, checklist link, text and note', async () => {
    const procedure = handbook.procedures.find((p) => p.id === 'cac-buoc-chuyen-de')!;
    const root = await render({ id: procedure.id });
    const [list] = elements(root).filter((e) => e.tagName === 'ol');
    expect(attr(list!, 'data-procedure')).toBe(procedure.id);
    expect(attr(list!, 'aria-label')).toBe(procedure.title);
    // The steps are search records of their own (src/lib/search/records.ts): the page is not indexed twice.
    expect(attr(list!, 'data-pagefind-ignore')).toBe('');
    const items = withClass(root, 'step');
    expect(items).toHaveLength(procedure.steps.length);
    procedure.steps.forEach((step, i) => {
      const item = items[i]!;
      const [heading] = elements(item).filter((e) => e.tagName === 'h3');
      expect(attr(heading!, 'id')).toBe(step.id);
      expect(text(withClass(heading!, 'step-number')[0]!).replace(/\s+/g, ' ').trim()).toBe(`Bước ${i + 1}:`);
      expect(text(withClass(heading!, 'step-name')[0]!)).toBe(step.title);
      const meta = text(withClass(item, 'step-meta')[0]!).replace(/\s+/g, ' ');
      expect(meta).toContain(`Người thực hiện: ${stepActors(step)}`);
      expect(meta).toContain(`Giai đoạn: ${phaseLabels[step.phase]}`);
      const link = elements(item).find((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('/danh-sach-kiem-tra/'))!;
      expect(attr(link, 'href')).toBe(`/danh-sach-kiem-tra/${procedure.id}/#viec-${step.id}`);
      const paragraphs = elements(item).filter((e) => e.tagName === 'p' && !attr(e, 'class')).map(text);
      expect(paragraphs).toEqual(step.details);
      const note = withClass(item, 'step-note').map(text);
      expect(note).toEqual(step.note ? [`Lưu ý: ${step.note}`] : []);
    });
    expect(procedure.steps.some((s) => s.note)).toBe(true);
  });

  test('takes the heading level it is given', async () => {
    const root = await render({ id: 'chuan-bi-chuyen-de', level: 2 });
    const headings = elements(root).filter((e) => /^h\d$/.test(e.tagName ?? ''));
    expect(new Set(headings.map((h) => h.tagName))).toEqual(new Set(['h2']));
    expect(headings).toHaveLength(3);
  });

  test('stops the build naming the procedures there are when the id is unknown', async () => {
    await expect(render({ id: 'khong-co' })).rejects.toThrow('hiện quy trình "khong-co" nhưng danh sách trang (src/lib/routes.ts) không ghi');
  });
});
