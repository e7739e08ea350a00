/**
 * The sidebar group "Danh sách kiểm tra", built from content/ when the site's config is read, so the
 * list titles are written only in the procedure and advice files.
 */
import { loadHandbook } from '../content/load';
import { contentDir } from '../content/paths';
import { buildChecklists } from './build';
import { routes } from '../routes';

/**
 * Sidebar links: the index of checklists, then one per checklist. Broken content gives only the
 * index link here; the content loaders then stop the build with the full report.
 */
export function checklistSidebarItems(dir = contentDir()): { label: string; link: string }[] {
  const index = { label: 'Tất cả danh sách', link: `/${routes.checklists}` };
  let lists;
  try {
    const { procedures, advice } = loadHandbook(dir, process.cwd());
    lists = buildChecklists(procedures, advice);
  } catch {
    return [index];
  }
  return [index, ...lists.map((list) => ({ label: list.title, link: `/${routes.checklist(list.id)}` }))];
}
