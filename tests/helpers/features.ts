import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles } from './dist';

/** True when the source defines a route ("danh-sach-kiem-tra/"): under src/pages or Starlight's docs. */
export function routeInSource(route: string): boolean {
  const name = route.replace(/\/$/, '');
  return [
    join('src/pages', name),
    join('src/pages', `${name}.astro`),
    join('src/content/docs', name),
    join('src/content/docs', `${name}.mdx`),
    join('src/content/docs', `${name}.md`),
  ].some((p) => existsSync(p));
}

/** Built pages under a route ("mau-van-ban/"), as URL paths, the route's own index first. */
export function builtPagesUnder(route: string): string[] {
  if (!existsSync(join(distDir, route))) return [];
  return htmlFiles()
    .filter((f) => f.startsWith(route))
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
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
