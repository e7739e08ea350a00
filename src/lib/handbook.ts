import { getCollection as readCollection, type CollectionKey } from 'astro:content';
import { getHandbook } from './content/load';
import type { Procedure } from '../schemas/procedure';
import type { IssuedTopicList, TopicGroup } from '../schemas/topic';
import type { Example } from '../schemas/example';
import type { Rule } from '../schemas/rule';
import { sortDocuments, type SourceData } from './sources';
import type { Advice } from '../schemas/advice';
import type { BasisDocument } from '../schemas/basis-document';
import { buildChecklists, findChecklist, type Checklist } from './checklists/build';
import type { Template } from '../schemas/template';
import type { Planner } from '../schemas/planner';

/**
 * A collection's entries. Under `astro dev` it first checks content/ again (getHandbook keeps the
 * last result while the files are unchanged), so a file broken while the server runs shows its
 * error, naming file, entry and field, on the next page load instead of stale pages.
 */
function getCollection<C extends CollectionKey>(collection: C): ReturnType<typeof readCollection<C>> {
  if (import.meta.env.DEV) getHandbook();
  return readCollection(collection);
}

/** The entries' data in the order of their file (the content layer returns them sorted by id). */
function inFileOrder<D extends { position: number }>(entries: ReadonlyArray<{ data: D }>): D[] {
  return entries.map((e) => e.data).sort((a, b) => a.position - b.position);
}

/** All procedures, in handbook order. */
export async function getProcedures(): Promise<Procedure[]> {
  return (await getCollection('procedures')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** One procedure by id; throws, stopping the build, when a page names one that does not exist. */
export async function getProcedure(id: string): Promise<Procedure> {
  const all = await getProcedures();
  const found = all.find((p) => p.id === id);
  if (!found) throw new Error(`Không có quy trình "${id}" (có: ${all.map((p) => p.id).join(', ')})`);
  return found;
}

/** The seven topic groups, in the guidance's order. */
export async function getTopicGroups(): Promise<TopicGroup[]> {
  return inFileOrder(await getCollection('topicGroups'));
}

/** Annual topic lists, newest year first, then by issuer. */
export async function getTopicLists(): Promise<IssuedTopicList[]> {
  return (await getCollection('topicLists'))
    .map((e) => e.data)
    .sort((a, b) => b.year - a.year || a.issuerId.localeCompare(b.issuerId));
}

/** The topic lists of each year, newest year first. */
export async function getTopicYears(): Promise<Array<{ year: number; lists: IssuedTopicList[] }>> {
  const lists = await getTopicLists();
  const years = [...new Set(lists.map((l) => l.year))];
  return years.map((year) => ({ year, lists: lists.filter((l) => l.year === year) }));
}

/** Advice for one audience by id. */
export async function getAdvice(id: string): Promise<Advice> {
  const all = (await getCollection('advice')).map((e) => e.data);
  const found = all.find((a) => a.id === id);
  if (!found) throw new Error(`Không có danh sách lưu ý "${id}" (có: ${all.map((a) => a.id).join(', ')})`);
  return found;
}

/** Basis documents: central ones first, then local ones, then the guidance text; oldest first within each. */
export async function getBasisDocuments(): Promise<BasisDocument[]> {
  return sortDocuments((await getCollection('basisDocuments')).map((e) => e.data));
}

/** The day the list of basis documents was last checked (yyyy-mm-dd). */
export async function getBasisDocumentsChecked(): Promise<string> {
  const meta = await getCollection('handbookMeta');
  return meta[0]?.data.basisDocumentsChecked ?? '';
}

/** The example cases of the seed, in their order. */
export async function getExamples(): Promise<Example[]> {
  return inFileOrder(await getCollection('examples'));
}

/** What source ids point at: the basis documents and the example cases. */
export async function getSourceData(): Promise<SourceData> {
  const [basisDocuments, examples] = await Promise.all([getBasisDocuments(), getExamples()]);
  return { basisDocuments, examples };
}

/** Every rule the handbook states, in their order. */
export async function getRules(): Promise<Rule[]> {
  return inFileOrder(await getCollection('rules'));
}

/** One rule by id; throws, stopping the build, when a page names one that does not exist. */
export async function getRule(id: string): Promise<Rule> {
  const all = await getRules();
  const found = all.find((r) => r.id === id);
  if (!found) throw new Error(`Không có quy định "${id}" trong content/rules.yaml (có: ${all.map((r) => r.id).join(', ')})`);
  return found;
}

/** Every advice list, by id (the order of the files in content/advice/). */
export async function getAdviceLists(): Promise<Advice[]> {
  return (await getCollection('advice')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** The checklists derived from the procedures and advice lists. */
export async function getChecklists(): Promise<Checklist[]> {
  return buildChecklists(await getProcedures(), await getAdviceLists());
}

/** One checklist by id; throws, stopping the build, when a page names one that does not exist. */
export async function getChecklist(id: string): Promise<Checklist> {
  return findChecklist(await getChecklists(), id);
}

/** Templates of downloadable papers, in their order. */
export async function getTemplates(): Promise<Template[]> {
  return (await getCollection('templates')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The planner's defaults (content/planner.yaml). */
export async function getPlannerDefaults(): Promise<Planner> {
  const [entry] = await getCollection('planner');
  if (!entry) throw new Error('Không có content/planner.yaml');
  return entry.data;
}
