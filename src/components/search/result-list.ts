/**
 * The result markup both search UIs show, built with DOM calls: where the result sits and its kind,
 * the linked title, the snippet with the matched words marked, other matching sections; and the
 * note that says which abbreviations were written out.
 */
import type { Expansion } from '../../lib/search/abbreviations';
import { valueLabel } from '../../lib/search/facets';
import type { ShownResult } from '../../lib/search/results';

/** An element, created with its class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result as a list item; its title is a heading of `level` (3 under the page's "Kết quả"). */
export function resultItem(result: ShownResult, level: 2 | 3): HTMLLIElement {
  const li = el('li');
  const heading = el(level === 2 ? 'h2' : 'h3', 'result-title');
  const link = el('a', undefined, result.title);
  link.href = result.href;
  heading.append(link);
  const context = [result.kind && valueLabel('loai', result.kind), result.context].filter(Boolean).join(' · ');
  if (context) li.append(el('p', 'result-context', context));
  li.append(heading);
  if (result.excerpt.length > 0) {
    const excerpt = el('p', 'result-excerpt');
    for (const part of result.excerpt) excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
    li.append(excerpt);
  }
  if (result.more.length > 0) {
    const more = el('p', 'result-more', 'Cũng có ở: ');
    result.more.forEach((section, i) => {
      if (i > 0) more.append(document.createTextNode('; '));
      const a = el('a', undefined, section.title);
      a.href = section.href;
      more.append(a);
    });
    li.append(more);
  }
  return li;
}

/** Shows which abbreviations were searched by their full name ("HD42: Hướng dẫn 42-HD/BTCTW"); hidden when none. */
export function showExpansions(node: HTMLElement | null, expansions: readonly Expansion[]): void {
  if (!node) return;
  node.hidden = expansions.length === 0;
  node.textContent = expansions.length === 0 ? '' : `Tìm theo tên đầy đủ: ${expansions.map((e) => `${e.typed} = ${e.name}`).join('; ')}.`;
}
