/**
 * Loads the checklist behaviour only when a checklist is in view: at once for an open list, on
 * first opening for one folded in a <details>, so handbook pages carry no checklist code until used.
 * Checklist.astro renders the behaviour's <script> inside an inert <template>; running it means
 * adding a copy of it to the page. (A dynamic import() would pull Vite's preload helper out of the
 * search script into a shared chunk, adding a request to every page.)
 */
const load = (): void => {
  // Only the first checklist's template holds the script (Astro renders a script once per page).
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-checklist-script]')) {
    template.remove();
    document.body.append(template.content);
  }
};

for (const list of document.querySelectorAll('handbook-checklist')) {
  const details = list.querySelector('details');
  if (details && !details.open) details.addEventListener('toggle', load, { once: true });
  else load();
}
