// HTML validity gate: every built page passes html-validate (rules in .htmlvalidate.mjs).
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { distDir, htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate(config);

test('every built page is valid HTML', async () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThanOrEqual(9);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the validator catches what it should: a duplicate id, a missing alt, an unclosed element', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="vi"><head><title>x</title></head><body><p id="a">1</p><p id="a">2</p><img src="x.png"><div></body></html>',
  );
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37', 'close-order']));
});
