// Lighthouse gate: Lighthouse's mobile settings, on one page per kind served by nginx with
// deploy/nginx.conf (real headers, CSP enforced): accessibility, best practices and SEO at 100.
// Performance is a benchmark figure (npm run bench), not a gate.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  audit,
  failingAudits,
  gatedCategories,
  launchChromeForLighthouse,
  lighthousePages,
  scores,
} from '../../scripts/lib/lighthouse.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { distDir, requireDist } from '../helpers/dist';

let nginx: Awaited<ReturnType<typeof startNginx>>;
let chrome: Awaited<ReturnType<typeof launchChromeForLighthouse>>;

beforeAll(async () => {
  requireDist();
  nginx = await startNginx(distDir);
  chrome = await launchChromeForLighthouse();
});

afterAll(async () => {
  await chrome?.kill();
  await nginx?.stop();
});

test('every page kind the gate audits is in the build', () => {
  const missing = lighthousePages.filter(({ path }) => !existsSync(join(distDir, path, 'index.html')));
  expect(missing.map((p) => `${p.kind}: /${p.path} không có trong dist/`)).toEqual([]);
});

for (const { kind, path } of lighthousePages) {
  test(`${kind} (/${path}): accessibility, best practices and SEO score 100`, async () => {
    const lhr = await audit(nginx.url + path, chrome.port, gatedCategories);
    const failures = gatedCategories.flatMap((category) =>
      failingAudits(lhr, category).map((a) => `${category}: ${a}`),
    );
    expect(failures, `Lighthouse ${JSON.stringify(scores(lhr))} trên /${path}:\n${failures.join('\n')}`).toEqual([]);
    for (const category of gatedCategories) expect(scores(lhr)[category], category).toBe(100);
  }, 120_000);
}
