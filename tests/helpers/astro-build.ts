import { spawnSync } from 'node:child_process';
import { childEnv } from './project-copy';

/**
 * Runs a real `astro build` into `outDir` (dist/ is left alone) with extra environment variables;
 * returns its exit status and everything it printed.
 */
export function astroBuild(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: childEnv(env),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
