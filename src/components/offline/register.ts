/**
 * Registers the service worker once the page has loaded (so precaching never competes with the
 * first visit), and offers "Tải lại" when a new build is waiting. The worker switches only when the
 * reader chooses it: it then takes over and this page reloads with the new text. Kept tiny: it runs
 * on every page.
 */
const region = document.querySelector<HTMLElement>('[data-offline-notice]');
const notice = region?.querySelector('p');
const sw = navigator.serviceWorker;

if (region && notice && sw) {
  const [reload, later] = notice.querySelectorAll('button');
  let waiting: ServiceWorker | null | undefined;
  let chosen = false;
  const offer = (worker?: ServiceWorker | null): void => {
    waiting = worker;
    notice.hidden = false;
  };
  reload!.onclick = () => {
    chosen = true;
    // Workbox's worker (skipWaiting: false) waits for this message.
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  };
  later!.onclick = () => {
    notice.hidden = true;
  };
  const hadController = !!sw.controller;
  // The new worker took over: after "Tải lại" here, reload; after it was chosen in another tab,
  // this page still shows the old build, so offer to reload it too.
  sw.addEventListener('controllerchange', () => {
    if (chosen) location.reload();
    else if (hadController) offer();
  });
  const register = async (): Promise<void> => {
    const registration = await sw.register(region.dataset.worker!);
    if (registration.waiting && sw.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const next = registration.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && sw.controller) offer(next);
      });
    });
    // register() does not look for a new build when one is installed; ask at every page load.
    if (sw.controller) await registration.update();
  };
  const start = (): void => void register().catch(() => {});
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
