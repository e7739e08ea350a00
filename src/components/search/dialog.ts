/**
 * The header dialog's search (markup in Search.astro): results as the reader types, the same
 * results and markup as the search page (engine.ts, result-list.ts), and the link to the search page
 * kept pointing at it with what is typed.
 */
import { searchString, tidyQuery } from '../../lib/search/url';
import { orderResults, preloadQuery, prepareQuery, typingDelay } from './engine';
import { loadSearch } from './pagefind-api';
import { resultItem, showExpansions } from './result-list';

/** Results the dialog shows; the rest are on the search page. */
const shownInDialog = 8;

/** Wires the dialog's box to search. Starts loading the index at once. */
export function mountDialogSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const list = root.querySelector<HTMLOListElement>('[data-results]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const note = root.querySelector<HTMLElement>('[data-expansion]');
  const advanced = root.querySelector<HTMLAnchorElement>('a[data-advanced]');
  if (!input || !list || !status) return;
  const page = advanced?.href.replace(/[?#].*$/, '') ?? '';
  const engine = loadSearch();
  let run = 0;
  let timer: number | undefined;

  const update = async (): Promise<void> => {
    const query = tidyQuery(input.value);
    const current = ++run;
    if (advanced) advanced.href = page + searchString(query, {});
    if (!query) {
      list.replaceChildren();
      showExpansions(note, []);
      status.textContent = '';
      return;
    }
    try {
      const ready = await engine;
      const prepared = prepareQuery(query, ready);
      const search = await ready.pagefind.search(prepared.term);
      const ordered = await orderResults(search, prepared, ready);
      const shown = await ordered.slice(0, shownInDialog);
      if (current !== run) return;
      list.replaceChildren(...shown.map((r) => resultItem(r, 2)));
      showExpansions(note, prepared.expanded.expansions);
      status.textContent =
        ordered.total === 0
          ? `Không có kết quả cho “${query}”.`
          : ordered.total > shownInDialog
            ? `${ordered.total} kết quả cho “${query}”; ${shownInDialog} kết quả đầu ở dưới, xem tất cả ở trang tìm kiếm.`
            : `${ordered.total} kết quả cho “${query}”.`;
    } catch {
      if (current === run) status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc dùng mục lục của sổ tay.';
    }
  };

  input.addEventListener('input', () => {
    preloadQuery(input.value, engine);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), typingDelay);
  });
  if (input.value) void update();
}
