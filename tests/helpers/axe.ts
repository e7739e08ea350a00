import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** axe-core's browser bundle, injected into each page under test. */
export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.2 level A and AA rule sets. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Loads axe into every page the context opens, before the page's own scripts: cheaper than adding it
 * to each page after load when a test audits many pages (the file is sent to Chromium once).
 */
export async function axeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axePath });
}

/**
 * The WCAG 2.2 AA rules whose answer depends on colours: all that a change of theme can change.
 * (`link-in-text-block` compares a link's colour with the text around it.)
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe (WCAG 2.2 AA rules, or only `rules` of them) on the page, or on `selector` within it;
 * returns one readable line per violation ("rule (impact): help — targets"), empty when there is none.
 */
export async function axeViolations(page: Page, selector?: string, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(
    async ({ tags, selector, rules }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const result = await axe.run(selector ?? document, { runOnly, resultTypes: ['violations'] });
      return result.violations;
    },
    { tags: wcagTags, selector, rules },
  );
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`)
        .join('; ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5})` : ''}`,
  );
}
