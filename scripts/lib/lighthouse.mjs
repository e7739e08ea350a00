// Lighthouse on the built site, with Debian's Chromium and Lighthouse's default mobile settings.
// Shared by the Lighthouse gate (tests/e2e/lighthouse.test.ts) and `npm run bench`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/**
 * One page per kind that the Lighthouse gate audits, as paths relative to the site base. Every page
 * listed must be in the build.
 */
export const lighthousePages = [
  { kind: 'Trang chủ', path: '' },
  { kind: 'Quy trình', path: 'quy-trinh-sinh-hoat-chuyen-de/' },
  { kind: 'Mẫu văn bản', path: 'mau-van-ban/bien-ban-chuyen-de/' },
  { kind: 'Tìm kiếm', path: 'tim-kiem/' },
];

/** The categories that must score 100; performance is only measured. */
export const gatedCategories = ['accessibility', 'best-practices', 'seo'];

/** Every category Lighthouse reports. */
export const allCategories = ['performance', ...gatedCategories];

const chromeFlags = ['--headless=new', ...chromiumArgs, '--disable-dev-shm-usage'];

/**
 * Starts Chromium for Lighthouse; resolves to { port, kill }.
 * @returns {Promise<{ port: number, kill: () => Promise<void> }>}
 */
export async function launchChromeForLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags,
    logLevel: 'silent',
  });
  return { port: chrome.port, kill: async () => chrome.kill() };
}

/**
 * Audits `url` with Lighthouse's default (mobile, simulated throttling) settings on the Chromium
 * listening on `port`; resolves to the Lighthouse result (lhr).
 * @param {string} url @param {number} port @param {string[]} [categories]
 */
export async function audit(url, port, categories = allCategories) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    // The full-page screenshot only illustrates the HTML report, which is not written; no audit uses it.
    disableFullPageScreenshot: true,
  });
  if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse lỗi trên ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  }
  return result.lhr;
}

/**
 * The audits that keep a category below 100: those with a weight whose score is below 1, as
 * "id (title; điểm score)" strings.
 * @param {any} lhr @param {string} category
 * @returns {string[]}
 */
export function failingAudits(lhr, category) {
  const cat = lhr.categories[category];
  return cat.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.title}; điểm ${a.score})`);
}

/**
 * Scores of every category, 0–100.
 * @param {any} lhr
 * @returns {Record<string, number>}
 */
export function scores(lhr) {
  return Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
}
