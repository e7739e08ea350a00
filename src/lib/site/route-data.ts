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
