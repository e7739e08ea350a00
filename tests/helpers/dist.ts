import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site; tests under tests/build and tests/e2e need `npm run build` first. */
export const distDir = process.env.DIST_DIR ?? 'dist';

/** Fails with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`Không thấy ${distDir}/index.html: hãy chạy "npm run build" trước khi chạy các kiểm thử này.`);
  }
}

/** Reads a built page by its URL path ("quy-trinh-sinh-hoat-chuyen-de/"). */
export function readPage(path: string): string {
  requireDist();
  return readFileSync(join(distDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Every HTML file of the built site, as paths relative to dist/. */
export function htmlFiles(dir = distDir): string[] {
  requireDist();
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Text content of an HTML string: scripts and styles dropped, tags removed, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Files of one kind (".docx") anywhere in the build, as URL paths. */
export function builtFiles(extension: string, dir = distDir, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(extension, join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith(extension)
        ? [`${prefix}${entry.name}`]
        : [],
  );
}
