/**
 * The search page's behaviour (markup in SearchPage.astro): searches as the reader types, updates the
 * counts of the filters (written into the page at build time), lists results with the same code as the
 * header dialog, and keeps the query and ticked filters in the address (history.replaceState), so a
 * search can be shared and survives a reload. Pagefind loads only when needed: when the box gets focus
 * or input, a filter is ticked, or the address carries a search. Logic lives in src/lib/search/.
 */
import {
  countSearches,
  describeSelection,
  filterKeyOrder,
  isEmptySelection,
  loadSearch,
  normalizeQuery,
  orderResults,
  pagefindFilters,
  preloadQuery,
  parseSearchState,
  prepareQuery,
  resolveSelection,
  resultItem,
  searchString,
  showExpansions,
  tidyQuery,
  typingDelay,
  withoutDiacritics,
  type FilterCounts,
  type FilterKey,
  type OrderedResults,
  type PagefindSearch,
  type SearchEngine,
  type Selection,
} from './search-client';

/** Results shown at once, and added by "Xem thêm kết quả". */
const pageSize = 10;

/** One checkbox of the filters, as the page was built with it. */
interface Box {
  key: FilterKey;
  value: string;
  input: HTMLInputElement;
  count: HTMLElement;
}

class SearchPage extends HTMLElement {
  #engine: Promise<SearchEngine> | undefined;
  #totals: FilterCounts = {};
  #selection: Selection = {};
  #ordered: OrderedResults | undefined;
  #shown = 0;
  #run = 0;
  /** The search last started: its term and filters. */
  #key: string | undefined;
  #timer: number | undefined;
  #boxes: Box[] = [];

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    this.readBoxes();
    const state = parseSearchState(location.search);
    input.value = state.q;
    this.#selection = resolveSelection(state.slugs, this.#totals);
    this.updateCounts((key) => this.#totals[key]);
    const details = this.querySelector<HTMLDetailsElement>('[data-facets]');
    // Folded unless a filter is ticked, so the results come first on a phone.
    if (details) details.open = !isEmptySelection(this.#selection);

    const load = (): void => void this.engine();
    input.addEventListener('focus', load, { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update();
    });
    input.addEventListener('input', () => {
      preloadQuery(input.value, this.engine());
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.update(), typingDelay);
    });
    this.querySelector('[data-facet-groups]')?.addEventListener('change', () => {
      this.#selection = this.ticked();
      void this.update();
    });
    for (const button of this.querySelectorAll('[data-clear-filters]')) {
      button.addEventListener('click', () => {
        this.#selection = {};
        for (const box of this.#boxes) box.input.checked = false;
        void this.update();
        input.focus();
      });
    }
    this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore(false));
    this.querySelector('[data-plain-link]')?.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = (event.currentTarget as HTMLElement).textContent ?? '';
      void this.update();
      input.focus();
    });
    if (state.q || !isEmptySelection(this.#selection)) void this.update();
  }

  /** Pagefind and the hints, loaded on first need. */
  engine(): Promise<SearchEngine> {
    if (!this.#engine) {
      this.status('Đang tải chỉ mục tìm kiếm…');
      // Pagefind reports counts by filter only once its filter files are loaded, which filters() does.
      this.#engine = loadSearch().then(async (engine) => {
        await engine.pagefind.filters();
        return engine;
      });
      this.#engine.then(
        () => this.status(''),
        () => {
          this.#engine = undefined;
          this.status('Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc dùng mục lục của sổ tay.');
        },
      );
    }
    return this.#engine;
  }

  /** The checkboxes the page was built with, and the counts they show: those of the whole index. */
  readBoxes(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-facet-groups] input[type="checkbox"]')) {
      const key = input.name as FilterKey;
      const value = input.dataset.value ?? '';
      const count = input.closest('label')?.querySelector<HTMLElement>('.facet-count');
      if (!count) continue;
      this.#boxes.push({ key, value, input, count });
      (this.#totals[key] ??= {})[value] = Number(input.dataset.total ?? 0);
    }
  }

  /** The filters ticked in the checkboxes. */
  ticked(): Selection {
    const selection: Selection = {};
    for (const { key, value, input } of this.#boxes) if (input.checked) (selection[key] ??= []).push(value);
    return selection;
  }

  /** Writes the status line, read out politely by screen readers. */
  status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  /** Runs the search for the box and the ticked filters, then shows counts, results and the address. */
  async update(): Promise<void> {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    const query = tidyQuery(input.value);
    const selection = this.#selection;
    const run = ++this.#run;
    history.replaceState(history.state, '', location.pathname + searchString(query, selection) + location.hash);
    let engine: SearchEngine;
    try {
      engine = await this.engine();
    } catch {
      return;
    }
    if (run !== this.#run) return;
    const prepared = prepareQuery(query, engine);
    // The same search again (the box's debounce after a search already run) changes nothing.
    const key = `${query}\n${prepared.term ?? ''}${searchString('', selection)}`;
    if (key === this.#key) return;
    this.#key = key;

    const empty = prepared.term === null && isEmptySelection(selection);
    const counts = new Map<FilterKey | undefined, PagefindSearch>();
    if (!empty) {
      for (const except of countSearches(selection)) {
        counts.set(except, await engine.pagefind.search(prepared.term, { filters: pagefindFilters(selection, except) }));
      }
    }
    const main = counts.get(undefined);
    const ordered = main ? await orderResults(main, prepared, engine) : undefined;
    if (run !== this.#run) return;
    this.updateCounts((k) => (empty ? this.#totals[k] : (counts.get(k) ?? main)?.filters[k]));

    this.#ordered = ordered;
    this.#shown = 0;
    showExpansions(this.querySelector('[data-expansion]'), prepared.expanded.expansions);
    this.toggle('[data-empty]', empty);
    const found = ordered?.total ?? 0;
    this.toggle('[data-results-section]', found > 0);
    this.toggle('[data-no-results]', !empty && found === 0);
    if (empty || found === 0) this.querySelector('[data-results]')?.replaceChildren();
    if (empty) {
      this.status('');
      this.toggle('[data-more]', false);
      return;
    }
    const what = query ? ` cho “${query}”` : '';
    const filtered = isEmptySelection(selection) ? '' : ' (đã lọc)';
    if (found === 0) {
      this.noResultsHelp(query, selection, main?.unfilteredResultCount ?? 0);
      this.status(`Không có kết quả${what}${filtered}.`);
      return;
    }
    // The status comes last, once the results it announces are on the page.
    if ((await this.showMore(true)) && run === this.#run) this.status(`${found} kết quả${what}${filtered}.`);
  }

  /** Sets each checkbox's count, and ticks it as the selection says. */
  updateCounts(counts: (key: FilterKey) => Record<string, number> | undefined): void {
    const ticked = filterKeyOrder.reduce((n, key) => n + (this.#selection[key] ?? []).length, 0);
    const summary = this.querySelector('[data-ticked]');
    if (summary) summary.textContent = ticked > 0 ? ` (đang chọn ${ticked})` : '';
    for (const { key, value, input, count } of this.#boxes) {
      const n = counts(key)?.[value] ?? 0;
      count.textContent = `(${n})`;
      input.checked = (this.#selection[key] ?? []).includes(value);
      // Values that would give nothing are left out, unless ticked or in use, so the list stays short.
      const label = input.closest('label');
      if (label) label.hidden = n === 0 && !input.checked && document.activeElement !== input;
    }
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-facet-groups] fieldset')) {
      fieldset.hidden = [...fieldset.querySelectorAll('label')].every((label) => label.hidden);
    }
  }

  /**
   * Shows the first page of results of a new search (`fresh`: they replace the old ones at once), or
   * the next page, moving focus to its first result. False when a newer search came first.
   */
  async showMore(fresh: boolean): Promise<boolean> {
    const ordered = this.#ordered;
    const list = this.querySelector('[data-results]');
    if (!ordered || !list) return false;
    const run = this.#run;
    const next = await ordered.slice(this.#shown, this.#shown + pageSize);
    if (run !== this.#run) return false;
    const items = next.map((r) => resultItem(r, 3));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    this.#shown += next.length;
    this.toggle('[data-more]', this.#shown < ordered.total);
    if (!fresh) items[0]?.querySelector('a')?.focus();
    return true;
  }

  /** Fills the suggestions shown when nothing is found. */
  noResultsHelp(query: string, selection: Selection, unfiltered: number): void {
    const filters = !isEmptySelection(selection);
    this.toggle('[data-tip-filters]', filters);
    const current = this.querySelector('[data-current-filters]');
    if (current) current.textContent = describeSelection(selection);
    const more = this.querySelector('[data-unfiltered]');
    if (more) more.textContent = filters && unfiltered > 0 ? `: không lọc thì có ${unfiltered} kết quả` : '';
    const plain = query ? withoutDiacritics(query) : '';
    const offerPlain = plain !== '' && plain !== normalizeQuery(query);
    this.toggle('[data-tip-plain]', offerPlain);
    const link = this.querySelector<HTMLAnchorElement>('[data-plain-link]');
    if (link && offerPlain) {
      link.textContent = plain;
      link.href = location.pathname + searchString(plain, selection);
    }
  }

  toggle(selector: string, show: boolean): void {
    const node = this.querySelector<HTMLElement>(selector);
    if (node) node.hidden = !show;
  }
}

customElements.define('search-page', SearchPage);
