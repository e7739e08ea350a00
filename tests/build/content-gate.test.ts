// Content gate: each broken content set in tests/fixtures/broken-content/ (one file broken in a copy
// of content/) stops a real `astro build`, with a message naming the file, the entry and the field.
import { describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../helpers/astro-build';

const fixtures = 'tests/fixtures/broken-content';

interface Expected {
  file: string;
  entry: string;
  field: string;
  message?: string;
}

const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('broken content stops the build', () => {
  test('the fixture set covers every kind of content error', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['bad-yaml', 'duplicate-id', 'missing-field', 'mistyped-field', 'unknown-group', 'year-mismatch']),
    );
  });

  for (const name of cases) {
    test(`${name}: astro build fails naming the file, the entry and the field`, () => {
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as Expected;
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
        if (expected.entry) expect(line).toContain(`mục ${expected.entry}`);
        if (expected.field) expect(line).toContain(`trường "${expected.field}"`);
        if (expected.message) expect(line).toContain(expected.message);
        expect(existsSync(join(work, 'dist', 'index.html')), 'the build must not write pages').toBe(false);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }, 120_000);
  }
});
