/**
 * The service worker that keeps the handbook readable without a network: which built files it
 * precaches, how their revisions are kept, and the Workbox (workbox-build) options that write it.
 * Run on a built folder (dist/) after the search index is written and before the deploy files are
 * made (src/integrations/offline.ts); the update test runs it again on a changed copy of dist/.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { generateSW, getManifest, type GenerateSWOptions, type GetManifestOptions, type ManifestEntry } from 'workbox-build';
import { hashedPaths } from '../deploy/headers';
import { compressibleExtensions, gzipped } from '../deploy/compress';
import { serviceWorkerFile } from './names';

/** The page served for an address that is neither precached nor reachable (offline, unknown page). */
export const offlineFallbackPage = '404.html';

/** The most the precache may weigh over the wire (gzip as served), in bytes. */
export const precacheBudgetBytes = 1.5 * 1024 * 1024;

/**
 * Everything a reader may open or use: pages, styles and scripts (the checklist behaviour, the
 * search code, the Word builder in its worker), the manifest and icons, the Word templates and the
 * JSON they are filled from, and Pagefind's index, fragments, filters and WebAssembly.
 */
export const precachePatterns = [
  '**/*.{html,css,js,json,webmanifest,svg,png,docx}',
  'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter,pagefind}',
];

/**
 * Files the patterns match that no reader's browser asks for: Pagefind's ready-made UIs and its
 * highlighter, which the handbook does not load (its own search UI uses Pagefind's plain API, see
 * src/components/search/; the index build also removes the UI files).
 * (The .gz and .br copies the deploy files add match no pattern: the server sends them in place of
 * the file.)
 */
export const precacheIgnores = [
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Files whose names carry their content's hash need no revision: a new content is a new URL.
 * The same paths the servers cache for a year (src/lib/deploy/headers.ts).
 */
export const unrevisionedUrls = new RegExp(`^(${hashedPaths.map(escapeRegExp).join('|')})`);

/** What the precache list is made from, for a built folder. */
function manifestOptions(root: string): GetManifestOptions {
  return {
    globDirectory: root,
    globPatterns: precachePatterns,
    globIgnores: [...precacheIgnores, serviceWorkerFile],
    dontCacheBustURLsMatching: unrevisionedUrls,
    // The Word builder's worker is the largest file (about 230 KB); nothing should be left out silently.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/**
 * Workbox's options for the worker of the site built in `root`. URLs in the list are relative to
 * the worker's own address, so a build under a sub-path (BASE_PATH) needs nothing more.
 */
export function serviceWorkerOptions(root: string): GenerateSWOptions {
  return {
    ...manifestOptions(root),
    swDest: join(root, serviceWorkerFile),
    mode: 'production',
    sourcemap: false,
    // One file, served with no-cache: the browser sees every new build at the next visit.
    inlineWorkboxRuntime: true,
    // A new worker waits until the reader chooses "Tải lại" (it posts SKIP_WAITING) or closes every
    // tab; the first one takes control at once, so search and downloads work offline on that page.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The site is static: no query changes a file. "?q=…" on the search page and Pagefind's
    // "?ts=…" on pagefind-entry.json are the same precached file.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    babelPresetEnvTargets: ['chrome >= 109', 'firefox >= 115', 'safari >= 15.4'],
    // An address that is not precached goes to the network; offline, the handbook's own page says
    // it is not there, instead of the browser's error page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: offlineFallbackPage } },
      },
    ],
  };
}

/** What one generation wrote. */
export interface ServiceWorkerResult {
  /** Number of precached files. */
  count: number;
  /** Their size on disk, uncompressed. */
  size: number;
  /** Their size over the wire, as the server sends them (the .gz copy where the build wrote one). */
  transferSize: number;
  warnings: string[];
}

/** The precache list of the site built in `root`, as the worker will hold it. */
export async function precacheManifest(root: string): Promise<ManifestEntry[]> {
  const { manifestEntries, warnings } = await getManifest(manifestOptions(root));
  if (warnings.length > 0) throw new Error(`Danh sách lưu sẵn: ${warnings.join('; ')}`);
  return manifestEntries ?? [];
}

/**
 * Bytes the precache costs over the wire: each text file as the gzip copy the build writes beside it
 * (src/lib/deploy/compress.ts; nginx sends that copy), every other file as it is (Pagefind's, Word's
 * and the PNGs' formats are compressed already).
 */
export function transferSize(root: string, urls: readonly string[]): number {
  return urls.reduce((sum, url) => {
    const data = readFileSync(join(root, url));
    const sent = compressibleExtensions.includes(extname(url)) ? (gzipped(data) ?? data) : data;
    return sum + sent.length;
  }, 0);
}

/**
 * Writes the service worker for the site built in `root` (dist/ or a copy of it) and reports what it
 * precaches. Throws when Workbox warns (a file left out) or when the precache is over its budget.
 */
export async function writeServiceWorker(root: string): Promise<ServiceWorkerResult> {
  let urls: string[] = [];
  const options = serviceWorkerOptions(root);
  const { count, size, warnings } = await generateSW({
    ...options,
    // Keeps the list as written into the worker, to weigh it.
    manifestTransforms: [
      (entries) => {
        urls = entries.map((e) => e.url);
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  const wire = transferSize(root, urls);
  if (wire > precacheBudgetBytes) {
    throw new Error(
      `Dung lượng lưu sẵn để đọc khi không có mạng là ${(wire / 1024).toFixed(0)} KB, quá mức ${(precacheBudgetBytes / 1024).toFixed(0)} KB`,
    );
  }
  return { count, size, transferSize: wire, warnings };
}
