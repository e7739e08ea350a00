// Content gate: broken content stops Astro, with a message naming the file, the entry and the field.
// Every fixture in tests/fixtures/broken-content/ and broken-templates/ goes through the content
// loader in-process (tests/unit/content.test.ts, templates-content.test.ts); this proves the loader's
// error reaches Astro's command line and stops it. Astro loads content/ while it loads its config (the
// sidebar is built from it) and syncs it again before anything else, so `astro build`, `dev`, `check`
// and `sync` all stop at the same place; `astro sync` shows it without a third full build in
// `npm test`. It runs in a copy of the project, leaving the real one's content store alone.
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, copyProject } from '../helpers/project-copy';
import { expectedIssue } from '../helpers/content-fixtures';

const fixtures = 'tests/fixtures/broken-content';
/** A topic in a group that does not exist: an error only the whole of content/ shows. */
const name = 'unknown-group';

test(`${name}: Astro stops, naming the file, the entry and the field`, () => {
  const expected = expectedIssue(fixtures, name);
  const project = copyProject();
  try {
    const content = join(project.dir, 'content');
    cpSync(join(fixtures, name), content, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
    expect(existsSync(join(content, expected.file)), expected.file).toBe(true);
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
      cwd: project.dir,
      env: childEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Nội dung không hợp lệ');
    // The line that reports the problem names all three, in the loader's "file › entry › field" form.
    const line = output.split('\n').find((l) => l.includes(`content/${expected.file}`));
    expect(line, `không có dòng nào nêu tệp ${expected.file}:\n${output}`).toBeDefined();
    expect(line).toContain(`mục ${expected.entry}`);
    expect(line).toContain(`trường "${expected.field}"`);
  } finally {
    project.remove();
  }
}, 120_000);
