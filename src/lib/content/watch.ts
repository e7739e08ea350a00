import { relative, resolve, sep } from 'node:path';
import { contentDir } from './paths';

/** True for a YAML file under content/ (the files a change of which changes the handbook). */
export function isContentFile(path: string, dir = contentDir()): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && /\.ya?ml$/.test(rel);
}
