import { normalizeBase } from '../text';
import { pages } from '../routes';

/**
 * Paths of the pages made by routes in src/pages rather than written in MDX, from the page registry:
 * the pages themselves and everything under them (years, templates, checklists, Word files).
 */
export function routePagePaths(): string[] {
  return Object.values(pages)
    .filter((page) => page.source === 'route')
    .map((page) => page.path)
    .sort();
}

/**
 * The `exclude` test for starlight-links-validator. It skips links the plugin cannot check and the
 * crawl of the built site (tests/build/links.test.ts) checks instead: links to pages made by routes
 * (which the plugin does not know), and, under a sub-path, front-matter links (hero actions) that a
 * route middleware prefixes with the base only when the page renders.
 */
export function linksValidatorExclude(base: string, routePaths: string[]): (ctx: { link: string }) => boolean {
  const b = normalizeBase(base);
  return ({ link }) => {
    if (b !== '/' && link.startsWith('/') && !link.startsWith(b)) return true;
    const path = link.startsWith(b) ? link.slice(b.length) : link.replace(/^\//, '');
    return routePaths.some((prefix) => path === prefix || path.startsWith(prefix) || path.startsWith(`${prefix}#`));
  };
}
