import { siteBase } from './text';

/**
 * Paths of the handbook's pages, relative to the site base (no leading slash), so that every link
 * is written once and works under a sub-path.
 */
export const routes = {
  home: '',
  regular: 'sinh-hoat-thuong-ky/',
  thematic: 'sinh-hoat-chuyen-de/',
  procedure: 'quy-trinh-sinh-hoat-chuyen-de/',
  advice: 'luu-y-kinh-nghiem/',
  topics: 'chuyen-de/',
  basis: 'van-ban-can-cu/',
  topicYear: (year: number) => `chuyen-de/${year}/`,
  checklists: 'danh-sach-kiem-tra/',
  checklist: (id: string) => `danh-sach-kiem-tra/${id}/`,
  templates: 'mau-van-ban/',
  template: (id: string) => `mau-van-ban/${id}/`,
  /** The blank Word file of a template, made at build time. */
  templateFile: (id: string) => `mau-van-ban/${id}.docx`,
  /** A template's resolved content as JSON, fetched when a person asks for a filled-in file. */
  templateData: (id: string) => `mau-van-ban/${id}.json`,
  search: 'tim-kiem/',
} as const;

/** The page that shows each procedure's steps. */
export const procedurePages: Record<string, string> = {
  'chuan-bi-chuyen-de': routes.procedure,
  'cac-buoc-chuyen-de': routes.procedure,
  'chuong-trinh-thuong-ky': routes.regular,
};

/** The page that shows each advice list's items. */
export const advicePages: Record<string, string> = {
  'cap-uy': routes.advice,
  'dang-vien': routes.advice,
};

/** Joins the site base and a route path: href('chuyen-de/') → '/so-tay/chuyen-de/'. */
export function href(path: string, hash?: string): string {
  return siteBase() + path + (hash ? `#${hash}` : '');
}
