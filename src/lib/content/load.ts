import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { procedureSchema, type Procedure } from '../../schemas/procedure';
import { topicGroupSchema, topicListSchema, type IssuedTopicList, type TopicGroup } from '../../schemas/topic';
import { adviceSchema, type Advice } from '../../schemas/advice';
import { basisDocumentsFileSchema, type BasisDocument } from '../../schemas/basis-document';
import { exampleSchema, type Example } from '../../schemas/example';
import { ruleSchema, type Rule } from '../../schemas/rule';
import { checkSources } from './sources';
import { templateSchema, type Template } from '../../schemas/template';
import { checkTemplate } from './templates';
import { abbreviationSchema, type Abbreviation } from '../../schemas/abbreviation';
import { checkAbbreviations } from './abbreviations';
import { plannerSchema, type Planner } from '../../schemas/planner';
import { checkPlanner } from './planner';
import { ContentError, zodIssues, type ContentIssue } from './errors';
import { normalizeDeep } from '../text';
import { contentDir as defaultContentDir } from './paths';

/** Everything the handbook publishes, validated and cross-checked. */
export interface Handbook {
  procedures: Procedure[];
  topicGroups: TopicGroup[];
  /** Topic lists, newest year first, then by issuer. */
  topicLists: IssuedTopicList[];
  advice: Advice[];
  basisDocuments: BasisDocument[];
  /** The day the list of basis documents was last checked (yyyy-mm-dd). */
  basisDocumentsChecked: string;
  /** Example cases: one place's practice, shown as examples. */
  examples: Example[];
  /** Rules the handbook states, each with its source. */
  rules: Rule[];
  templates: Template[];
  /** Abbreviations and other names search expands (content/abbreviations.yaml). */
  abbreviations: Abbreviation[];
  /** The planner's defaults (content/planner.yaml): the handbook's suggestions where sources give no number. */
  planner: Planner;
}

/** Collects issues while files are read, and throws them all at the end. */
class Reader {
  readonly issues: ContentIssue[] = [];
  constructor(readonly root: string) {}

  /** The path as a person finds it: relative to the project root, absolute when outside it. */
  rel(file: string): string {
    const path = relative(this.root, file);
    return path && !path.startsWith('..') ? path : file;
  }

  yaml(file: string): unknown {
    try {
      return normalizeDeep(parseYaml(readFileSync(file, 'utf8')));
    } catch (error) {
      const line = error instanceof YAMLParseError && error.linePos ? ` (dòng ${error.linePos[0].line})` : '';
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.issues.push({ file: this.rel(file), entry: '', field: '', message: `không đọc được YAML${line}: ${message}` });
      return undefined;
    }
  }

  parse<S extends z.ZodType>(schema: S, file: string, data: unknown, fileEntry = ''): z.infer<S> | undefined {
    if (data === undefined) return undefined;
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    this.issues.push(...zodIssues(this.rel(file), result.error, data, fileEntry));
    return undefined;
  }

  add(file: string, entry: string, field: string, message: string): void {
    this.issues.push({ file: this.rel(file), entry, field, message });
  }

  /** Reads and validates every YAML file of `dir`; returns the valid ones with their files. */
  files<S extends z.ZodType>(
    dir: string,
    schema: S,
    fileEntry: (file: string) => string,
  ): Array<{ file: string; value: z.infer<S> }> {
    return yamlFiles(dir).flatMap((file) => {
      const value = this.parse(schema, file, this.yaml(file), fileEntry(file));
      return value === undefined ? [] : [{ file, value }];
    });
  }

  /** Reports an id that differs from its file's name. */
  idMatchesFile(file: string, id: string): void {
    if (id !== stem(file)) this.add(file, id, 'id', `id "${id}" phải trùng tên tệp "${stem(file)}"`);
  }

  /** Reports ids that appear more than once in `items`. */
  uniqueIds(file: string, items: ReadonlyArray<{ id: string }>, listName: string): void {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else this.add(file, `${listName}[${index}] (id: ${item.id})`, 'id', `id "${item.id}" trùng với ${listName}[${first}]`);
    });
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

const stem = (file: string): string => basename(file).replace(/\.ya?ml$/, '');

/**
 * The topic lists under `dir`: one folder per year, one file per issuing committee
 * (topics/2023/ban-thuong-vu-dang-uy-khoi.yaml). The year in a file must be its folder's, and two
 * lists of one year may not share a topic id (ids are the anchors of the year's page).
 */
function readTopicLists(r: Reader, dir: string, groupIds: ReadonlySet<string>): IssuedTopicList[] {
  if (!existsSync(dir)) return [];
  const lists: IssuedTopicList[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) {
      if (/\.ya?ml$/.test(name)) {
        r.add(path, '', '', `danh sách chuyên đề nằm trong thư mục của năm, mỗi cơ quan ban hành một tệp: chuyển thành topics/${stem(name)}/<cơ-quan-ban-hành>.yaml`);
      }
      continue;
    }
    if (!/^\d{4}$/.test(name)) {
      r.add(path, '', '', `tên thư mục phải là một năm (ví dụ 2027), không phải "${name}"`);
      continue;
    }
    const owners = new Map<string, string>();
    for (const { file, value } of r.files(path, topicListSchema, (f) => `năm ${name}, ${stem(f)}`)) {
      const issuerId = stem(file);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(issuerId)) {
        r.add(file, '', '', `tên tệp là id của cơ quan ban hành: chữ thường không dấu và dấu gạch nối (ví dụ ban-thuong-vu-dang-uy-khoi)`);
      }
      if (String(value.year) !== name) r.add(file, `năm ${value.year}`, 'year', `năm ${value.year} khác tên thư mục "${name}"`);
      r.uniqueIds(file, value.topics, 'topics');
      value.topics.forEach((topic, index) => {
        const entry = `topics[${index}] (id: ${topic.id})`;
        if (!groupIds.has(topic.group)) {
          r.add(file, entry, 'group', `nhóm "${topic.group}" không có trong content/topic-groups.yaml (có: ${[...groupIds].join(', ')})`);
        }
        const owner = owners.get(topic.id);
        if (owner && owner !== file) {
          r.add(file, entry, 'id', `id "${topic.id}" đã dùng trong ${r.rel(owner)}; hai danh sách của một năm phải dùng id khác nhau`);
        }
        owners.set(topic.id, file);
      });
      lists.push({ ...value, issuerId });
    }
  }
  return lists.sort((a, b) => b.year - a.year || a.issuerId.localeCompare(b.issuerId));
}

/**
 * Reads and validates every file under `contentDir`; throws a ContentError naming the file, the
 * entry and the field of each problem. `root` is the directory paths are reported from.
 */
export function loadHandbook(contentDir: string, root = join(contentDir, '..')): Handbook {
  const r = new Reader(root);

  const groupsFile = join(contentDir, 'topic-groups.yaml');
  const groupsData = r.yaml(groupsFile);
  const topicGroups = r.parse(topicGroupSchema.array().min(1), groupsFile, groupsData) ?? [];
  r.uniqueIds(groupsFile, topicGroups, '');
  const groupIds = new Set(topicGroups.map((g) => g.id));

  const procedures: Procedure[] = [];
  for (const { file, value: proc } of r.files(join(contentDir, 'procedures'), procedureSchema, stem)) {
    r.idMatchesFile(file, proc.id);
    r.uniqueIds(file, proc.steps, 'steps');
    procedures.push(proc);
  }
  const stepOwners = new Map<string, string>();
  for (const proc of procedures) {
    for (const [index, step] of proc.steps.entries()) {
      const owner = stepOwners.get(step.id);
      if (owner && owner !== proc.id) {
        r.add(
          join(contentDir, 'procedures', `${proc.id}.yaml`),
          `steps[${index}] (id: ${step.id})`,
          'id',
          `id "${step.id}" đã dùng trong quy trình "${owner}"; id của bước phải khác nhau trên toàn sổ tay`,
        );
      }
      stepOwners.set(step.id, proc.id);
    }
  }
  procedures.sort((a, b) => a.order - b.order);

  const topicLists = readTopicLists(r, join(contentDir, 'topics'), groupIds);

  const advice: Advice[] = [];
  for (const { file, value: list } of r.files(join(contentDir, 'advice'), adviceSchema, stem)) {
    r.idMatchesFile(file, list.id);
    r.uniqueIds(file, list.items, 'items');
    // Checklists take their ids from procedures and advice lists alike, and so do their pages.
    if (procedures.some((p) => p.id === list.id)) {
      r.add(file, list.id, 'id', `id "${list.id}" trùng với quy trình content/procedures/${list.id}.yaml; id của quy trình và danh sách lưu ý phải khác nhau`);
    }
    advice.push(list);
  }

  const docsFile = join(contentDir, 'basis-documents.yaml');
  const docsData = r.parse(basisDocumentsFileSchema, docsFile, r.yaml(docsFile));
  const basisDocuments = docsData?.documents ?? [];
  r.uniqueIds(docsFile, basisDocuments, 'documents');
  const docIds = new Set(basisDocuments.map((d) => d.id));
  basisDocuments.forEach((doc, index) => {
    for (const field of ['replacedBy', 'implements'] as const) {
      const target = doc[field];
      if (target && !docIds.has(target)) r.add(docsFile, `documents[${index}] (id: ${doc.id})`, field, `không có văn bản id "${target}"`);
    }
  });

  const examplesFile = join(contentDir, 'examples.yaml');
  const examples = r.parse(exampleSchema.array(), examplesFile, r.yaml(examplesFile)) ?? [];
  r.uniqueIds(examplesFile, examples, '');

  const rulesFile = join(contentDir, 'rules.yaml');
  const rules = r.parse(ruleSchema.array(), rulesFile, r.yaml(rulesFile)) ?? [];
  r.uniqueIds(rulesFile, rules, '');
  rules.forEach((rule, index) => {
    // A figure a paper computes with must be the number the rule's words state.
    for (const [name, value] of Object.entries(rule.figures)) {
      if (!new RegExp(`(^|\\D)${value}(\\D|$)`).test(rule.text)) {
        r.add(rulesFile, `[${index}] (id: ${rule.id})`, `figures.${name}`, `quy định không ghi số ${value} trong phần text`);
      }
    }
  });

  const templates: Template[] = [];
  for (const { file, value: template } of r.files(join(contentDir, 'templates'), templateSchema, stem)) {
    r.idMatchesFile(file, template.id);
    for (const issue of checkTemplate(template, { procedures, advice, basisDocuments, rules })) {
      r.add(file, issue.entry || template.id, issue.field, issue.message);
    }
    templates.push(template);
  }
  templates.sort((a, b) => a.order - b.order);

  // The papers a step names are templates of content/templates/.
  const templateIds = new Set(templates.map((t) => t.id));
  for (const proc of procedures) {
    proc.steps.forEach((step, index) => {
      step.papers.forEach((paper, i) => {
        if (!templateIds.has(paper)) {
          r.add(
            join(contentDir, 'procedures', `${proc.id}.yaml`),
            `steps[${index}] (id: ${step.id})`,
            `papers[${i}]`,
            `không có mẫu văn bản "${paper}" trong content/templates/ (có: ${[...templateIds].join(', ')})`,
          );
        }
      });
    });
  }

  for (const issue of checkSources({ procedures, topicGroups, topicLists, advice, basisDocuments, examples, rules })) {
    r.add(join(contentDir, issue.file), issue.entry, issue.field, issue.message);
  }

  const abbreviations = readAbbreviations(r, join(contentDir, 'abbreviations.yaml'), basisDocuments);
  // The planner's defaults, checked against the procedures and the duration rule.
  const plannerFile = join(contentDir, 'planner.yaml');
  const planner = r.parse(plannerSchema, plannerFile, r.yaml(plannerFile)) ?? { offsets: [], papers: { 'thuong-ky': [], 'chuyen-de': [], 'ket-hop': [] }, paperDates: {} };
  for (const issue of checkPlanner(planner, procedures, rules, templates)) r.add(join(contentDir, issue.file), issue.entry, issue.field, issue.message);

  if (r.issues.length > 0) throw new ContentError(r.issues);
  return {
    procedures,
    topicGroups,
    topicLists,
    advice,
    basisDocuments,
    basisDocumentsChecked: docsData?.checked ?? '',
    examples,
    rules,
    templates,
    abbreviations,
    planner,
  };
}

/** Reads and cross-checks the abbreviations search expands. */
function readAbbreviations(r: Reader, file: string, basisDocuments: readonly BasisDocument[]): Abbreviation[] {
  const entries = r.parse(abbreviationSchema.array(), file, r.yaml(file)) ?? [];
  r.uniqueIds(file, entries, '');
  for (const issue of checkAbbreviations(entries, basisDocuments)) r.add(file, issue.entry, issue.field, issue.message);
  return entries;
}

/** Every YAML file under `dir`, at any depth, sorted. */
function allYamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return allYamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/** A digest of every YAML file under `dir` (names and bytes): it changes whenever content/ does. */
export function contentFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of allYamlFiles(dir)) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The last load of one content directory: what its files were, and what loading them gave. */
interface LoadedContent {
  fingerprint: string;
  result: { handbook: Handbook } | { error: unknown };
  /** How many times the directory was read and validated in this process. */
  loads: number;
}

// On globalThis: Astro reads the config, runs the content loaders and renders pages through
// separate module graphs of one process, and all of them must share one loaded handbook.
const memoKey = Symbol.for('so-tay-chi-bo.handbook');
const memo = ((globalThis as Record<symbol, unknown>)[memoKey] ??= new Map()) as Map<string, LoadedContent>;

/**
 * The validated handbook of `contentDir`: read and cross-checked once, then served from memory for as
 * long as its files stay the same (so once per build, and once per change while `astro dev` runs).
 * Throws the same ContentError as `loadHandbook` while the files are broken.
 */
export function getHandbook(contentDir: string = defaultContentDir(), root = process.cwd()): Handbook {
  const dir = resolve(contentDir);
  const fingerprint = contentFingerprint(dir);
  let entry = memo.get(dir);
  if (!entry || entry.fingerprint !== fingerprint) {
    let result: LoadedContent['result'];
    try {
      result = { handbook: loadHandbook(dir, root) };
    } catch (error) {
      result = { error };
    }
    entry = { fingerprint, result, loads: (entry?.loads ?? 0) + 1 };
    memo.set(dir, entry);
  }
  if ('error' in entry.result) throw entry.result.error;
  return entry.result.handbook;
}

/** How many times `getHandbook` has read and validated `contentDir` in this process. */
export function handbookLoads(contentDir: string = defaultContentDir()): number {
  return memo.get(resolve(contentDir))?.loads ?? 0;
}
