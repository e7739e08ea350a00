/**
 * The header's search button and dialog. Pagefind's UI is imported on first open, never before,
 * so a page visit that does not search loads none of it.
 */
class SiteSearch extends HTMLElement {
  #ui: Promise<void> | undefined;

  connectedCallback(): void {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.dialog-frame');
    if (!openBtn || !closeBtn || !dialog || !frame) return;

    const onClick = (event: MouseEvent): void => {
      const target = event.target as Node | null;
      const isLink = target instanceof Element && target.closest('a') !== null;
      if (isLink || (target && document.body.contains(target) && !frame.contains(target))) dialog.close();
    };
    const open = (event?: Event): void => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      void this.loadUi().then(() => this.querySelector<HTMLInputElement>('input')?.focus());
    };

    openBtn.addEventListener('click', open);
    closeBtn.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialog.open) dialog.close();
        else open();
      }
    });
  }

  /** Loads and mounts Pagefind's UI once. */
  loadUi(): Promise<void> {
    this.#ui ??= import('./search-client').then(({ mountPagefindUi }) => {
      let translations: Record<string, string> = {};
      try {
        translations = JSON.parse(this.dataset.translations ?? '{}') as Record<string, string>;
      } catch {
        // Fall back to Pagefind's own strings rather than leave search unusable.
      }
      return mountPagefindUi('#starlight__search', translations, this.querySelector<HTMLAnchorElement>('a[data-advanced]'));
    });
    return this.#ui;
  }
}

customElements.define('site-search', SiteSearch);
