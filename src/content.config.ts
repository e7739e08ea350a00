import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { loadHandbook, type Handbook } from './lib/content/load';
import { contentDir } from './lib/content/paths';
import { procedureSchema } from './schemas/procedure';
import { topicGroupSchema, topicListSchema } from './schemas/topic';
import { adviceSchema } from './schemas/advice';
import { basisDocumentSchema } from './schemas/basis-document';
import { templateSchema } from './schemas/template';

/** A loader that stores the entries one part of the validated handbook holds. */
function handbookLoader(
  name: string,
  entries: (h: Handbook) => ReadonlyArray<{ id: string; data: Record<string, unknown> }>,
): Loader {
  return {
    name: `handbook-${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      // Each loader validates the whole of content/, so cross-file references are always checked;
      // a ContentError stops the build naming file, entry and field.
      for (const { id, data } of entries(loadHandbook(contentDir(), process.cwd()))) {
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  procedures: defineCollection({
    loader: handbookLoader('procedures', (h) => h.procedures.map((p) => ({ id: p.id, data: p }))),
    schema: procedureSchema,
  }),
  topicGroups: defineCollection({
    loader: handbookLoader('topic-groups', (h) => h.topicGroups.map((g) => ({ id: g.id, data: g }))),
    schema: topicGroupSchema,
  }),
  topicLists: defineCollection({
    loader: handbookLoader('topic-lists', (h) => h.topicLists.map((l) => ({ id: String(l.year), data: l }))),
    schema: topicListSchema,
  }),
  advice: defineCollection({
    loader: handbookLoader('advice', (h) => h.advice.map((a) => ({ id: a.id, data: a }))),
    schema: adviceSchema,
  }),
  basisDocuments: defineCollection({
    loader: handbookLoader('basis-documents', (h) => h.basisDocuments.map((d) => ({ id: d.id, data: d }))),
    schema: basisDocumentSchema,
  }),
  templates: defineCollection({
    loader: handbookLoader('templates', (h) => h.templates.map((t) => ({ id: t.id, data: t }))),
    schema: templateSchema,
  }),
};
