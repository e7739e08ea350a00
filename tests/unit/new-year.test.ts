// `npm run new-year`: one file per issuing committee and year, asking for the committee when it is
// not given; two committees' lists of one year live side by side.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadHandbook } from '../../src/lib/content/load';

const script = resolve('scripts/new-topic-year.mjs');

/** Runs the script in a copy of the project's content, without a terminal to ask on. */
function run(args: string[]): { status: number | null; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nam-moi-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, output: result.stdout + result.stderr, dir };
}

describe('new-topic-year', () => {
  test('without an issuer and without a terminal, it stops and says the issuer is needed', () => {
    const { status, output, dir } = run(['2031']);
    try {
      expect(status).toBe(1);
      expect(output).toContain('Cần cấp ủy ban hành danh sách');
      expect(existsSync(join(dir, 'content/topics/2031'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('writes content/topics/<year>/<issuer>.yaml, which the loader takes once filled in, beside other lists of that year', () => {
    const { status, dir } = run(['2023', 'ban-thuong-vu-dang-uy-xa']);
    try {
      expect(status).toBe(0);
      const file = join(dir, 'content/topics/2023/ban-thuong-vu-dang-uy-xa.yaml');
      const filled = readFileSync(file, 'utf8')
        .replace('issuer: ""', 'issuer: Ban Thường vụ Đảng ủy xã')
        .replace('id: ten-chuyen-de-2023', 'id: hoc-tap-lam-theo-bac-xa-2023')
        .replace('title: ""', 'title: Học tập và làm theo Bác');
      writeFileSync(file, filled);
      const handbook = loadHandbook(join(dir, 'content'), dir);
      expect(handbook.topicLists.filter((l) => l.year === 2023).map((l) => l.issuerId)).toEqual([
        'ban-thuong-vu-dang-uy-khoi',
        'ban-thuong-vu-dang-uy-xa',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
