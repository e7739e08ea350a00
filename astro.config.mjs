// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import starlightLinksValidator from 'starlight-links-validator';
import { handbookSidebar } from './src/lib/sidebar';
import { handbookMarkdown } from './src/integrations/markdown/index';
import { linksValidatorExclude, routePagePaths } from './src/lib/site/links-validator';
import { deployFiles } from './src/integrations/deploy-files';
import { pageRegistryCheck } from './src/integrations/page-registry';
import { handbookContent } from './src/integrations/content';
import { pages } from './src/lib/routes';
import { searchIndex } from './src/integrations/search-index';
import { offlineWorker } from './src/integrations/offline';
import { installHead } from './src/lib/offline/manifest';

/** Sub-path the site is served under ("/so-tay/"); "/" by default. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://so-tay-chi-bo.example',
  base,
  trailingSlash: 'always',
  vite: {
    build: {
      // The checklist behaviour stays a file of its own, loaded only when a checklist is shown
      // (src/components/checklist/load-checklists.ts); other small assets keep Vite's default.
      assetsInlineLimit: (file) => (file.includes('ChecklistBehaviour') ? false : undefined),
      rollupOptions: {
        // MDX pages carry Astro's own "use astro:head-inject" directive, which the bundler reports
        // once per page although Astro handles it; keep every other warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Before Starlight: in MDX, root-relative links get the base and headings ids without
    // diacritics, before links are validated.
    handbookMarkdown(),
    starlight({
      title: pages.home.title,
      description:
        'Hướng dẫn chuẩn bị và tiến hành sinh hoạt chi bộ thường kỳ, sinh hoạt chuyên đề; danh sách chuyên đề; mẫu văn bản.',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      expressiveCode: false,
      disable404Route: true,
      // The search index is built by searchIndex() below (pages plus one record per step and topic).
      pagefind: false,
      pagination: true,
      components: {
        Search: './src/components/Search.astro',
        LastUpdated: './src/components/LastUpdated.astro',
        // Adds the offline worker's registration and update notice to every page.
        Footer: './src/components/Footer.astro',
        // The theme switch at the top of the phone's menu.
        Sidebar: './src/components/Sidebar.astro',
      },
      // The web app manifest, theme colour and home-screen icon (installable on a phone).
      head: installHead(base),
      customCss: ['./src/styles/handbook.css', './src/styles/print.css'],
      // Every link and #anchor written in the MDX pages must resolve, or the build stops.
      // Pages built from data (src/pages) and anchors made by components are checked by the crawl of
      // dist/ (tests/build/links.test.ts) instead, as the plugin sees only MDX.
      plugins: [
        starlightLinksValidator({
          errorOnInvalidHashes: false,
          exclude: linksValidatorExclude(base, routePagePaths()),
        }),
      ],
      routeMiddleware: './src/lib/site/route-middleware.ts',
      sidebar: handbookSidebar(),
    }),
    mdx(),
    handbookContent(),
    pageRegistryCheck(),
    searchIndex(),
    // After the search index (it precaches Pagefind's files), before the deploy files (which compress it).
    offlineWorker(),
    // Last: CSP and security headers for nginx and static hosts, and precompressed files.
    deployFiles(),
  ],
});
