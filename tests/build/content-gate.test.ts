// Content gate: a broken content set stops a real `astro build`, with a message naming the file, the
// entry and the field. Every fixture in tests/fixtures/broken-content/ and broken-templates/ goes
// through the content loader in-process (tests/unit/content.test.ts, templates-content.test.ts);
// this one build proves the loader's error reaches the build and stops it before any page is written.
import { expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../helpers/astro-build';
import { expectedIssue } from '../helpers/content-fixtures';

const fixtures = 'tests/fixtures/broken-content';
/** A topic in a group that does not exist: an error only the whole of content/ shows. */
const name = 'unknown-group';

test(`${name}: astro build fails naming the file, the entry and the field`, () => {
  const expected = expectedIssue(fixtures, name);
  const work = mkdtempSync(join(tmpdir(), `so-tay-${name}-`));
  try {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    cpSync(join(fixtures, name), content, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
    expect(existsSync(join(content, expected.file)), expected.file).toBe(true);
    const { status, output } = astroBuild(join(work, 'dist'), { HANDBOOK_CONTENT_DIR: content });
    expect(status, output).not.toBe(0);
    expect(output).toContain('Nội dung không hợp lệ');
    // The line that reports the problem names all three, in the loader's "file › entry › field" form.
    const line = output.split('\n').find((l) => l.includes(`content/${expected.file}`));
    expect(line, `không có dòng nào nêu tệp ${expected.file}:\n${output}`).toBeDefined();
    expect(line).toContain(`mục ${expected.entry}`);
    expect(line).toContain(`trường "${expected.field}"`);
    expect(existsSync(join(work, 'dist', 'index.html')), 'the build must not write pages').toBe(false);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
