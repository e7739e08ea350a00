/**
 * The meeting's time plan as the agenda paper holds it: each item of the agenda template's steps
 * blocks has a key (its step id, or its place for an item of the template's own), and the minutes a
 * person sets in the plan go into the agenda paper by that key. Pure and small: the page's script
 * uses it when it builds the paper.
 */
import type { ResolvedStep, ResolvedTemplate } from '../templates/resolve';

/** The key of an agenda item: its step id, or "muc-<block>-<number>" for an item of the template's own. */
export function agendaKey(blockIndex: number, item: Pick<ResolvedStep, 'id' | 'number'>): string {
  return item.id ?? `muc-${blockIndex + 1}-${item.number}`;
}

/** Every item of the agenda with its key and minutes, in order. */
export function agendaItems(template: Pick<ResolvedTemplate, 'blocks'>): Array<{ key: string; item: ResolvedStep }> {
  return template.blocks.flatMap((block, index) => (block.type === 'steps' ? block.items.map((item) => ({ key: agendaKey(index, item), item })) : []));
}

/** The agenda with the plan's own minutes in place of the template's, where the plan sets them. */
export function withMinutes<T extends Pick<ResolvedTemplate, 'blocks'>>(template: T, minutes: Readonly<Record<string, number>>): T {
  return {
    ...template,
    blocks: template.blocks.map((block, index) =>
      block.type === 'steps'
        ? { ...block, items: block.items.map((item) => (minutes[agendaKey(index, item)] === undefined ? item : { ...item, minutes: minutes[agendaKey(index, item)] })) }
        : block,
    ),
  };
}
