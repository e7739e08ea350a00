import { withBase } from '../text';

/** A `<head>` entry as Starlight's route data holds it. */
export interface HeadEntry {
  tag: 'link' | 'style' | 'title' | 'base' | 'meta' | 'script' | 'noscript' | 'template';
  attrs?: Record<string, string | boolean | undefined>;
  content?: string;
}

/** Hero actions with the site base written in front of root-relative links. */
export function heroActionsWithBase<A extends { link: string }>(actions: readonly A[], base: string): A[] {
  return actions.map((action) => ({ ...action, link: withBase(action.link, base) }));
}

/**
 * The head with the window title of a page titled as the site itself (the home page) written once:
 * "Sổ tay sinh hoạt chi bộ", not "Sổ tay sinh hoạt chi bộ | Sổ tay sinh hoạt chi bộ" in the tab, a
 * bookmark or a search engine's list.
 */
export function titleOnce(head: readonly HeadEntry[], pageTitle: string, siteTitle: string): HeadEntry[] {
  if (pageTitle !== siteTitle) return [...head];
  return head.map((e) => (e.tag === 'title' ? { ...e, content: siteTitle } : e));
}

/** True for the URL of the not-found page ("/404/", "/so-tay/404.html"). */
export function isNotFoundPath(pathname: string): boolean {
  return /\/404(\.html|\/)?$/.test(pathname);
}

/**
 * The head of the not-found page: no canonical link (it is served at any missing address, and
 * "/404/" is no page) and a robots noindex, so search engines do not list it.
 */
export function notFoundHead(head: readonly HeadEntry[]): HeadEntry[] {
  return [
    ...head.filter((e) => !(e.tag === 'link' && e.attrs?.rel === 'canonical') && !(e.tag === 'meta' && e.attrs?.name === 'robots')),
    { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
  ];
}
