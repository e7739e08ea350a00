/**
 * Ids made unique in a page that gathers other pages (the printed handbook, /ban-in/): two pages may
 * each use an id ("thao-luan" is a heading on one and a step on another). Inside each element marked
 * `data-id-scope`, an id already used earlier in the page gets a suffix ("thao-luan-2"), and the
 * references to it within the same scope (href="#…", for, aria-labelledby…) follow. Pure: HTML in,
 * HTML out, changed only in those attributes.
 */
import { parse } from 'parse5';

/** The attribute that marks a part of the page whose ids and references belong together. */
export const idScopeAttribute = 'data-id-scope';

/** Attributes that name ids: one id, a list of ids, or a "#id" link. */
const referenceAttributes = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers'];

interface Location {
  startOffset: number;
  endOffset: number;
}

interface Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { attrs?: Record<string, Location> };
}

/** Each element in document order, with the scope it is in (undefined outside every scope). */
function* elements(node: Node, scope?: Node): Generator<{ node: Node; scope?: Node }> {
  let inner = scope;
  if (node.tagName) {
    if (node.attrs?.some((a) => a.name === idScopeAttribute)) inner = node;
    yield { node, scope: inner };
  }
  for (const child of node.childNodes ?? []) yield* elements(child, inner);
  if (node.content) yield* elements(node.content, inner);
}

/** The page with duplicate ids renamed inside their scopes, and how many were renamed. */
export function uniqueIds(html: string): { html: string; renamed: number } {
  const tree = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  const all = [...elements(tree)];
  const taken = new Set(all.flatMap(({ node }) => node.attrs?.filter((a) => a.name === 'id').map((a) => a.value) ?? []));
  const used = new Set<string>();
  const renames = new Map<Node, Map<string, string>>();
  for (const { node, scope } of all) {
    const id = node.attrs?.find((a) => a.name === 'id')?.value;
    if (id === undefined) continue;
    if (used.has(id) && scope) {
      let n = 2;
      while (taken.has(`${id}-${n}`)) n += 1;
      const renamed = `${id}-${n}`;
      taken.add(renamed);
      const map = renames.get(scope) ?? new Map<string, string>();
      map.set(id, renamed);
      renames.set(scope, map);
    }
    used.add(id);
  }

  const edits: { at: Location; text: string }[] = [];
  const seenInScope = new Map<Node, Set<string>>();
  for (const { node, scope } of all) {
    const map = scope && renames.get(scope);
    if (!map) continue;
    const seen = seenInScope.get(scope) ?? new Set<string>();
    seenInScope.set(scope, seen);
    for (const { name, value } of node.attrs ?? []) {
      const at = node.sourceCodeLocation?.attrs?.[name];
      if (!at) continue;
      let next = value;
      if (name === 'id') {
        // Only the occurrence inside this scope that clashes is renamed, once.
        if (map.has(value) && !seen.has(value)) next = map.get(value)!;
        seen.add(value);
      } else if (name === 'href' && value.startsWith('#')) {
        next = `#${map.get(value.slice(1)) ?? value.slice(1)}`;
      } else if (referenceAttributes.includes(name)) {
        next = value
          .split(/\s+/)
          .map((ref) => map.get(ref) ?? ref)
          .join(' ');
      }
      if (next !== value) edits.push({ at, text: `${name}="${next}"` });
    }
  }
  let out = html;
  for (const { at, text } of edits.sort((a, b) => b.at.startOffset - a.at.startOffset)) {
    out = out.slice(0, at.startOffset) + text + out.slice(at.endOffset);
  }
  return { html: out, renamed: [...renames.values()].reduce((n, m) => n + m.size, 0) };
}
