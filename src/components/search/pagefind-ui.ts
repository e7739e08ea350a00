// @ts-expect-error: @pagefind/default-ui ships no type declarations.
import { PagefindUI } from '@pagefind/default-ui';
import '@pagefind/default-ui/css/ui.css';
import './search-dialog.css';

/** Mounts Pagefind's default UI, with sub-results, on `selector`. */
export function mountPagefindUi(selector: string, translations: Record<string, string>): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  new PagefindUI({
    element: selector,
    baseUrl: base,
    bundlePath: `${base}pagefind/`,
    showImages: false,
    showSubResults: true,
    translations,
    autofocus: true,
  });
}
