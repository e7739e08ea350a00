import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The folder deploy/nginx.conf serves; the tests put the real dist/ in its place. */
export const deployedRoot = '/srv/so-tay-chi-bo/dist';

/** A running nginx serving a built site. */
export interface Nginx {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  /** nginx's error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
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
 */
export function testNginxConfig(serverBlock: string, root: string, port: number, prefix: string): string {
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

/** Starts Debian's nginx in the foreground with deploy/nginx.conf serving `root` (dist/). */
export async function startNginx(root = 'dist', confFile = 'deploy/nginx.conf'): Promise<Nginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'so-tay-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, testNginxConfig(readFileSync(confFile, 'utf8'), resolve(root), port, prefix));
  const errorLog = (): string => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const child: ChildProcess = spawn('nginx', ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`nginx không chạy được (mã ${child.exitCode}):\n${stderr}\n${errorLog()}`);
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
