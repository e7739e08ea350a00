/**
 * The built site as files: shared by the integrations that work on dist/ after the build (search
 * index, page registry check, deploy files) and by the tests that read it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as paths relative to it with "/" separators, sorted; `skip` names top-level folders to leave out. */
export function builtFiles(root: string, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!(dir === root && skip.includes(name))) walk(path);
      } else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** The HTML pages under `root` (Pagefind's own folder left out), relative paths. */
export function builtPages(root: string): string[] {
  return builtFiles(root, ['pagefind']).filter((f) => f.endsWith('.html'));
}

/** The path of a built page relative to the base: "chuyen-de/2023/index.html" → "chuyen-de/2023/", "404.html" → "404.html". */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
