/**
 * The sidebar as Starlight's route data holds it, built from the handbook's sidebar config. Starlight
 * builds its sidebar once, from the config read when the server starts; under `astro dev` the route
 * middleware uses this to show a sidebar that follows content/ (a new year, a renamed template)
 * without a restart.
 */
import { withBase } from '../text';
import type { handbookSidebar } from '../sidebar';

type SidebarConfig = ReturnType<typeof handbookSidebar>;

/** A link of Starlight's route sidebar. */
export interface RouteSidebarLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: undefined;
  attrs: Record<string, string>;
}

/** A group of Starlight's route sidebar. */
export interface RouteSidebarGroup {
  type: 'group';
  label: string;
  entries: RouteSidebarEntry[];
  collapsed: boolean;
  badge: undefined;
}

/** An entry of Starlight's route sidebar. */
export type RouteSidebarEntry = RouteSidebarLink | RouteSidebarGroup;

/** The links of a route sidebar, in order. */
export function sidebarLinks(entries: readonly { type: string }[]): RouteSidebarLink[] {
  return entries.flatMap((e) =>
    e.type === 'group' ? sidebarLinks((e as RouteSidebarGroup).entries) : e.type === 'link' ? [e as RouteSidebarLink] : [],
  );
}

/** The route sidebar for a sidebar config, with the page at `pathname` marked current. */
export function routeSidebar(config: SidebarConfig, pathname: string, base: string): RouteSidebarEntry[] {
  const link = (item: { label: string; link: string }): RouteSidebarLink => {
    const href = withBase(item.link, base);
    return { type: 'link', label: item.label, href, isCurrent: href === pathname, badge: undefined, attrs: {} };
  };
  return config.map((entry) =>
    'items' in entry
      ? { type: 'group', label: entry.label, entries: entry.items.map(link), collapsed: false, badge: undefined }
      : link(entry),
  );
}

/** True when two sidebars list the same labels and addresses in the same order. */
export function sameLinks(a: readonly { type: string }[], b: readonly { type: string }[]): boolean {
  const key = (entries: readonly { type: string }[]) => sidebarLinks(entries).map((l) => `${l.label}\u0000${l.href}`).join('\u0001');
  return key(a) === key(b);
}

/** The previous and next pages around the current one, as Starlight's pagination gives them. */
export function pagination(entries: readonly RouteSidebarEntry[]): { prev: RouteSidebarLink | undefined; next: RouteSidebarLink | undefined } {
  const links = sidebarLinks(entries);
  const index = links.findIndex((l) => l.isCurrent);
  if (index < 0) return { prev: undefined, next: undefined };
  return { prev: links[index - 1], next: links[index + 1] };
}
