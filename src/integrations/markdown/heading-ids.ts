import type { HastPluginEntry } from 'satteri';
import { slug as toSlug } from '../../lib/text';

/**
 * A Sätteri HAST plugin that gives Markdown/MDX headings ids without diacritics
 * ("## Bảy nhóm vấn đề" → id="bay-nhom-van-de"), as the anchors the handbook links to and people type.
 * A heading that already has an id keeps it; repeats get "-1", "-2"… Runs before Astro's own
 * heading-id step, which then keeps these ids for the table of contents.
 */
export const asciiHeadingIdsPlugin: HastPluginEntry = () => {
  const used = new Map<string, number>();
  return {
    name: 'handbook-ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        const slug = toSlug(ctx.textContent(node)) || 'muc';
        const count = used.get(slug) ?? 0;
        used.set(slug, count + 1);
        ctx.setProperty(node, 'id', count === 0 ? slug : `${slug}-${count}`);
      },
    },
  };
};
