// A plain static host for the built site, on 127.0.0.1: shared by tests, bench and screenshots.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types of the files the site has. */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
};

/** Paths (below the base) of files named by their content's hash. */
const immutable = /^\/(_astro|pagefind\/(fragment|index))\//;

/**
 * Serves `root` (the built site) at a free port, as a plain static host would: directory URLs serve
 * index.html, unknown paths serve 404.html with status 404, hashed files may be cached. `base` is
 * the sub-path the site was built for ("/so-tay/").
 * @param {string} [root]
 * @param {string} [base]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root = 'dist', base = '/') {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = '/' + path.slice(base.length);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dir, '404.html');
    }
    /** @type {Record<string, string>} */
    const headers = { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream' };
    // Files whose names carry a hash are cached for good, as deploy/nginx.conf has it: a browser
    // that opens many pages (the tests) loads and compiles the site's CSS and scripts once.
    if (status === 200 && immutable.test(path)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // Stops listening and drops every connection, also the ones a browser keeps alive or still has
    // open: closing must not wait for the browser (offline tests close it under an open page).
    close: () =>
      new Promise((ok) => {
        server.close(() => ok(undefined));
        server.closeAllConnections();
      }),
  };
}
