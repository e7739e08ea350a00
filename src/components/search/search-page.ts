/**
 * The search page's behaviour (markup in SearchPage.astro): searches as the reader types, shows the
 * filters as checkbox groups with counts, lists results that link to the step, topic or section, and
 * keeps the query and ticked filters in the address (history.replaceState), so a search can be shared
 * and survives a reload. Logic lives in src/lib/search-*.ts; this file only wires it to the page.
 */
import {
  buildFacets,
  countSearches,
  describeSelection,
  filterKeyOrder,
  isEmptySelection,
  loadPagefind,
  normalizeQuery,
  pagefindFilters,
  pagefindTerm,
  parseSearchState,
  resolveSelection,
  searchString,
  shownResult,
  tidyQuery,
  withoutDiacritics,
  type FilterCounts,
  type FilterKey,
  type Pagefind,
  type PagefindSearch,
  type Selection,
  type ShownResult,
  valueLabel,
} from './search-client';

/** Results shown at once, and added by "Xem thêm kết quả". */
const pageSize = 10;
/** Wait after the last key press before searching, in ms. */
const typingDelay = 200;

/** An element, created with its class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result as a list item: context, linked title, excerpt with the matched words marked, other sections. */
function resultItem(result: ShownResult): HTMLLIElement {
  const li = el('li');
  const heading = el('h3');
  const link = el('a', undefined, result.title);
  link.href = result.href;
  heading.append(link);
  const context = [result.kind && valueLabel('loai', result.kind), result.context].filter(Boolean).join(' · ');
  if (context) li.append(el('p', 'result-context', context));
  li.append(heading);
  const excerpt = el('p', 'result-excerpt');
  for (const part of result.excerpt) excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  li.append(excerpt);
  if (result.more.length > 0) {
    const more = el('p', 'result-more', 'Cũng có ở: ');
    result.more.forEach((section, i) => {
      if (i > 0) more.append(document.createTextNode('; '));
      const a = el('a', undefined, section.title);
      a.href = section.href;
      more.append(a);
    });
    li.append(more);
  }
  return li;
}

class SearchPage extends HTMLElement {
  #pagefind: Pagefind | undefined;
  #totals: FilterCounts = {};
  #selection: Selection = {};
  #search: PagefindSearch | undefined;
  #query = '';
  #shown = 0;
  #run = 0;
  /** The search last started: its term and filters. */
  #key: string | undefined;
  #timer: number | undefined;
  #boxes = new Map<string, { input: HTMLInputElement; count: HTMLElement }>();

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    const state = parseSearchState(location.search);
    input.value = state.q;
    this.status('Đang tải chỉ mục tìm kiếm…');

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update();
    });
    input.addEventListener('input', () => {
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
        for (const { input: box } of this.#boxes.values()) box.checked = false;
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

    loadPagefind()
      .then(async (pagefind) => {
        this.#pagefind = pagefind;
        this.#totals = await pagefind.filters();
        this.#selection = resolveSelection(state.slugs, this.#totals);
        this.buildFacets();
        await this.update();
      })
      .catch(() => this.status('Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc dùng mục lục của sổ tay.'));
  }

  /** The filters ticked in the checkboxes. */
  ticked(): Selection {
    const selection: Selection = {};
    for (const [id, { input }] of this.#boxes) {
      if (!input.checked) continue;
      const key = input.name as FilterKey;
      (selection[key] ??= []).push(id.slice(key.length + 1));
    }
    return selection;
  }

  /** Builds one fieldset per filter key, once: the values come from the index; counts change later. */
  buildFacets(): void {
    const box = this.querySelector('[data-facet-groups]');
    const details = this.querySelector<HTMLDetailsElement>('[data-facets]');
    if (!box || !details) return;
    const order = JSON.parse(this.dataset.order ?? '{}') as Partial<Record<FilterKey, string[]>>;
    const facets = buildFacets(this.#totals, (key) => this.#totals[key], this.#selection, order);
    for (const facet of facets) {
      const fieldset = el('fieldset');
      fieldset.append(el('legend', undefined, facet.legend));
      for (const value of facet.values) {
        const label = el('label');
        const input = el('input');
        input.type = 'checkbox';
        input.name = facet.key;
        input.value = value.slug;
        input.checked = value.checked;
        const count = el('span', 'facet-count');
        const text = el('span', undefined, `${value.label} `);
        text.append(count);
        label.append(input, text);
        fieldset.append(label);
        this.#boxes.set(`${facet.key}=${value.value}`, { input, count });
      }
      box.append(fieldset);
    }
    details.hidden = facets.length === 0;
    // Folded unless a filter is ticked, so the results come first on a phone.
    details.open = !isEmptySelection(this.#selection);
  }

  /** Writes the status line, read out politely by screen readers. */
  status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  /** Runs the search for the box and the ticked filters, then shows counts, results and the address. */
  async update(): Promise<void> {
    const pagefind = this.#pagefind;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!pagefind || !input) return;
    const query = tidyQuery(input.value);
    const term = pagefindTerm(query) || null;
    const selection = this.#selection;
    // The same search again (the box's debounce after a search already run) changes nothing.
    const key = `${term ?? ''}${searchString('', selection)}`;
    if (key === this.#key) return;
    this.#key = key;
    const run = ++this.#run;
    history.replaceState(history.state, '', location.pathname + searchString(query, selection) + location.hash);

    const empty = term === null && isEmptySelection(selection);
    const counts = new Map<FilterKey | undefined, PagefindSearch>();
    if (!empty) {
      for (const except of countSearches(selection)) {
        counts.set(except, await pagefind.search(term, { filters: pagefindFilters(selection, except) }));
      }
    }
    if (run !== this.#run) return;
    const main = counts.get(undefined);
    this.updateCounts((key) => (empty ? this.#totals[key] : (counts.get(key) ?? main)?.filters[key]));

    this.#search = main;
    this.#query = query;
    this.#shown = 0;
    this.toggle('[data-empty]', empty);
    const found = main?.results.length ?? 0;
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
    for (const [id, { input, count }] of this.#boxes) {
      const key = filterKeyOrder.find((k) => id.startsWith(`${k}=`));
      if (!key) continue;
      const value = id.slice(key.length + 1);
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
    const search = this.#search;
    const list = this.querySelector('[data-results]');
    if (!search || !list) return false;
    const run = this.#run;
    const next = search.results.slice(this.#shown, this.#shown + pageSize);
    const data = await Promise.all(next.map((hit) => hit.data()));
    if (run !== this.#run) return false;
    const items = data.map((d) => resultItem(shownResult(d, normalizeQuery(this.#query))));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    this.#shown += next.length;
    this.toggle('[data-more]', this.#shown < search.results.length);
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
