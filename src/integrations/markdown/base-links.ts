import type { HastPluginDefinition, MdxJsxAttributeUnion } from 'satteri';
import { withBase } from '../../lib/text';

/** Attributes that carry a URL to rewrite: `href` on links, LinkCards and LinkButtons, `src` on images. */
const urlAttributes = ['href', 'src'];

/**
 * A Sätteri HAST plugin (Astro's Markdown/MDX processor) that writes the site base in front of every
 * root-relative `href`/`src` in Markdown links, raw HTML and MDX components such as `<LinkCard>`,
 * so content written as "/quy-trinh-…/" works when the site is served under a sub-path.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  const rewriteAttributes = <N extends { attributes: MdxJsxAttributeUnion[] }>(node: Readonly<N>): N | void => {
    let changed = false;
    const attributes = node.attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || !urlAttributes.includes(attribute.name)) return attribute;
      if (typeof attribute.value !== 'string') return attribute;
      const value = withBase(attribute.value, base);
      if (value === attribute.value) return attribute;
      changed = true;
      return { ...attribute, value };
    });
    return changed ? ({ ...node, attributes } as N) : undefined;
  };
  return {
    name: 'handbook-base-links',
    element: {
      filter: [],
      visit(node, ctx) {
        for (const name of urlAttributes) {
          const value = node.properties?.[name];
          if (typeof value !== 'string') continue;
          const next = withBase(value, base);
          if (next !== value) ctx.setProperty(node, name, next);
        }
      },
    },
    mdxJsxFlowElement: { filter: [], visit: rewriteAttributes },
    mdxJsxTextElement: { filter: [], visit: rewriteAttributes },
  };
}
