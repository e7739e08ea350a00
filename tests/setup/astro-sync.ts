import { spawnSync } from 'node:child_process';

/**
 * Vitest globalSetup of the unit tests: writes the content data store getCollection() reads
 * (scripts/lib/astro-sync.mjs). In its own process, because the Astro Vite config that runs the tests
 * resolves `import 'astro'` to its types. `npm test` syncs once before type check and unit tests run
 * side by side, and says so with ASTRO_SYNCED=1.
 */
export default function setup(): void {
  if (process.env.ASTRO_SYNCED === '1') return;
  const result = spawnSync(process.execPath, ['scripts/lib/astro-sync.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`astro sync thất bại (mã ${result.status}): getCollection() sẽ không có dữ liệu.`);
}
