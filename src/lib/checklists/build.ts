/**
 * Checklists derived from the handbook's data: one per procedure (its steps) and one per advice list
 * (its items). Nothing is written twice: titles, order and anchors all come from content/.
 */
import type { Procedure } from '../../schemas/procedure';
import type { Advice } from '../../schemas/advice';
import { stepActors } from '../labels';
import { advicePage, procedurePage } from '../routes';

/** One thing to tick, linked to the step or advice it comes from. */
export interface ChecklistItem {
  /** The step's or advice item's id. */
  id: string;
  /** The step's or advice item's title. */
  title: string;
  /** A short line under the title (who does the step), when there is one. */
  hint?: string;
  /** Route path (src/lib/routes.ts) of the handbook page that explains the item. */
  page: string;
  /** Anchor of the step or advice item on that page (its id). */
  anchor: string;
}

/** A checklist built from one procedure or one advice list. */
export interface Checklist {
  /** Stable id: the id of the procedure or advice list it is built from. */
  id: string;
  /** Title, the procedure's or advice list's own. */
  title: string;
  /** One sentence from the source data. */
  summary: string;
  /** What the list is built from. */
  source: { kind: 'procedure' | 'advice'; id: string; page: string };
  /** True when the order matters (the steps of a procedure). */
  ordered: boolean;
  /** Short hash of the item ids and titles; changes whenever the list changes. */
  version: string;
  items: ChecklistItem[];
}

/** What one item of a list is called: a step of a procedure, or a piece of advice. */
export function checklistItemNoun(list: Pick<Checklist, 'source'>): 'bước' | 'lưu ý' {
  return list.source.kind === 'procedure' ? 'bước' : 'lưu ý';
}

/** Prefix of each item's anchor in a rendered checklist ("viec-cu-thu-ky"), distinct from step anchors. */
export const checklistItemAnchorPrefix = 'viec-';

/** The anchor of an item inside a rendered checklist. */
export function checklistItemAnchor(itemId: string): string {
  return checklistItemAnchorPrefix + itemId;
}

/** 32-bit FNV-1a of a string, in base 36: small, stable, the same in Node and in browsers. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The version of a list of items: a hash of their ids and titles, in order. */
export function checklistVersion(items: ReadonlyArray<Pick<ChecklistItem, 'id' | 'title'>>): string {
  return shortHash(items.map((item) => `${item.id}\u001f${item.title}`).join('\u001e'));
}

/** One checklist per procedure (its steps, in order), then one per advice list (its items). */
export function buildChecklists(procedures: readonly Procedure[], adviceLists: readonly Advice[]): Checklist[] {
  const fromProcedures = [...procedures]
    .sort((a, b) => a.order - b.order)
    .map((procedure): Checklist => {
      const page = procedurePage(procedure.id).path;
      const items = procedure.steps.map((step) => ({
        id: step.id,
        title: step.title,
        hint: `Người thực hiện: ${stepActors(step)}`,
        page,
        anchor: step.id,
      }));
      return {
        id: procedure.id,
        title: procedure.title,
        summary: procedure.summary,
        source: { kind: 'procedure', id: procedure.id, page },
        ordered: true,
        version: checklistVersion(items),
        items,
      };
    });
  const fromAdvice = adviceLists.map((advice): Checklist => {
    const page = advicePage(advice.id).path;
    const items = advice.items.map((item) => ({ id: item.id, title: item.title, page, anchor: item.id }));
    return {
      id: advice.id,
      title: advice.title,
      summary: advice.summary,
      source: { kind: 'advice', id: advice.id, page },
      ordered: false,
      version: checklistVersion(items),
      items,
    };
  });
  // Procedure and advice ids never collide: the content loader stops the build when they do.
  return [...fromProcedures, ...fromAdvice];
}

/** The checklist with `id`; throws, stopping the build, when there is none. */
export function findChecklist(lists: readonly Checklist[], id: string): Checklist {
  const found = lists.find((list) => list.id === id);
  if (!found) throw new Error(`Không có danh sách kiểm tra "${id}" (có: ${lists.map((l) => l.id).join(', ')})`);
  return found;
}
