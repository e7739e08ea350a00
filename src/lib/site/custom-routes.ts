import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normalizeBase } from '../text';

/**
 * The URL prefix each page file under src/pages serves, relative to the base:
 * "chuyen-de/[year].astro" → "chuyen-de/", "tim-kiem.astro" → "tim-kiem/", "robots.txt.ts" → "robots.txt".
 * A file whose first segment is dynamic gives no prefix.
 */
export function routePrefix(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const prefix: string[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const name = last ? part.replace(/\.(astro|ts|js|mjs|md|mdx|html)$/, '') : part;
    if (name.includes('[')) break;
    if (last) {
      if (name !== 'index') prefix.push(/\.[a-z0-9]+$/i.test(name) ? name : `${name}/`);
    } else prefix.push(`${name}/`);
  }
  const out = prefix.join('');
  return out || undefined;
}

/** Route prefixes of the custom (non-Starlight-docs) pages in `pagesDir`, sorted and without repeats. */
export function customRoutePrefixes(pagesDir = 'src/pages'): string[] {
  if (!existsSync(pagesDir)) return [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.startsWith('_')) files.push(relative(pagesDir, path).split(sep).join('/'));
    }
  };
  walk(pagesDir);
  return [...new Set(files.map(routePrefix).filter((p): p is string => p !== undefined))].sort();
}

/**
 * The `exclude` test for starlight-links-validator. It skips links the plugin cannot check and the
 * crawl of the built site (tests/build/links.test.ts) checks instead: links to custom pages (which
 * the plugin does not know), and, under a sub-path, front-matter links (hero actions) that a route
 * middleware prefixes with the base only when the page renders.
 */
export function linksValidatorExclude(base: string, customPrefixes: string[]): (ctx: { link: string }) => boolean {
  const b = normalizeBase(base);
  return ({ link }) => {
    if (b !== '/' && link.startsWith('/') && !link.startsWith(b)) return true;
    const path = link.startsWith(b) ? link.slice(b.length) : link.replace(/^\//, '');
    return customPrefixes.some((prefix) => path === prefix || path.startsWith(prefix) || path.startsWith(`${prefix}#`));
  };
}
