/**
 * Starts the planner when it is needed, so a first visit carries only the page: the form is shown at
 * once, and the planner's behaviour (plan-maker.ts, rendered inert in a <template> by
 * PlanScript.astro) is added to the page on the first touch, click or key in the planner, or at once
 * when plans are already kept on this device. What is typed before it arrives is kept: the planner
 * reads the form as it finds it. (A dynamic import() would move Vite's preload helper out of the
 * search script into a chunk of its own, one more request on every page.)
 */
const root = document.querySelector('plan-maker');

const start = (): void => {
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-plan-script]')) {
    template.remove();
    document.body.append(template.content);
  }
};

/** True when this device keeps a key starting with `prefix` (a plan: see src/lib/planner/store.ts). */
function kept(prefix: string): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // Storage blocked: nothing is kept.
  }
  return false;
}

if (root) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-boot]')) el.hidden = false;
  if (kept(root.getAttribute('data-stored') ?? '')) start();
  else for (const type of ['focusin', 'pointerdown', 'keydown']) root.addEventListener(type, start, { once: true });
}
