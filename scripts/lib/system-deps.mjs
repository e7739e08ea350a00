// Debian packages the tests need, and a way to install them when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * What the tests need from the system: a command to look for, and the Debian packages that give it.
 * @type {{ command: string, packages: string[], why: string }[]}
 */
export const systemDeps = [
  { command: 'chromium', packages: ['chromium'], why: 'Lighthouse, đo hiệu năng' },
  {
    command: '/usr/lib/chromium/chromium-headless-shell',
    packages: ['chromium-headless-shell'],
    why: 'kiểm thử trên trình duyệt (Chromium không giao diện, nhẹ hơn)',
  },
  { command: '/usr/sbin/nginx', packages: ['nginx'], why: 'kiểm thử triển khai với deploy/nginx.conf' },
  { command: 'soffice', packages: ['libreoffice-writer-nogui'], why: 'mở thử các tệp Word của mẫu văn bản' },
  { command: 'pdftotext', packages: ['poppler-utils'], why: 'đọc chữ trong tệp PDF chuyển từ mẫu văn bản' },
  {
    command: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
    packages: ['fonts-liberation2'],
    why: 'phông cùng khổ chữ với Times New Roman khi chuyển mẫu văn bản sang PDF',
  },
];

/** True when `command` is on PATH (or is an existing absolute path). */
export function hasCommand(command) {
  if (command.startsWith('/')) return existsSync(command);
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs the missing packages with apt-get when running as root; otherwise stops with the exact
 * command to run.
 */
export function ensureSystemDeps(deps = systemDeps) {
  const missing = deps.filter((d) => !hasCommand(d.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((d) => d.packages))];
  const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Thiếu ${missing.map((d) => `${d.command} (${d.why})`).join(', ')}.\nHãy chạy với quyền root:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`Cài gói hệ thống: ${packages.join(' ')}`);
  execFileSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// `node scripts/lib/system-deps.mjs --list` prints the packages of the missing commands (for .ci/run).
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--list')) {
  const missing = systemDeps.filter((d) => !hasCommand(d.command));
  console.log([...new Set(missing.flatMap((d) => d.packages))].join(' '));
}
