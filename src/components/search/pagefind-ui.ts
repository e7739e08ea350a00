/**
 * Loads the Pagefind UI that the build writes next to the index (pagefind/pagefind-ui.js and .css)
 * and mounts it. Nothing of it is bundled into the site's own scripts or styles.
 */
interface PagefindUIOptions {
  element: string;
  baseUrl: string;
  bundlePath: string;
  showImages: boolean;
  showSubResults: boolean;
  autofocus: boolean;
  translations: Record<string, string>;
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

/** Mounts Pagefind's UI, with sub-results, on `selector`. */
export async function mountPagefindUi(selector: string, translations: Record<string, string>): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
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
  });
}
