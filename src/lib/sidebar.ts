/**
 * The handbook's sidebar, built from the page registry (src/lib/routes.ts) and the loaded content
 * when the site's config is read: every page in registry order, under its sidebar group, labelled
 * with its own sidebar label.
 */
import { getHandbook, type Handbook } from './content/load';
import { buildChecklists } from './checklists/build';
import { allPages, sidebarLabel, type Page, type PageData } from './routes';

type SidebarLink = { label: string; link: string };
type SidebarGroupEntry = { label: string; items: SidebarLink[] };
type SidebarEntry = SidebarLink | SidebarGroupEntry;

/** What the pages of a loaded handbook are built from. */
export function pageData(handbook: Pick<Handbook, 'topicLists' | 'templates' | 'procedures' | 'advice'>): PageData {
  return {
    topicLists: handbook.topicLists,
    templates: handbook.templates,
    checklists: buildChecklists(handbook.procedures, handbook.advice),
  };
}

/** A sidebar link to a page (Starlight adds the site base). */
const link = (page: Page): SidebarLink => ({ label: sidebarLabel(page), link: `/${page.path}` });

/** The sidebar for a list of pages: top-level pages as links, the others under their groups. */
export function sidebarOf(list: readonly Page[]): SidebarEntry[] {
  const out: SidebarEntry[] = [];
  const groups = new Map<string, SidebarGroupEntry>();
  for (const page of list) {
    if (page.sidebarGroup === false) continue;
    if (page.sidebarGroup === undefined) {
      out.push(link(page));
      continue;
    }
    let group = groups.get(page.sidebarGroup);
    if (!group) {
      group = { label: page.sidebarGroup, items: [] };
      groups.set(page.sidebarGroup, group);
      out.push(group);
    }
    group.items.push(link(page));
  }
  return out;
}

/**
 * The sidebar of the handbook in `contentDir`. Content that does not load gives only the fixed pages
 * here; the content loaders then stop the build with the full report (and `astro dev` shows it on
 * the page).
 */
export function handbookSidebar(contentDir?: string): SidebarEntry[] {
  let data: PageData = { topicLists: [], templates: [], checklists: [] };
  try {
    data = pageData(getHandbook(contentDir));
  } catch {
    // Reported by the content loaders.
  }
  return sidebarOf(allPages(data));
}
