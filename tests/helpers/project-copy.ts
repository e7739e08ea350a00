import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Variables Vitest (Vite) sets in the test process that would leak into a child Astro process. */
export const viteVariables = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'];

/** The environment for a child Astro process: ours, without Vite's variables, without colours. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  for (const name of viteVariables) delete env[name];
  return env;
}

/**
 * A copy of the project in a temporary directory, to edit without touching the real one: the files
 * git knows (tracked, and new files not ignored), and node_modules as hard links (instant on the same
 * file system; a plain copy otherwise). Returns its path and a function that deletes it.
 */
export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-ban-sao-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(file, join(dir, file));
    } catch {
      // A file git still lists but that was deleted in the work tree.
    }
  }
  try {
    execFileSync('cp', ['-al', 'node_modules', join(dir, 'node_modules')]);
  } catch {
    cpSync('node_modules', join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running `astro dev` server: its URL, everything it printed, and a way to stop it. */
export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `astro dev` in `dir` and resolves once it answers. */
export async function startDevServer(dir: string, timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev dừng lại:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`astro dev không trả lời sau ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}
