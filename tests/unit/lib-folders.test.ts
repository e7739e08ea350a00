import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const lib = resolve('src/lib');

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The folder directly under src/lib that holds a path, or undefined for the files of src/lib itself and paths outside it. */
function folderOf(path: string): string | undefined {
  const parts = relative(lib, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/** One import from a file in one folder of src/lib to a module in another. */
interface FolderImport {
  from: string;
  to: string;
  /** "templates/build.ts → ../docx/document". */
  where: string;
}

/** Every import between two folders of src/lib, from the files' import and export statements (type-only and dynamic ones too). */
function folderImports(): FolderImport[] {
  return tsFiles(lib).flatMap((file) => {
    const from = folderOf(file);
    if (!from) return [];
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles.flatMap(({ fileName }) => {
      if (!fileName.startsWith('.')) return [];
      const to = folderOf(resolve(dirname(file), fileName));
      return to && to !== from ? [{ from, to, where: `${relative(lib, file)} → ${fileName}` }] : [];
    });
  });
}

/** Groups of folders that reach each other through imports (strongly connected, more than one folder), each named with the imports that tie it. */
function folderCycles(imports: readonly FolderImport[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) next.set(from, (next.get(from) ?? new Set()).add(to));
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      for (const n of next.get(stack.pop()!) ?? []) if (!seen.has(n)) stack.push(n), seen.add(n);
    }
    return seen;
  };
  const reaches = new Map([...next.keys()].map((f) => [f, reach(f)]));
  const groups = new Map<string, string[]>();
  for (const [folder, reached] of reaches) {
    if (!reached.has(folder)) continue;
    const group = [...reached].filter((other) => reaches.get(other)?.has(folder)).sort();
    groups.set(group.join(' ↔ '), group);
  }
  return [...groups].map(([name, group]) => {
    const ties = imports.filter((i) => group.includes(i.from) && group.includes(i.to)).map((i) => i.where);
    return `${name}: ${ties.join('; ')}`;
  });
}

describe('folders of src/lib', () => {
  test('no two folders import each other, directly or round a ring', () => {
    const imports = folderImports();
    expect(imports.length, 'the scan finds the imports between folders').toBeGreaterThan(5);
    expect(folderCycles(imports)).toEqual([]);
  });

  test('docx/ builds on templates/, never the other way round', () => {
    const imports = folderImports();
    expect(imports.some((i) => i.from === 'docx' && i.to === 'templates')).toBe(true);
    expect(imports.filter((i) => i.from === 'templates' && i.to === 'docx')).toEqual([]);
  });

  test('the check names the folders of a cycle and the imports that close it', () => {
    const ring: FolderImport[] = [
      { from: 'a', to: 'b', where: 'a/x.ts → ../b/y' },
      { from: 'b', to: 'c', where: 'b/y.ts → ../c/z' },
      { from: 'c', to: 'a', where: 'c/z.ts → ../a/x' },
      { from: 'c', to: 'd', where: 'c/z.ts → ../d/w' },
      { from: 'e', to: 'f', where: 'e/v.ts → ../f/u' },
      { from: 'f', to: 'e', where: 'f/u.ts → ../e/v' },
    ];
    expect(folderCycles(ring)).toEqual([
      'a ↔ b ↔ c: a/x.ts → ../b/y; b/y.ts → ../c/z; c/z.ts → ../a/x',
      'e ↔ f: e/v.ts → ../f/u; f/u.ts → ../e/v',
    ]);
    expect(folderCycles(ring.slice(0, 2))).toEqual([]);
  });
});
