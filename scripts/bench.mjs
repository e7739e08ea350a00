// `npm run bench`: the times of the last `npm test` (each stage, the slowest test files), from
// .bench/npm-test.json; with `--test` (`npm run bench -- --test`) it runs `npm test` first. Then it
// builds the site (timed), measures it in Chromium and prints the figures. Every module in
// scripts/bench/ that exports `run` adds its own section.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { launch, serve } from './bench/measure.mjs';
import { npmTestFile, printNpmTestTimes } from './lib/test-times.mjs';

if (process.argv.includes('--test')) {
  const test = spawnSync('npm', ['test'], { stdio: 'inherit' });
  if (test.status !== 0) process.exit(test.status ?? 1);
}
console.log('## Thời gian của npm test');
if (!printNpmTestTimes()) console.log(`Chưa có ${npmTestFile}: chạy "npm test", hoặc "npm run bench -- --test".`);

const started = Date.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nThời gian dựng trang (astro build): ${((Date.now() - started) / 1000).toFixed(1)} s`);

const server = await serve('dist');
const browser = await launch();
try {
  const modules = readdirSync(new URL('./bench/', import.meta.url))
    .filter((f) => f.endsWith('.mjs') && f !== 'measure.mjs')
    .sort();
  for (const file of modules) {
    const mod = await import(`./bench/${file}`);
    if (typeof mod.run !== 'function') continue;
    console.log(`\n## ${mod.title ?? file}`);
    await mod.run({ browser, url: server.url });
  }
} finally {
  await browser.close();
  await server.close();
}
