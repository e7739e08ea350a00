import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanHtml, type PageLink } from '../../src/lib/deploy/html-scan';
import { htmlFiles } from './dist';

/** What a crawl of a built site found. */
export interface CrawlReport {
  pages: number;
  /** Internal links checked (href, src, srcset…, sitemap entries). */
  checked: number;
  /** Links to other sites (not fetched: there is no network here). */
  external: string[];
  /** One line per broken link: page, element, URL and what is wrong. */
  problems: string[];
}

const origin = 'http://site.invalid';
const skipped = /^(mailto:|tel:|javascript:|data:|blob:)/i;

/** URL path of a built file under `base`: "chuyen-de/2023/index.html" → "/so-tay/chuyen-de/2023/". */
export function pageUrl(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Crawls the built site in `root`, served under `base`: every internal href/src/srcset on every
 * page, every #anchor (the id must exist on the target page), every download and every sitemap
 * entry must resolve to a file in `root`. `site` is the configured site URL, whose absolute links
 * (canonical, sitemap) count as internal.
 */
export function crawlSite(root: string, base = '/', site?: string): CrawlReport {
  const files = htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const scans = new Map(files.map((f) => [f, scanHtml(readFileSync(join(root, f), 'utf8'))]));
  for (const [file, scan] of scans) ids.set(file, new Set(scan.ids));
  const siteOrigin = site ? new URL(site).origin : undefined;
  const report: CrawlReport = { pages: files.length, checked: 0, external: [], problems: [] };

  /** The file a URL path serves, or why none does. */
  const resolveFile = (pathname: string): { file?: string; error?: string } => {
    if (!pathname.startsWith(base)) return { error: `nằm ngoài đường dẫn gốc ${base}` };
    let rel: string;
    try {
      rel = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return { error: 'đường dẫn mã hóa sai' };
    }
    const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const full = join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return { file: candidate };
    if (existsSync(join(root, rel, 'index.html'))) return { error: 'thiếu dấu "/" ở cuối (máy chủ sẽ phải chuyển hướng)' };
    return { error: 'không có tệp này trong bản dựng' };
  };

  const check = (from: string, where: string, raw: string, link?: PageLink): void => {
    if (skipped.test(raw) || raw === '') return;
    let url: URL;
    try {
      url = new URL(raw, origin + pageUrl(from, base));
    } catch {
      report.problems.push(`${from}: ${where} "${raw}" → địa chỉ không hợp lệ`);
      return;
    }
    if (url.origin !== origin && url.origin !== siteOrigin) {
      report.external.push(raw);
      return;
    }
    report.checked += 1;
    const { file, error } = resolveFile(url.pathname);
    if (!file) {
      report.problems.push(`${from}: ${where} "${raw}" → ${error}`);
      return;
    }
    if (link?.download && statSync(join(root, file)).size === 0) {
      report.problems.push(`${from}: ${where} "${raw}" → tệp tải về rỗng`);
    }
    const hash = url.hash.slice(1);
    if (hash && file.endsWith('.html')) {
      let id = hash;
      try {
        id = decodeURIComponent(hash);
      } catch {
        // keep the raw hash
      }
      if (!ids.get(file)?.has(id)) report.problems.push(`${from}: ${where} "${raw}" → không có id="${id}" trên ${file}`);
    }
  };

  for (const [file, scan] of scans) {
    for (const link of scan.links) check(file, `<${link.tag} ${link.attr}>`, link.url, link);
  }
  for (const sitemap of ['sitemap-index.xml', 'sitemap-0.xml']) {
    const path = join(root, sitemap);
    if (!existsSync(path)) continue;
    for (const [, loc] of readFileSync(path, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) check(sitemap, '<loc>', loc!);
  }
  return report;
}
