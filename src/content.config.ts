import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { getHandbook, type Handbook } from './lib/content/load';
import { contentDir } from './lib/content/paths';
import { isContentFile } from './lib/content/watch';
import { withPageTitle } from './lib/content/docs';
import { procedureSchema } from './schemas/procedure';
import { topicGroupSchema, topicListSchema } from './schemas/topic';
import { exampleSchema } from './schemas/example';
import { ruleSchema } from './schemas/rule';
import { isoDate, slugId } from './schemas/common';
import { z } from 'astro/zod';
import { adviceSchema } from './schemas/advice';
import { basisDocumentSchema } from './schemas/basis-document';
import { templateSchema } from './schemas/template';
import { plannerSchema } from './schemas/planner';

/** Errors already reported, so that a broken file is logged once, not once per collection. */
const reported = new WeakSet<object>();

/**
 * A loader that stores the entries one part of the handbook holds. Every loader reads the one
 * validated handbook (getHandbook: content/ is read and cross-checked once, then kept while its files
 * stay the same); a ContentError stops the build naming file, entry and field. Under `astro dev` the
 * loader watches content/ and stores the new entries after each change, so the next page load shows
 * them; broken files are reported by the pages themselves (src/lib/handbook.ts).
 */
function handbookLoader(
  name: string,
  entries: (h: Handbook) => ReadonlyArray<{ id: string; data: Record<string, unknown> }>,
): Loader {
  return {
    name: `handbook-${name}`,
    load: async ({ store, parseData, watcher, logger }: LoaderContext) => {
      const fill = async (): Promise<void> => {
        const handbook = getHandbook();
        store.clear();
        for (const { id, data } of entries(handbook)) store.set({ id, data: await parseData({ id, data }) });
      };
      // A build stops here on broken content. Under `astro dev` the server keeps running: the error is
      // logged once, and every page shows it until the file is mended.
      if (!watcher) return fill();
      const report = (error: unknown): void => {
        if (error instanceof Object && reported.has(error)) return;
        if (error instanceof Object) reported.add(error);
        logger.error(error instanceof Error ? error.message : String(error));
      };
      await fill().catch(report);
      watcher.add(contentDir());
      const reload = (path: string): void => {
        if (isContentFile(path)) fill().catch(report);
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}

/**
 * Entries of a list whose order is the file's own (topic groups, examples, rules): the content layer
 * hands entries back sorted by id, so each carries its position.
 */
const positioned = <T extends { id: string }>(items: readonly T[]) => items.map((data, position) => ({ id: data.id, data: { ...data, position } }));
const position = z.number().int().min(0);

/** Starlight's docs loader, with each MDX page's title taken from the page registry (src/lib/routes.ts). */
function docsFromRegistry(): Loader {
  const docs = docsLoader();
  return {
    ...docs,
    name: 'handbook-docs',
    load: (context) => docs.load({ ...context, parseData: (props) => context.parseData(withPageTitle(props)) }),
  };
}

export const collections = {
  docs: defineCollection({ loader: docsFromRegistry(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  procedures: defineCollection({
    loader: handbookLoader('procedures', (h) => h.procedures.map((p) => ({ id: p.id, data: p }))),
    schema: procedureSchema,
  }),
  topicGroups: defineCollection({
    loader: handbookLoader('topic-groups', (h) => positioned(h.topicGroups)),
    schema: topicGroupSchema.extend({ position }),
  }),
  topicLists: defineCollection({
    loader: handbookLoader('topic-lists', (h) => h.topicLists.map((l) => ({ id: `${l.year}-${l.issuerId}`, data: l }))),
    schema: topicListSchema.extend({ issuerId: slugId }),
  }),
  advice: defineCollection({
    loader: handbookLoader('advice', (h) => h.advice.map((a) => ({ id: a.id, data: a }))),
    schema: adviceSchema,
  }),
  basisDocuments: defineCollection({
    loader: handbookLoader('basis-documents', (h) => h.basisDocuments.map((d) => ({ id: d.id, data: d }))),
    schema: basisDocumentSchema,
  }),
  examples: defineCollection({
    loader: handbookLoader('examples', (h) => positioned(h.examples)),
    schema: exampleSchema.extend({ position }),
  }),
  rules: defineCollection({
    loader: handbookLoader('rules', (h) => positioned(h.rules)),
    schema: ruleSchema.extend({ position }),
  }),
  /** Facts about the handbook's content as a whole: when the basis documents were last checked. */
  handbookMeta: defineCollection({
    loader: handbookLoader('meta', (h) => [{ id: 'handbook', data: { basisDocumentsChecked: h.basisDocumentsChecked } }]),
    schema: z.strictObject({ basisDocumentsChecked: isoDate }),
  }),
  templates: defineCollection({
    loader: handbookLoader('templates', (h) => h.templates.map((t) => ({ id: t.id, data: t }))),
    schema: templateSchema,
  }),
  /** The planner's defaults (content/planner.yaml), one entry. */
  planner: defineCollection({
    loader: handbookLoader('planner', (h) => [{ id: 'planner', data: h.planner }]),
    schema: plannerSchema,
  }),
};
