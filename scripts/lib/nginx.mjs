// Debian's nginx serving a built site with deploy/nginx.conf, in the foreground on 127.0.0.1, for the
// deployment tests (tests/e2e/nginx.test.ts, the Lighthouse gate) and `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx; NGINX_PATH overrides it. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The folder deploy/nginx.conf serves; the tests put the real dist/ in its place. */
export const deployedRoot = '/srv/so-tay-chi-bo/dist';

/** @returns {Promise<number>} a free TCP port on 127.0.0.1 */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

/**
 * deploy/nginx.conf made runnable here: the site folder replaced by `root`, listening on
 * 127.0.0.1:`port` only, wrapped in a minimal main config whose pid, logs and temp files live in `prefix`.
 * @param {string} serverBlock @param {string} root @param {number} port @param {string} prefix
 */
export function testNginxConfig(serverBlock, root, port, prefix) {
  const server = serverBlock
    .replaceAll(deployedRoot, root)
    .replace(/^\s*listen\s+\[::\]:80;\s*$/m, '')
    .replace(/^(\s*)listen\s+80;\s*$/m, `$1listen 127.0.0.1:${port};`);
  return [
    'daemon off;',
    'master_process off;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${prefix}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
    server,
    '}',
    '',
  ].join('\n');
}

/**
 * Starts Debian's nginx in the foreground with deploy/nginx.conf serving `root` (dist/).
 * @param {string} [root] @param {string} [confFile]
 * @returns {Promise<{ url: string, errorLog: () => string, stop: () => Promise<void> }>}
 */
export async function startNginx(root = 'dist', confFile = 'deploy/nginx.conf') {
  const prefix = mkdtempSync(join(tmpdir(), 'so-tay-nginx-'));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, testNginxConfig(readFileSync(confFile, 'utf8'), resolve(root), port, prefix));
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const child = spawn(nginxPath, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  let spawnError = '';
  child.on('error', (error) => (spawnError = error.message));
  const url = `http://127.0.0.1:${port}/`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || spawnError) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx không chạy được (${spawnError || `mã ${child.exitCode}`}):\n${stderr}`);
    }
    try {
      await fetch(url);
      break;
    } catch {
      if (Date.now() - started > 10_000) {
        child.kill();
        throw new Error(`nginx không trả lời trên ${url} sau 10 s:\n${stderr}\n${errorLog()}`);
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  return {
    url,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
