import { getCollection as readCollection, type CollectionKey } from 'astro:content';
import { getHandbook } from './content/load';
import type { Procedure } from '../schemas/procedure';
import type { TopicGroup, TopicList } from '../schemas/topic';
import type { Advice } from '../schemas/advice';
import type { BasisDocument } from '../schemas/basis-document';
import { buildChecklists, findChecklist, type Checklist } from './checklists/build';
import type { Template } from '../schemas/template';

/**
 * A collection's entries. Under `astro dev` it first checks content/ again (getHandbook keeps the
 * last result while the files are unchanged), so a file broken while the server runs shows its
 * error, naming file, entry and field, on the next page load instead of stale pages.
 */
function getCollection<C extends CollectionKey>(collection: C): ReturnType<typeof readCollection<C>> {
  if (import.meta.env.DEV) getHandbook();
  return readCollection(collection);
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
  return (await getCollection('topicGroups')).map((e) => e.data);
}

/** Annual topic lists, newest first. */
export async function getTopicLists(): Promise<TopicList[]> {
  return (await getCollection('topicLists')).map((e) => e.data).sort((a, b) => b.year - a.year);
}

/** Advice for one audience by id. */
export async function getAdvice(id: string): Promise<Advice> {
  const all = (await getCollection('advice')).map((e) => e.data);
  const found = all.find((a) => a.id === id);
  if (!found) throw new Error(`Không có danh sách lưu ý "${id}" (có: ${all.map((a) => a.id).join(', ')})`);
  return found;
}

/** Basis documents, oldest first. */
export async function getBasisDocuments(): Promise<BasisDocument[]> {
  return (await getCollection('basisDocuments')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
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
