/**
 * Loads the Pagefind UI that the build writes next to the index (pagefind/pagefind-ui.js and .css)
 * and mounts it. Nothing of it is bundled into the site's own scripts or styles.
 */
import { siteBase } from '../../lib/text';
import { searchRanking } from '../../lib/search/meta';
import { pagefindTerm } from '../../lib/search/query';
import { restoreStroke, type PagefindResultData } from '../../lib/search/results';
import { searchString } from '../../lib/search/url';

interface PagefindUIOptions {
  element: string;
  baseUrl: string;
  bundlePath: string;
  showImages: boolean;
  showSubResults: boolean;
  autofocus: boolean;
  translations: Record<string, string>;
  ranking: typeof searchRanking;
  processTerm: (term: string) => string;
  processResult: (data: PagefindResultData) => PagefindResultData;
}
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

function load(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLScriptElement) el.src = url;
    else if (el instanceof HTMLLinkElement) {
      el.rel = 'stylesheet';
      el.href = url;
    }
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(`Không tải được ${url}`)));
    document.head.append(el);
  });
}

/**
 * Keeps the "Tìm nâng cao" link pointing at the search page with what is typed in the box, so the
 * search carries over.
 */
function followQuery(root: Element, link: HTMLAnchorElement): void {
  const page = link.href.replace(/[?#].*$/, '');
  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement) link.href = page + searchString(event.target.value, {});
  });
}

/**
 * Mounts Pagefind's UI, with sub-results, on `selector`: queries normalised and "đ" matched as the
 * index writes it (src/lib/search-text.ts), the handbook's ranking, and `advanced` (the link to the
 * search page) kept up to date with the query.
 */
export async function mountPagefindUi(
  selector: string,
  translations: Record<string, string>,
  advanced?: HTMLAnchorElement | null,
): Promise<void> {
  const base = siteBase();
  const bundlePath = `${base}pagefind/`;
  await Promise.all([load('link', `${bundlePath}pagefind-ui.css`), load('script', `${bundlePath}pagefind-ui.js`)]);
  if (!window.PagefindUI) throw new Error('Pagefind UI không có sau khi tải');
  new window.PagefindUI({
    element: selector,
    baseUrl: base,
    bundlePath,
    showImages: false,
    showSubResults: true,
    autofocus: true,
    translations,
    ranking: searchRanking,
    processTerm: pagefindTerm,
    processResult: restoreStroke,
  });
  const root = document.querySelector(selector);
  if (root && advanced) followQuery(root, advanced);
}
