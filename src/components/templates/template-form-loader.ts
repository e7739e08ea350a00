/**
 * Loads the form's behaviour and look (template-form.ts and its CSS) only when the form is wanted:
 * when the form or the preview comes near the screen (the script then fills both with what was
 * typed before on this device), when a link names a topic to choose, or before printing. A visit
 * that only reads the top of the page or takes the blank file loads none of it.
 */
import { TOPIC_PARAM } from '../../lib/templates/topic-plan';
// The form's script as one file with all it imports, bundled as the Word builder's worker is, and
// imported by its address: a plain import() would make Vite share its preload helper, one more
// file on every page.
import formScript from './template-form?worker&url';

const form = document.querySelector('template-form');
const note = form?.querySelector<HTMLElement>('[data-no-script]');
let observer: IntersectionObserver | undefined;
let started = false;
// JavaScript runs: the form will come, so the note that says it needs JavaScript goes.
if (note) note.hidden = true;

/** Imports the form's look and script once; its custom element then upgrades the form on the page. */
function start(): void {
  if (started) return;
  started = true;
  observer?.disconnect();
  const look = document.createElement('link');
  look.rel = 'stylesheet';
  look.href = form?.getAttribute('data-styles') ?? '';
  document.head.append(look);
  import(/* @vite-ignore */ formScript).catch(() => {
    if (!note) return;
    note.textContent = 'Không tải được phần điền mẫu; hãy kiểm tra kết nối rồi tải lại trang. Bạn vẫn tải được mẫu trống ở trên.';
    note.hidden = false;
  });
}

if (form) {
  if (new URLSearchParams(location.search).has(TOPIC_PARAM) || !('IntersectionObserver' in window)) start();
  else {
    // Half a screen ahead either way, so the form is ready by the time the person reaches it or the preview.
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '50% 0px' });
    observer.observe(form);
    const preview = document.querySelector('[data-preview]');
    if (preview) observer.observe(preview);
    addEventListener('beforeprint', start, { once: true });
  }
}
