import type { z } from 'astro/zod';

/** One problem found in a content file. */
export interface ContentIssue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The entry within the file ("steps[2] (id: cu-thu-ky)"), or "" for the file as a whole. */
  entry: string;
  /** The field at fault ("title"), or "" when the entry itself is at fault. */
  field: string;
  /** What is wrong, in Vietnamese. */
  message: string;
}

/** Thrown when content files are invalid; its message lists every issue, one a line. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `Nội dung không hợp lệ (${issues.length} lỗi):\n` + issues.map((i) => '  - ' + formatIssue(i)).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Formats an issue as "file › entry › field: message". */
export function formatIssue(issue: ContentIssue): string {
  const where = [issue.file, issue.entry && `mục ${issue.entry}`, issue.field && `trường "${issue.field}"`]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${issue.message}`;
}

type Path = ReadonlyArray<PropertyKey>;

/**
 * Splits a Zod issue path into the entry (up to the last array element, named by its id when it
 * has one) and the field (what follows it).
 */
export function splitPath(path: Path, data: unknown): { entry: string; field: string } {
  let lastIndex = -1;
  path.forEach((key, i) => {
    if (typeof key === 'number') lastIndex = i;
  });
  const entryPath = path.slice(0, lastIndex + 1);
  const fieldPath = path.slice(lastIndex + 1);
  let entry = formatPath(entryPath);
  if (entryPath.length > 0) {
    const node = entryPath.reduce<unknown>(
      (acc, key) => (acc && typeof acc === 'object' ? (acc as Record<PropertyKey, unknown>)[key] : undefined),
      data,
    );
    const id = node && typeof node === 'object' ? (node as Record<string, unknown>).id : undefined;
    if (typeof id === 'string' && id) entry += ` (id: ${id})`;
  }
  return { entry, field: formatPath(fieldPath) };
}

function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : (i > 0 ? '.' : '') + String(key)))
    .join('');
}

/** Turns a failed Zod parse into content issues for `file`. */
export function zodIssues(file: string, error: z.ZodError, data: unknown, fileEntry = ''): ContentIssue[] {
  return error.issues.map((issue) => {
    const split = splitPath(issue.path, data);
    const entry = split.entry || fileEntry;
    const field =
      issue.code === 'unrecognized_keys'
        ? [split.field, issue.keys.join(', ')].filter(Boolean).join('.')
        : split.field;
    return { file, entry, field, message: describeZodIssue(issue) };
  });
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'thiếu trường bắt buộc' : `sai kiểu dữ liệu (cần ${typeName(issue.expected)})`;
    case 'unrecognized_keys':
      return `trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `giá trị không hợp lệ; chỉ nhận: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      return issue.message && !issue.message.startsWith('Too small') ? issue.message : `quá nhỏ (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      return `quá lớn (tối đa ${String(issue.maximum)})`;
    default:
      return issue.message;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi văn bản',
    number: 'số',
    array: 'danh sách',
    object: 'đối tượng',
    boolean: 'đúng/sai',
  };
  return names[expected] ?? expected;
}
