import type { AstroIntegration } from 'astro';
import { baseLinksPlugin } from './base-links';
import { asciiHeadingIdsPlugin } from './heading-ids';

interface ProcessorWithHastPlugins {
  name: string;
  options: { hastPlugins: unknown[] };
}

/**
 * Adds the handbook's plugins to Astro's Markdown/MDX processor (Sätteri, Astro 7's default), first
 * in line so that link checks after them see the final URLs and ids: root-relative links get the
 * base, headings get ids without diacritics.
 */
export function handbookMarkdown(): AstroIntegration {
  return {
    name: 'handbook-markdown',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as unknown as ProcessorWithHastPlugins | undefined;
        if (processor?.name !== 'satteri' || !Array.isArray(processor.options?.hastPlugins)) {
          throw new Error(
            `handbook-markdown: cần bộ xử lý Markdown "satteri" của Astro (đang là "${processor?.name ?? 'không có'}")`,
          );
        }
        processor.options.hastPlugins.unshift(baseLinksPlugin(config.base), asciiHeadingIdsPlugin);
      },
    },
  };
}
