/**
 * When each page's content last changed: the newest commit of the files it is made from (its MDX
 * file, the content/ files of the data it shows, or its route file), read from git in one pass; a file
 * git does not know yet counts by its modification time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { allPages, pageAt, type Page } from '../routes';
import type { Handbook } from '../content/load';
import { pageData } from '../sidebar';

/** What a page's files depend on in the content: the templates' procedures, the years' lists. */
export interface PageFileData {
  /** Ids of the procedures each template's steps come from. */
  templateProcedures: Readonly<Record<string, readonly string[]>>;
  /** The files of each year's topic lists ("content/topics/2023/ban-thuong-vu-dang-uy-khoi.yaml"). */
  topicFiles: Readonly<Record<number, readonly string[]>>;
  /** The files of every template, procedure and advice list. */
  templateFiles: readonly string[];
  checklistFiles: readonly string[];
}

/** The files (relative to the project root) a page is made from. */
export function pageFiles(page: Page, data: PageFileData): string[] {
  const files: string[] = [];
  if (page.source === 'mdx') files.push(`src/content/docs/${page.path === '' ? 'index' : page.path.replace(/\/$/, '')}.mdx`);
  if (page.file) files.push(page.file);
  const { shows } = page;
  for (const id of shows.procedures ?? []) files.push(`content/procedures/${id}.yaml`);
  for (const id of shows.advice ?? []) files.push(`content/advice/${id}.yaml`);
  if (shows.checklist) {
    files.push(...[`content/procedures/${shows.checklist}.yaml`, `content/advice/${shows.checklist}.yaml`].filter((f) => existsSync(f)));
  }
  if (shows.template) {
    files.push(`content/templates/${shows.template}.yaml`);
    for (const id of data.templateProcedures[shows.template] ?? []) files.push(`content/procedures/${id}.yaml`);
  }
  if (shows.topicYear !== undefined) files.push(...(data.topicFiles[shows.topicYear] ?? []), 'content/topic-groups.yaml', 'content/examples.yaml');
  if (shows.topicGroups) files.push('content/topic-groups.yaml');
  if (shows.basisDocuments) files.push('content/basis-documents.yaml');
  if (shows.rules) files.push('content/rules.yaml');
  if (shows.index === 'topicLists') files.push(...Object.values(data.topicFiles).flat(), 'content/examples.yaml');
  if (shows.index === 'templates') files.push(...data.templateFiles);
  if (shows.planner) {
    files.push('content/planner.yaml', 'content/rules.yaml', ...data.templateFiles, 'content/examples.yaml', 'content/topic-groups.yaml', ...Object.values(data.topicFiles).flat());
  }
  if (shows.index === 'checklists') files.push(...data.checklistFiles);
  return [...new Set(files)];
}

/** The newest commit time of every file git has seen, by path relative to the repository root. */
export function commitTimes(cwd = process.cwd()): Map<string, Date> {
  const out = new Map<string, Date>();
  const result = spawnSync('git', ['log', '--format=%x00%ct', '--name-only', '--no-renames'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) return out;
  let time: Date | undefined;
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('\u0000')) time = new Date(Number(line.slice(1)) * 1000);
    else if (line && time && !out.has(line)) out.set(line, time);
  }
  return out;
}

/** The newest change among `files`: their last commit, or their modification time when git does not know them. */
export function lastChanged(files: readonly string[], commits: ReadonlyMap<string, Date>): Date | undefined {
  let newest: Date | undefined;
  for (const file of files) {
    const time = commits.get(file) ?? (existsSync(file) ? statSync(file).mtime : undefined);
    if (time && (!newest || time > newest)) newest = time;
  }
  return newest;
}

/** What the content gives for finding a page's files. */
export function pageFileData(handbook: Pick<Handbook, 'templates' | 'topicLists' | 'procedures' | 'advice'>): PageFileData {
  const topicFiles: Record<number, string[]> = {};
  for (const list of handbook.topicLists) (topicFiles[list.year] ??= []).push(`content/topics/${list.year}/${list.issuerId}.yaml`);
  return {
    templateProcedures: Object.fromEntries(
      handbook.templates.map((t) => [t.id, t.body.flatMap((block) => (block.type === 'steps' ? [block.procedure] : []))]),
    ),
    topicFiles,
    templateFiles: handbook.templates.map((t) => `content/templates/${t.id}.yaml`),
    checklistFiles: [...handbook.procedures.map((p) => `content/procedures/${p.id}.yaml`), ...handbook.advice.map((a) => `content/advice/${a.id}.yaml`)],
  };
}

let commits: Map<string, Date> | undefined;

/**
 * When the page at `path` (relative to the base) last changed, or undefined for a path the registry
 * does not know. Git is read once per process, except under `astro dev`, where files change.
 */
export function pageLastChanged(path: string, handbook: Handbook, dev = false): Date | undefined {
  const page = pageAt(allPages(pageData(handbook)), path);
  if (!page) return undefined;
  if (dev || !commits) commits = commitTimes();
  return lastChanged(pageFiles(page, pageFileData(handbook)), commits);
}
