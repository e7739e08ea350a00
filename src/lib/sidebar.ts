/**
 * The handbook's sidebar, built from routes.ts and content/ when the site's config is read, so page
 * paths, years, template names and checklist titles are each written once.
 */
import { loadHandbook, type Handbook } from './content/load';
import { contentDir } from './content/paths';
import { checklistSidebarItems } from './checklists/sidebar';
import { routes } from './routes';

type SidebarLink = { label: string; link: string };
type SidebarEntry = SidebarLink | { label: string; items: SidebarLink[] };

/** A sidebar link to a route path (Starlight adds the site base). */
const link = (label: string, path: string): SidebarLink => ({ label, link: `/${path}` });

/**
 * Every group of the sidebar. Content that does not load gives only the fixed links here; the
 * content loaders then stop the build with the full report.
 */
export function handbookSidebar(dir = contentDir()): SidebarEntry[] {
  let handbook: Handbook | undefined;
  try {
    handbook = loadHandbook(dir, process.cwd());
  } catch {
    handbook = undefined;
  }
  return [
    link('Trang chủ', routes.home),
    {
      label: 'Hướng dẫn',
      items: [
        link('Sinh hoạt thường kỳ', routes.regular),
        link('Sinh hoạt chuyên đề', routes.thematic),
        link('Quy trình sinh hoạt chuyên đề', routes.procedure),
        link('Lưu ý, kinh nghiệm', routes.advice),
      ],
    },
    {
      label: 'Chuyên đề',
      items: [
        link('Danh sách theo năm', routes.topics),
        ...(handbook?.topicLists ?? []).map((list) => link(`Năm ${list.year}`, routes.topicYear(list.year))),
      ],
    },
    {
      label: 'Mẫu văn bản',
      items: [
        link('Tất cả mẫu', routes.templates),
        ...(handbook?.templates ?? []).map((t) => link(t.navLabel ?? t.title, routes.template(t.id))),
      ],
    },
    { label: 'Danh sách kiểm tra', items: checklistSidebarItems(dir) },
    link('Văn bản căn cứ', routes.basis),
    link('Tìm kiếm', routes.search),
  ];
}
