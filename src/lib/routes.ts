/**
 * The page registry: every page of the handbook, once, with its path (relative to the site base, no
 * leading slash), its title, its label in the sidebar, where its content is written (an MDX page or an
 * Astro route), how search classifies it, and which procedures, advice lists, checklist or template it
 * shows. The sidebar, the MDX pages' titles, the not-found and search pages, the search metadata, the
 * link checker's exclusions and the checks that pages show what they claim all read it.
 */
import { siteBase } from './text';

/** What kind of entry a page is in search (the "loai" filter), or false to keep it out of the index. */
export type PageSearchKind = 'guide' | 'procedure' | 'template' | 'topicList' | false;

/** The groups of the sidebar, in order. */
export const sidebarGroups = ['Hướng dẫn', 'Chuyên đề', 'Mẫu văn bản', 'Danh sách kiểm tra'] as const;
/** A group of the sidebar. */
export type SidebarGroup = (typeof sidebarGroups)[number];

/** What a page shows of the handbook's data. */
export interface PageShows {
  /** Ids of the procedures whose steps the page lists, in page order. */
  procedures?: readonly string[];
  /** Ids of the advice lists the page lists, in page order. */
  advice?: readonly string[];
  /** Id of the checklist the page is. */
  checklist?: string;
  /** Id of the template the page is. */
  template?: string;
  /** Year of the topic lists the page shows. */
  topicYear?: number;
  /** The page states rules from content/rules.yaml (<Rule id=…>). */
  rules?: true;
  /** The page lists the seven topic groups. */
  topicGroups?: true;
  /** The page lists the basis documents. */
  basisDocuments?: true;
  /** The page is the planner: it draws on the procedures, templates, examples, topics and content/planner.yaml. */
  planner?: true;
  /** The page is the index of every topic list, template or checklist. */
  index?: 'topicLists' | 'templates' | 'checklists';
}

/** One page of the handbook. */
export interface Page {
  /** Stable name in this registry. */
  id: string;
  /** Path relative to the site base: "" for the home page, "sinh-hoat-thuong-ky/". */
  path: string;
  /** The page's title (its <h1> and <title>). */
  title: string;
  /** Its link text in the sidebar; the title when absent. */
  sidebarLabel?: string;
  /** The sidebar group it is listed under; top level when absent; false to leave it out. */
  sidebarGroup?: SidebarGroup | false;
  /** Written in src/content/docs/<path>.mdx (Starlight's docs) or made by a route in src/pages. */
  source: 'mdx' | 'route';
  /** The route file that makes the page, for pages made by routes (relative to the project root). */
  file?: string;
  /** How search classifies the page. */
  search: PageSearchKind;
  /** What the page shows of the handbook's data. */
  shows: PageShows;
}

/** The pages with fixed paths. */
export const pages = {
  home: { id: 'home', path: '', title: 'Sổ tay sinh hoạt chi bộ', sidebarLabel: 'Trang chủ', source: 'mdx', search: 'guide', shows: {} },
  planner: {
    id: 'planner',
    path: 'ke-hoach/',
    title: 'Lập kế hoạch buổi sinh hoạt',
    sidebarLabel: 'Lập kế hoạch',
    source: 'route',
    file: 'src/pages/ke-hoach.astro',
    search: 'guide',
    shows: { planner: true },
  },
  regular: {
    id: 'regular',
    path: 'sinh-hoat-thuong-ky/',
    title: 'Sinh hoạt chi bộ thường kỳ',
    sidebarLabel: 'Sinh hoạt thường kỳ',
    sidebarGroup: 'Hướng dẫn',
    source: 'mdx',
    search: 'guide',
    shows: { procedures: ['chuan-bi-thuong-ky', 'trinh-tu-thuong-ky', 'sau-thuong-ky', 'chuong-trinh-thuong-ky'], rules: true },
  },
  thematic: {
    id: 'thematic',
    path: 'sinh-hoat-chuyen-de/',
    title: 'Sinh hoạt chuyên đề',
    sidebarGroup: 'Hướng dẫn',
    source: 'mdx',
    search: 'guide',
    shows: { topicGroups: true, rules: true },
  },
  procedure: {
    id: 'procedure',
    path: 'quy-trinh-sinh-hoat-chuyen-de/',
    title: 'Quy trình sinh hoạt chuyên đề',
    sidebarGroup: 'Hướng dẫn',
    source: 'mdx',
    search: 'procedure',
    shows: { procedures: ['chuan-bi-chuyen-de', 'cac-buoc-chuyen-de', 'sau-chuyen-de'], rules: true },
  },
  advice: {
    id: 'advice',
    path: 'luu-y-kinh-nghiem/',
    title: 'Lưu ý, kinh nghiệm',
    sidebarGroup: 'Hướng dẫn',
    source: 'mdx',
    search: 'guide',
    shows: { advice: ['cap-uy', 'dang-vien'] },
  },
  topics: {
    id: 'topics',
    path: 'chuyen-de/',
    title: 'Chuyên đề theo năm',
    sidebarLabel: 'Danh sách theo năm',
    sidebarGroup: 'Chuyên đề',
    source: 'route',
    file: 'src/pages/chuyen-de/index.astro',
    search: 'topicList',
    shows: { rules: true, index: 'topicLists' },
  },
  templates: {
    id: 'templates',
    path: 'mau-van-ban/',
    title: 'Mẫu văn bản',
    sidebarLabel: 'Tất cả mẫu',
    sidebarGroup: 'Mẫu văn bản',
    source: 'route',
    file: 'src/pages/mau-van-ban/index.astro',
    search: 'template',
    shows: { index: 'templates' },
  },
  checklists: {
    id: 'checklists',
    path: 'danh-sach-kiem-tra/',
    title: 'Danh sách kiểm tra',
    sidebarLabel: 'Tất cả danh sách',
    sidebarGroup: 'Danh sách kiểm tra',
    source: 'route',
    file: 'src/pages/danh-sach-kiem-tra/index.astro',
    search: 'guide',
    shows: { index: 'checklists' },
  },
  basis: { id: 'basis', path: 'van-ban-can-cu/', title: 'Văn bản căn cứ', source: 'mdx', search: 'guide', shows: { basisDocuments: true, rules: true } },
  /**
   * The whole guidance on one page, to print or save as PDF. It repeats the pages above, so search
   * leaves it out, and it is listed last among the pages that show each procedure and advice list.
   */
  print: {
    id: 'print',
    path: 'ban-in/',
    title: 'Bản in toàn bộ hướng dẫn',
    sidebarLabel: 'Bản in',
    source: 'route',
    file: 'src/pages/ban-in.astro',
    search: false,
    /** Everything the other pages show. */
    get shows(): PageShows {
      const others: readonly Page[] = Object.values(pages).filter((page) => page.id !== 'print');
      const any = (key: 'rules' | 'topicGroups' | 'basisDocuments'): true | undefined => (others.some((page) => page.shows[key]) ? true : undefined);
      return {
        procedures: others.flatMap((page): readonly string[] => page.shows.procedures ?? []),
        advice: others.flatMap((page): readonly string[] => page.shows.advice ?? []),
        rules: any('rules'),
        topicGroups: any('topicGroups'),
        basisDocuments: any('basisDocuments'),
      };
    },
  },
  search: { id: 'search', path: 'tim-kiem/', title: 'Tìm kiếm', source: 'route', file: 'src/pages/tim-kiem.astro', search: false, shows: {} },
  notFound: { id: 'notFound', path: '404/', title: 'Không tìm thấy trang', sidebarGroup: false, source: 'route',
    file: 'src/pages/404.astro', search: false, shows: {} },
} as const satisfies Record<string, Page>;

/** The name of a page with a fixed path. */
export type StaticPageId = keyof typeof pages;

/** The path of a page under another: child(pages.topics, 2023) → "chuyen-de/2023/". */
const child = (parent: Page, name: string | number): string => `${parent.path}${name}/`;

/** The page of one year's topic list. */
export function topicYearPage(year: number): Page {
  return {
    id: `topics-${year}`,
    path: child(pages.topics, year),
    title: `Chuyên đề năm ${year}`,
    sidebarLabel: `Năm ${year}`,
    sidebarGroup: 'Chuyên đề',
    source: 'route',
    file: 'src/pages/chuyen-de/[year].astro',
    search: 'topicList',
    shows: { topicYear: year, rules: true },
  };
}

/** The page of one checklist (its title is the procedure's or advice list's own). */
export function checklistPage(list: { id: string; title: string }): Page {
  return {
    id: `checklist-${list.id}`,
    path: child(pages.checklists, list.id),
    title: list.title,
    sidebarGroup: 'Danh sách kiểm tra',
    source: 'route',
    file: 'src/pages/danh-sach-kiem-tra/[id].astro',
    // Its items are the steps and advice, which are search results of their own.
    search: false,
    shows: { checklist: list.id },
  };
}

/** The page of one template (title and short label from its YAML). */
export function templatePage(template: { id: string; title: string; navLabel?: string }): Page {
  return {
    id: `template-${template.id}`,
    path: child(pages.templates, template.id),
    title: template.title,
    sidebarLabel: template.navLabel,
    sidebarGroup: 'Mẫu văn bản',
    source: 'route',
    file: 'src/pages/mau-van-ban/[id].astro',
    search: 'template',
    shows: { template: template.id },
  };
}

/** What the whole list of pages depends on in the content. */
export interface PageData {
  topicLists: ReadonlyArray<{ year: number }>;
  templates: ReadonlyArray<{ id: string; title: string; navLabel?: string }>;
  checklists: ReadonlyArray<{ id: string; title: string }>;
}

/** Every page of the handbook, in sidebar order, fixed and generated. */
export function allPages(data: PageData): Page[] {
  const years = [...new Set(data.topicLists.map((l) => l.year))].sort((a, b) => b - a);
  return [
    pages.home,
    pages.planner,
    pages.regular,
    pages.thematic,
    pages.procedure,
    pages.advice,
    pages.topics,
    ...years.map(topicYearPage),
    pages.templates,
    ...data.templates.map(templatePage),
    pages.checklists,
    ...data.checklists.map(checklistPage),
    pages.basis,
    pages.print,
    pages.search,
    pages.notFound,
  ];
}

/**
 * The pages the printed handbook (/ban-in/) holds, in reading order: the guidance written in MDX
 * (the home page aside), each year's topic list, and the basis documents.
 */
export function printedPages(list: readonly Page[]): Page[] {
  return list.filter((page) => (page.source === 'mdx' && page !== pages.home) || page.shows.topicYear !== undefined);
}

/** The label of a page in the sidebar. */
export function sidebarLabel(page: Page): string {
  return page.sidebarLabel ?? page.title;
}

/** The page at a path relative to the base ("sinh-hoat-thuong-ky/"), if any. */
export function pageAt(list: readonly Page[], path: string): Page | undefined {
  const p = path.replace(/^\/+/, '').replace(/index\.html$/, '').replace(/^404(\.html)?$/, '404/');
  return list.find((page) => page.path === p);
}

const staticPages: readonly Page[] = Object.values(pages);

/** The page that shows a procedure's steps; throws, stopping the build, when no page does. */
export function procedurePage(procedureId: string): Page {
  const page = staticPages.find((p) => p.shows.procedures?.includes(procedureId));
  if (!page) {
    throw new Error(
      `Quy trình "${procedureId}" chưa có trang: thêm id này vào shows.procedures của một trang trong src/lib/routes.ts`,
    );
  }
  return page;
}

/** The page that shows an advice list; throws, stopping the build, when no page does. */
export function advicePage(adviceId: string): Page {
  const page = staticPages.find((p) => p.shows.advice?.includes(adviceId));
  if (!page) {
    throw new Error(`Danh sách lưu ý "${adviceId}" chưa có trang: thêm id này vào shows.advice của một trang trong src/lib/routes.ts`);
  }
  return page;
}

/**
 * Throws, stopping the build, when the page at `pathname` (as Astro.url gives it, base included) is
 * not registered as showing the procedure or advice list `id`: a component in an MDX page and the
 * registry must agree.
 */
export function assertPageShows(pathname: string, kind: 'procedures' | 'advice', id: string): void {
  const base = siteBase();
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const page = pageAt(staticPages, path);
  if (!page?.shows[kind]?.includes(id)) {
    const what = kind === 'procedures' ? 'quy trình' : 'danh sách lưu ý';
    throw new Error(
      `Trang /${path} hiện ${what} "${id}" nhưng danh sách trang (src/lib/routes.ts) không ghi: thêm "${id}" vào shows.${kind} của trang ${page?.id ?? path}`,
    );
  }
}

/** The MDX page of a Starlight docs entry ("index", "sinh-hoat-thuong-ky"), if the registry has one. */
export function mdxPage(entryId: string): Page | undefined {
  const path = entryId === 'index' ? '' : `${entryId.replace(/\/?index$/, '')}/`;
  return staticPages.find((p) => p.source === 'mdx' && p.path === path);
}

/**
 * Paths of every page, by name, relative to the site base, so that every link is written once and
 * works under a sub-path; and the files the build writes beside the pages.
 */
export const routes = {
  home: pages.home.path,
  planner: pages.planner.path,
  regular: pages.regular.path,
  thematic: pages.thematic.path,
  procedure: pages.procedure.path,
  advice: pages.advice.path,
  topics: pages.topics.path,
  basis: pages.basis.path,
  topicYear: (year: number) => child(pages.topics, year),
  checklists: pages.checklists.path,
  checklist: (id: string) => child(pages.checklists, id),
  templates: pages.templates.path,
  template: (id: string) => child(pages.templates, id),
  /** The blank Word file of a template, made at build time. */
  templateFile: (id: string) => `${pages.templates.path}${id}.docx`,
  /** The planner's self-review points as JSON, fetched when the planner starts. */
  plannerReview: `${pages.planner.path}rut-kinh-nghiem.json`,
  /** A template's resolved content as JSON, fetched when a person asks for a filled-in file. */
  templateData: (id: string) => `${pages.templates.path}${id}.json`,
  /** The year's topic lists as JSON, fetched by the forms that offer a topic or a year plan. */
  topicChoices: `${pages.templates.path}danh-sach-chuyen-de.json`,
  search: pages.search.path,
  print: pages.print.path,
  /** Abbreviations and papers for search (src/lib/search/hints.ts), fetched with the index. */
  searchHints: `${pages.search.path}goi-y.json`,
} as const;

/** Joins the site base and a route path: href('chuyen-de/') → '/so-tay/chuyen-de/'. */
export function href(path: string, hash?: string): string {
  return siteBase() + path + (hash ? `#${hash}` : '');
}
