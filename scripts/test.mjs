// `npm test`: provisions what the tests need, then type-checks, runs unit tests, builds the site
// and runs the tests on the built site and in Chromium. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { ensureSystemDeps } from './lib/system-deps.mjs';

/** @param {string} title @param {string} command @param {string[]} args */
function stage(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} thất bại (${seconds} s).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

ensureSystemDeps();
stage('Kiểm tra kiểu (astro check)', 'astro', ['check']);
stage('Kiểm thử đơn vị', 'vitest', ['run', 'tests/unit']);
stage('Dựng trang (astro build)', 'astro', ['build']);
stage('Kiểm thử trên trang đã dựng và trên Chromium', 'vitest', ['run', 'tests/build', 'tests/e2e']);
console.log('\nTất cả kiểm thử đã qua.');
