import { spawnSync } from 'node:child_process';

/** Variables Vitest (Vite) sets in the test process that would leak into a child Astro build. */
const viteVariables = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'];

/**
 * Runs a real `astro build` into `outDir` (dist/ is left alone) with extra environment variables;
 * returns its exit status and everything it printed.
 */
export function astroBuild(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  for (const name of viteVariables) delete childEnv[name];
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: childEnv,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
