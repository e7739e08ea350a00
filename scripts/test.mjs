// `npm test`: provisions what the tests need, then runs every check, stage by stage, and stops at the
// first failing stage. Content sync first (the type check and the unit tests both need it); the type
// check and the unit tests side by side; the build; the tests on the built site and in Chromium
// (four files at a time: the browser tests wait on pages as much as they compute); Lighthouse last, alone, as other work beside it lowers its scores.
// Each stage's time, and each test file's, go to .bench/npm-test.json (`npm run bench` prints them).
import { spawn, execFileSync } from 'node:child_process';
import { ensureSystemDeps } from './lib/system-deps.mjs';
import { clearFileTimes, readFileTimes, writeNpmTestTimes } from './lib/test-times.mjs';

/** @typedef {{ title: string, command: string, args: string[], env?: Record<string, string> }} Stage */

/** Vitest with the reporter that records each test file's time. */
const vitest = (/** @type {string} */ project) => ['run', '--project', project, '--reporter=default', '--reporter=./tests/setup/file-times.ts'];

/** @type {(Stage | Stage[])[]} one stage, or stages that run at the same time */
const plan = [
  { title: 'Đồng bộ nội dung (astro sync)', command: 'node', args: ['scripts/lib/astro-sync.mjs'] },
  [
    { title: 'Kiểm tra kiểu (astro check)', command: 'astro', args: ['check', '--noSync'] },
    // The sync above wrote the data store the unit tests read.
    { title: 'Kiểm thử đơn vị', command: 'vitest', args: vitest('unit'), env: { ASTRO_SYNCED: '1' } },
  ],
  { title: 'Dựng trang (astro build)', command: 'astro', args: ['build'] },
  { title: 'Kiểm thử trên trang đã dựng và trên Chromium', command: 'vitest', args: vitest('site') },
  { title: 'Lighthouse', command: 'vitest', args: vitest('lighthouse') },
];

/** @type {import('./lib/test-times.mjs').StageTime[]} */
const times = [];
const started = Date.now();

/**
 * Runs one stage; its output goes straight to the terminal, or, when it runs beside others
 * (`quiet`), is kept and printed in one piece when it ends.
 * @param {Stage} stage @param {boolean} quiet
 * @returns {Promise<{ ok: boolean, seconds: number, output: string }>}
 */
function run(stage, quiet) {
  const begin = Date.now();
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...stage.env },
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ ok: code === 0, seconds: (Date.now() - begin) / 1000, output }));
  });
}

/** Records the times so far (and the test files') in .bench/npm-test.json. */
function save(/** @type {boolean} */ ok) {
  const git = (/** @type {string[]} */ args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  let commit = '';
  let dirty = false;
  try {
    commit = git(['rev-parse', 'HEAD']);
    dirty = git(['status', '--porcelain']) !== '';
  } catch {
    // Not a git checkout: the times are still worth keeping.
  }
  writeNpmTestTimes({
    date: new Date().toISOString(),
    commit,
    dirty,
    ok,
    seconds: (Date.now() - started) / 1000,
    stages: times,
    files: readFileTimes(),
  });
}

ensureSystemDeps();
clearFileTimes();
for (const step of plan) {
  const group = Array.isArray(step) ? step : [step];
  const quiet = group.length > 1;
  if (!quiet) console.log(`\n=== ${group[0].title} ===`);
  else console.log(`\n=== ${group.map((s) => s.title).join(' | ')} (cùng lúc) ===`);
  const results = await Promise.all(group.map((stage) => run(stage, quiet)));
  let ok = true;
  results.forEach((result, i) => {
    const stage = group[i];
    if (quiet) console.log(`\n--- ${stage.title} ---\n${result.output.trimEnd()}`);
    const others = group.filter((s) => s !== stage).map((s) => s.title);
    times.push({ title: stage.title, seconds: result.seconds, ok: result.ok, ...(others.length ? { parallel: others.join(', ') } : {}) });
    console.log(`${result.ok ? '✓' : '✗'} ${stage.title} ${result.ok ? '' : 'thất bại '}(${result.seconds.toFixed(1)} s)`);
    ok &&= result.ok;
  });
  if (!ok) {
    save(false);
    process.exit(1);
  }
}
save(true);
console.log('\nThời gian từng giai đoạn:');
for (const t of times) console.log(`  ${t.seconds.toFixed(1).padStart(6)} s  ${t.title}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  tổng cộng`);
console.log('\nTất cả kiểm thử đã qua.');
