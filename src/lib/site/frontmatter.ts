import type { Page } from '../routes';

/** Front matter for a route's StarlightPage, from the registry: its title, and whether search indexes it. */
export function pageFrontmatter<E extends Record<string, unknown>>(page: Page, extra: E): E & { title: string; pagefind: boolean } {
  return { ...extra, title: page.title, pagefind: page.search !== false };
}
