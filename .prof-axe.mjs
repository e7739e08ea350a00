import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/lib/static-server.mjs';
import { chromiumArgs, headlessShellPath } from './scripts/lib/chromium.mjs';
import { createRequire } from 'node:module';
import { readdirSync, statSync } from 'node:fs';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const walk = (d) => readdirSync(d).flatMap((f) => { const p = d + '/' + f; return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });
const pages = walk('dist').map((f) => f.slice(5).replace(/(^|\/)index\.html$/, '$1'));
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: headlessShellPath, args: chromiumArgs });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript({ path: axePath });
const page = await ctx.newPage();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const rows = [];
for (const p of pages) {
  const t0 = Date.now();
  await page.goto(server.url + p);
  const t1 = Date.now();
  const r = await page.evaluate(async (tags) => { const res = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }); return res.violations.length; }, tags);
  const t2 = Date.now();
  const c = await page.evaluate(async () => { const t = performance.now(); await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] }); return performance.now() - t; });
  rows.push([p, t1 - t0, t2 - t1, Math.round(c)]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const r of rows) console.log(r.slice(0, 4).join('\t'));
console.log('total load', rows.reduce((s, r) => s + r[1], 0), 'axe', rows.reduce((s, r) => s + r[2], 0), 'colour', rows.reduce((s, r) => s + r[3], 0));
await browser.close(); await server.close();
