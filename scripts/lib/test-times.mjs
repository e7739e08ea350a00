// Where `npm test` keeps its timings (.bench/, git-ignored), and how `npm run bench` prints them.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of measured figures. */
export const benchDir = '.bench';
/** The last `npm test`: date, commit, each stage's time and the slowest test files. */
export const npmTestFile = join(benchDir, 'npm-test.json');
/** Prefix of the files the test-file reporter (tests/setup/file-times.ts) writes, one per project. */
const filesPrefix = 'test-files.';

/**
 * @typedef {{ title: string, seconds: number, ok: boolean, parallel?: string }} StageTime
 * @typedef {{ project: string, file: string, seconds: number }} FileTime
 * @typedef {{ date: string, commit: string, dirty: boolean, ok: boolean, seconds: number, stages: StageTime[], files: FileTime[] }} NpmTestTimes
 */

/**
 * Writes one project's test-file times (called by the reporter).
 * @param {string} project @param {FileTime[]} files
 */
export function writeFileTimes(project, files) {
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, `${filesPrefix}${project}.json`), JSON.stringify(files, null, 2));
}

/** Removes the test-file times of an earlier run. */
export function clearFileTimes() {
  if (!existsSync(benchDir)) return;
  for (const f of readdirSync(benchDir)) if (f.startsWith(filesPrefix)) rmSync(join(benchDir, f));
}

/**
 * Every test file's time the reporter wrote, slowest first.
 * @returns {FileTime[]}
 */
export function readFileTimes() {
  if (!existsSync(benchDir)) return [];
  return readdirSync(benchDir)
    .filter((f) => f.startsWith(filesPrefix) && f.endsWith('.json'))
    .flatMap((f) => /** @type {FileTime[]} */ (JSON.parse(readFileSync(join(benchDir, f), 'utf8'))))
    .sort((a, b) => b.seconds - a.seconds);
}

/** @param {NpmTestTimes} times */
export function writeNpmTestTimes(times) {
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(npmTestFile, JSON.stringify(times, null, 2) + '\n');
}

/** Seconds to one decimal, as a number (console.table quotes strings). */
const round = (/** @type {number} */ seconds) => Math.round(seconds * 10) / 10;

/**
 * Prints the timings of the last `npm test` (stages, then the slowest test files); false when
 * there are none yet.
 */
export function printNpmTestTimes(slowest = 10) {
  if (!existsSync(npmTestFile)) return false;
  /** @type {NpmTestTimes} */
  const times = JSON.parse(readFileSync(npmTestFile, 'utf8'));
  console.log(
    `npm test lúc ${new Date(times.date).toLocaleString('vi-VN')}, commit ${times.commit.slice(0, 10)}${times.dirty ? ' (có thay đổi chưa commit)' : ''}: ` +
      `${times.ok ? 'qua' : 'không qua'}, ${times.seconds.toFixed(1)} s`,
  );
  console.table(
    times.stages.map((s) => ({ 'giai đoạn': s.title, 'giây': round(s.seconds), 'chạy cùng lúc với': s.parallel ?? '', 'kết quả': s.ok ? 'qua' : 'lỗi' })),
  );
  if (times.files.length > 0) {
    console.log(`${slowest} tệp kiểm thử chậm nhất:`);
    console.table(times.files.slice(0, slowest).map((f) => ({ 'tệp': f.file, 'nhóm': f.project, 'giây': round(f.seconds) })));
  }
  return true;
}
