/**
 * The header's search button and dialog. The search code (one chunk, search-client.ts) and the
 * index load when the dialog first opens, never before, so a page visit that does not search loads
 * none of it.
 */
class SiteSearch extends HTMLElement {
  #mounted = false;

  connectedCallback(): void {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.dialog-frame');
    const input = this.querySelector<HTMLInputElement>('dialog input');
    if (!openBtn || !closeBtn || !dialog || !frame || !input) return;

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
      input.focus();
      if (!this.#mounted) {
        this.#mounted = true;
        void import('./search-client').then(({ mountDialogSearch }) => mountDialogSearch(dialog));
      }
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
}

customElements.define('site-search', SiteSearch);
