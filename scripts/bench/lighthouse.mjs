// Lighthouse scores (mobile settings) of each page kind, served by nginx with deploy/nginx.conf
// (precompressed files, real headers) where nginx is installed, else by the benchmark's own server.
import { hasCommand } from '../lib/system-deps.mjs';
import { nginxPath, startNginx } from '../lib/nginx.mjs';
import { allCategories, audit, launchChromeForLighthouse, lighthousePages, scores } from '../lib/lighthouse.mjs';

export const title = 'Điểm Lighthouse (cài đặt di động) theo loại trang';

/** Prints the four Lighthouse scores of each page kind and returns the rows. */
export async function run({ url }) {
  const nginx = hasCommand(nginxPath) ? await startNginx('dist') : undefined;
  const chrome = await launchChromeForLighthouse();
  const rows = [];
  try {
    const origin = nginx?.url ?? url;
    for (const { kind, path } of lighthousePages) {
      const lhr = await audit(origin + path, chrome.port, allCategories);
      const s = scores(lhr);
      rows.push({
        'loại trang': kind,
        'đường dẫn': '/' + path,
        'hiệu năng': s.performance,
        'trợ năng': s.accessibility,
        'thực hành tốt': s['best-practices'],
        SEO: s.seo,
        'FCP (ms)': Math.round(lhr.audits['first-contentful-paint'].numericValue),
        'LCP (ms)': Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        'máy chủ': nginx ? 'nginx' : 'node',
      });
    }
  } finally {
    await chrome.kill();
    await nginx?.stop();
  }
  console.table(rows);
  return rows;
}
