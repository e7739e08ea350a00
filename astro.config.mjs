// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import starlightLinksValidator from 'starlight-links-validator';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checklistSidebarItems } from './src/lib/checklist-sidebar.ts';
import { handbookMarkdown } from './src/lib/site/integration';
import { customRoutePrefixes, linksValidatorExclude } from './src/lib/site/custom-routes';
import { deployFiles } from './src/lib/deploy/integration';
import { searchIndex } from './src/lib/search-index';

/** Sub-path the site is served under ("/so-tay/"); "/" by default. */
const base = process.env.BASE_PATH ?? '/';

/** One sidebar link per annual topic list, newest first, read from content/topics/. */
const topicYears = readdirSync(`${process.env.HANDBOOK_CONTENT_DIR ?? 'content'}/topics`)
  .filter((name) => /^\d{4}\.ya?ml$/.test(name))
  .map((name) => Number(name.slice(0, 4)))
  .sort((a, b) => b - a);

/**
 * One sidebar link per template in content/templates/, in their order. A file that does not parse
 * is left out here; the content loader then stops the build naming it.
 */
const templatesDir = `${process.env.HANDBOOK_CONTENT_DIR ?? 'content'}/templates`;
const templateLinks = (existsSync(templatesDir) ? readdirSync(templatesDir) : [])
  .filter((name) => /^[a-z0-9-]+\.ya?ml$/.test(name))
  .flatMap((name) => {
    try {
      const data = parseYaml(readFileSync(`${templatesDir}/${name}`, 'utf8'));
      return typeof data?.title === 'string' ? [{ order: Number(data.order) || 0, label: data.navLabel ?? data.title, link: `/mau-van-ban/${data.id}/` }] : [];
    } catch {
      return [];
    }
  })
  .sort((a, b) => a.order - b.order)
  .map(({ label, link }) => ({ label, link }));

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
      title: 'Sổ tay sinh hoạt chi bộ',
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
      },
      customCss: ['./src/styles/handbook.css'],
      // Every link and #anchor written in the MDX pages must resolve, or the build stops.
      // Pages built from data (src/pages) and anchors made by components are checked by the crawl of
      // dist/ (tests/build/links.test.ts) instead, as the plugin sees only MDX.
      plugins: [
        starlightLinksValidator({
          errorOnInvalidHashes: false,
          exclude: linksValidatorExclude(base, customRoutePrefixes()),
        }),
      ],
      routeMiddleware: './src/lib/site/route-middleware.ts',
      sidebar: [
        { label: 'Trang chủ', link: '/' },
        {
          label: 'Hướng dẫn',
          items: [
            { label: 'Sinh hoạt thường kỳ', link: '/sinh-hoat-thuong-ky/' },
            { label: 'Sinh hoạt chuyên đề', link: '/sinh-hoat-chuyen-de/' },
            { label: 'Quy trình sinh hoạt chuyên đề', link: '/quy-trinh-sinh-hoat-chuyen-de/' },
            { label: 'Lưu ý, kinh nghiệm', link: '/luu-y-kinh-nghiem/' },
          ],
        },
        {
          label: 'Chuyên đề',
          items: [
            { label: 'Danh sách theo năm', link: '/chuyen-de/' },
            ...topicYears.map((year) => ({ label: `Năm ${year}`, link: `/chuyen-de/${year}/` })),
          ],
        },
        {
          label: 'Mẫu văn bản',
          items: [{ label: 'Tất cả mẫu', link: '/mau-van-ban/' }, ...templateLinks],
        },
        { label: 'Danh sách kiểm tra', items: checklistSidebarItems() },
        { label: 'Văn bản căn cứ', link: '/van-ban-can-cu/' },
        { label: 'Tìm kiếm', link: '/tim-kiem/' },
      ],
    }),
    mdx(),
    searchIndex(),
    // Last: CSP and security headers for nginx and static hosts, and precompressed files.
    deployFiles(),
  ],
});
