/**
 * <handbook-checklist>: adds saving, progress and reset to a plain list of checkboxes rendered by
 * Checklist.astro. Ticks are kept per checklist in localStorage (shape documented in
 * src/lib/checklist-store.ts); without storage they last as long as the page.
 */
import { browserStorage, ChecklistStore, progressText } from '../../lib/checklists/store';

class HandbookChecklist extends HTMLElement {
  connectedCallback(): void {
    const $ = <T extends HTMLElement>(selector: string): T => this.querySelector<T>(selector)!;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const store = new ChecklistStore(
      this.dataset.id ?? '',
      this.dataset.version ?? '',
      boxes.map((box) => box.value),
      browserStorage(),
    );
    const progress = $('[data-progress]');
    const session = $('[data-session]');
    const reset = $<HTMLButtonElement>('[data-reset]');
    const confirm = $('[data-confirm]');
    const no = $<HTMLButtonElement>('[data-no]');

    const ticked = (): string[] => boxes.filter((box) => box.checked).map((box) => box.value);
    const show = (): void => {
      progress.textContent = progressText(ticked().length, boxes.length);
      session.hidden = store.persistent;
    };
    const save = (): void => {
      store.save(ticked());
      show();
    };
    const restore = (): void => {
      const done = new Set(store.load());
      for (const box of boxes) box.checked = done.has(box.value);
    };
    const ask = (open: boolean): void => {
      confirm.hidden = !open;
      reset.hidden = open;
      (open ? no : reset).focus();
    };

    // Keep ticks made before this script arrived (slow connections) as well as the stored ones.
    const early = ticked();
    restore();
    for (const box of boxes) if (early.includes(box.value)) box.checked = true;
    if (early.length) store.save(ticked());
    for (const el of this.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
    show();

    this.addEventListener('change', save);
    reset.addEventListener('click', () => ask(true));
    no.addEventListener('click', () => ask(false));
    $('[data-yes]').addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      save();
      ask(false);
    });
    confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') ask(false);
    });
    // Another tab ticked the same list.
    window.addEventListener('storage', (event) => {
      if (event.key === store.key) {
        restore();
        show();
      }
    });
  }
}

customElements.define('handbook-checklist', HandbookChecklist);
