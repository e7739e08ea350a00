/**
 * Checks the built site against the page registry (src/lib/routes.ts): every built page is in it,
 * every page in it was built, and each page shows the procedures and advice lists the registry says,
 * no more and no fewer. Pure: it takes the pages' paths and HTML.
 */
import { pageAt, type Page } from '../routes';
import { pagePath } from './built';

/** One built page: its file relative to dist/, and its HTML. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** The values of one data attribute in a page, in order ("data-procedure" → ["chuan-bi-chuyen-de", …]). */
function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

/** True when some element of the page carries the attribute. */
function hasAttribute(html: string, name: string): boolean {
  return new RegExp(`\\s${name}(?=[\\s=>])`).test(html);
}

/** Every disagreement between the built pages and the registry, one readable line each; none when they agree. */
export function registryProblems(registry: readonly Page[], built: readonly BuiltPage[]): string[] {
  const problems: string[] = [];
  const seen = new Set<Page>();
  for (const { file, html } of built) {
    const page = pageAt(registry, pagePath(file));
    if (!page) {
      problems.push(`${file}: trang này không có trong danh sách trang (src/lib/routes.ts)`);
      continue;
    }
    seen.add(page);
    const lists = [
      ['data-procedure', 'quy trình', page.shows.procedures ?? []],
      ['data-advice', 'danh sách lưu ý', page.shows.advice ?? []],
    ] as const;
    for (const [attribute, what, expected] of lists) {
      const shown = [...new Set(attributeValues(html, attribute))];
      const missing = expected.filter((id) => !shown.includes(id));
      const extra = shown.filter((id) => !expected.includes(id));
      if (missing.length) problems.push(`${file}: danh sách trang ghi ${what} ${missing.join(', ')} nhưng trang không hiện`);
      if (extra.length) problems.push(`${file}: trang hiện ${what} ${extra.join(', ')} mà danh sách trang không ghi`);
    }
    const parts = [
      ['rules', 'data-rule', 'quy định (content/rules.yaml)'],
      ['topicGroups', 'data-topic-groups', 'bảy nhóm vấn đề'],
      ['basisDocuments', 'data-document', 'văn bản căn cứ'],
    ] as const;
    for (const [key, attribute, what] of parts) {
      const shown = hasAttribute(html, attribute);
      if (page.shows[key] && !shown) problems.push(`${file}: danh sách trang ghi trang hiện ${what} nhưng trang không hiện`);
      if (!page.shows[key] && shown) problems.push(`${file}: trang hiện ${what} mà danh sách trang không ghi`);
    }
  }
  for (const page of registry) {
    if (!seen.has(page)) problems.push(`/${page.path}: có trong danh sách trang nhưng không được dựng`);
  }
  return problems;
}
