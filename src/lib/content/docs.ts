/**
 * The MDX pages' titles come from the page registry (src/lib/routes.ts), so each title is written
 * once. An MDX page that is not in the registry, or that writes its own title, stops the build.
 */
import { mdxPage } from '../routes';

/** What Starlight's docs loader hands to `parseData`. */
interface DocsEntry<T> {
  id: string;
  data: T;
  filePath?: string;
}

/** A docs entry's front matter with its title from the registry; throws on a page the registry lacks. */
export function withPageTitle<T extends Record<string, unknown>>(entry: DocsEntry<T>): DocsEntry<T & { title: string }> {
  const page = mdxPage(entry.id);
  const file = entry.filePath ?? entry.id;
  if (!page) {
    throw new Error(`${file}: trang "${entry.id}" không có trong danh sách trang (src/lib/routes.ts); thêm nó vào đó, kèm tiêu đề`);
  }
  if ('title' in entry.data) {
    throw new Error(`${file}: bỏ "title" khỏi front matter; tiêu đề của trang là "${page.title}", ghi một lần trong src/lib/routes.ts`);
  }
  return { ...entry, data: { ...entry.data, title: page.title } };
}
