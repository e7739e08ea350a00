import type { AstroIntegration } from 'astro';
import { baseLinksPlugin } from './base-path';

interface ProcessorWithHastPlugins {
  name: string;
  options: { hastPlugins: unknown[] };
}

/**
 * Adds the base-path link plugin to Astro's Markdown/MDX processor (Sätteri, Astro 7's default),
 * first in line so that link checks after it see the final URLs.
 */
export function baseLinks(): AstroIntegration {
  return {
    name: 'handbook-base-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as unknown as ProcessorWithHastPlugins | undefined;
        if (processor?.name !== 'satteri' || !Array.isArray(processor.options?.hastPlugins)) {
          throw new Error(
            `handbook-base-links: cần bộ xử lý Markdown "satteri" của Astro (đang là "${processor?.name ?? 'không có'}")`,
          );
        }
        processor.options.hastPlugins.unshift(baseLinksPlugin(config.base));
      },
    },
  };
}
