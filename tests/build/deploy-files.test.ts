// Files the build writes for deployment: .gz/.br siblings, _headers for static hosts and the nginx
// header snippet, both with the same CSP, which hashes every inline script and style of every page.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { distDir, htmlFiles, requireDist } from '../helpers/dist';
import { compressibleExtensions, minCompressBytes } from '../../src/lib/deploy/compress';
import { cspHash } from '../../src/lib/deploy/csp';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The CSP in a header file ("Content-Security-Policy: …" or nginx's add_header line). */
function cspIn(text: string): string {
  const m = text.match(/Content-Security-Policy:? "?([^"\n]+)"?/);
  if (!m) throw new Error('không có Content-Security-Policy');
  return m[1]!.trim();
}

describe('precompressed files', () => {
  test('every text file of 256 bytes or more has .gz and .br siblings that unpack to it', () => {
    requireDist();
    const files = walk(distDir).filter((f) => compressibleExtensions.includes(extname(f)));
    const big = files.filter((f) => statSync(f).size >= minCompressBytes);
    expect(big.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of big) {
      const data = readFileSync(file);
      if (!existsSync(`${file}.gz`) || !gunzipSync(readFileSync(`${file}.gz`)).equals(data)) problems.push(`${file}.gz`);
      if (!existsSync(`${file}.br`) || !brotliDecompressSync(readFileSync(`${file}.br`)).equals(data)) problems.push(`${file}.br`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('HTML pages shrink to under a third with gzip', () => {
    const page = join(distDir, 'quy-trinh-sinh-hoat-chuyen-de/index.html');
    expect(statSync(`${page}.gz`).size).toBeLessThan(statSync(page).size / 3);
    expect(statSync(`${page}.br`).size).toBeLessThan(statSync(`${page}.gz`).size);
  });
});

describe('security headers', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  const nginx = readFileSync(join(distDir, '_headers.nginx.conf'), 'utf8');

  test('_headers and the nginx snippet carry the same CSP and the same headers', () => {
    expect(cspIn(nginx)).toBe(cspIn(headers));
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options']) {
      expect(headers).toMatch(new RegExp(`^  ${name}: `, 'm'));
      expect(nginx).toMatch(new RegExp(`^add_header ${name} ".+" always;$`, 'm'));
    }
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('the CSP allows no inline code but the hashed scripts and styles of the built pages, and no framing', () => {
    const csp = cspIn(headers);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Independent of the build's parser: every <script> without src on every page is hashed.
    let scripts = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(join(distDir, file), 'utf8');
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attrs!) || /application\/(ld\+)?json/.test(attrs!)) continue;
        scripts += 1;
        expect(csp, `${file}: ${body!.slice(0, 60)}`).toContain(cspHash(body!));
      }
    }
    expect(scripts).toBeGreaterThan(0);
  });
});
