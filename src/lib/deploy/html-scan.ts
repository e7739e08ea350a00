import { parse } from 'parse5';

/** A URL an element of a built page points to. */
export interface PageLink {
  /** Element name ("a", "link", "script", "img"…). */
  tag: string;
  /** Attribute the URL came from ("href", "src", "srcset"…). */
  attr: string;
  url: string;
  /** True for `<a download>`. */
  download: boolean;
}

/** What a built page holds that the deployment checks need. */
export interface PageScan {
  /** Bodies of inline `<script>` elements that run (not JSON data blocks). */
  scripts: string[];
  /** Bodies of `<style>` elements. */
  styles: string[];
  /** Values of `style="…"` attributes. */
  styleAttributes: string[];
  /** Every `id` (and `<a name>`) on the page. */
  ids: string[];
  /** Every URL in href, src, srcset, poster and data attributes, with its element. */
  links: PageLink[];
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

const dataScriptTypes = /^(application\/(ld\+)?json|importmap|speculationrules)$/i;
const urlAttributes = ['href', 'src', 'poster', 'data', 'action'];

function text(node: Node): string {
  return (node.childNodes ?? []).map((c) => (c.nodeName === '#text' ? (c.value ?? '') : text(c))).join('');
}

/** Parses a built HTML page (as a browser does) and collects its inline code, ids and links. */
export function scanHtml(html: string): PageScan {
  const out: PageScan = { scripts: [], styles: [], styleAttributes: [], ids: [], links: [] };
  const walk = (node: Node): void => {
    if (node.tagName) {
      const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
      const tag = node.tagName;
      if (tag === 'script' && !attrs.has('src') && !dataScriptTypes.test(attrs.get('type') ?? '')) out.scripts.push(text(node));
      if (tag === 'style') out.styles.push(text(node));
      const style = attrs.get('style');
      if (style !== undefined) out.styleAttributes.push(style);
      const id = attrs.get('id');
      if (id) out.ids.push(id);
      if (tag === 'a' && attrs.get('name')) out.ids.push(attrs.get('name')!);
      for (const attr of urlAttributes) {
        const url = attrs.get(attr);
        if (url !== undefined) out.links.push({ tag, attr, url, download: tag === 'a' && attrs.has('download') });
      }
      const srcset = attrs.get('srcset');
      if (srcset) {
        for (const part of srcset.split(',')) {
          const url = part.trim().split(/\s+/)[0];
          if (url) out.links.push({ tag, attr: 'srcset', url, download: false });
        }
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return out;
}
