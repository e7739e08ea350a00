// `npm run bench`: builds the site (timed), then measures it in Chromium and prints the figures.
// Every module in scripts/bench/ that exports `run` adds its own section.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { launch, serve } from './bench/measure.mjs';

const started = Date.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`Thời gian dựng trang (astro build): ${((Date.now() - started) / 1000).toFixed(1)} s`);

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
