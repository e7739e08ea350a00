import { describe, expect, test } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { scanHtml } from '../../src/lib/deploy/html-scan';
import { addPageHashes, buildCsp, cspHash, emptyHashes } from '../../src/lib/deploy/csp';
import { renderHeadersFile, renderNginxHeaders, securityHeaders } from '../../src/lib/deploy/headers';
import { precompress } from '../../src/lib/deploy/compress';
import { testNginxConfig } from '../../scripts/lib/nginx.mjs';
import { failingAudits, scores } from '../../scripts/lib/lighthouse.mjs';

const page = `<!doctype html><html lang="vi"><head>
<script>window.a = 1 && 2;</script>
<script type="module">import "x";</script>
<script src="/_astro/x.js"></script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<style>p{color:red}</style>
</head><body>
<h1 id="_top">Tiêu đề</h1><a name="cu">cũ</a>
<p style="--sl-icon-size: 1em;">x</p>
<a href="/quy-trinh/#buoc-1">1</a><a href="mau.docx" download>tải</a>
<img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">
<template><a href="/trong-template/">t</a></template>
</body></html>`;

describe('scanHtml', () => {
  const scan = scanHtml(page);
  test('collects running inline scripts only, with their exact text', () => {
    expect(scan.scripts).toEqual(['window.a = 1 && 2;', 'import "x";']);
  });
  test('collects style elements and style attributes', () => {
    expect(scan.styles).toEqual(['p{color:red}']);
    expect(scan.styleAttributes).toEqual(['--sl-icon-size: 1em;']);
  });
  test('collects ids, named anchors and every URL with its element', () => {
    expect(scan.ids).toEqual(['_top', 'cu']);
    expect(scan.links.map((l) => `${l.tag} ${l.attr} ${l.url}${l.download ? ' download' : ''}`)).toEqual([
      'script src /_astro/x.js',
      'a href /quy-trinh/#buoc-1',
      'a href mau.docx download',
      'img src /a.png',
      'img srcset /a-1x.png',
      'img srcset /a-2x.png',
      'a href /trong-template/',
    ]);
  });
});

describe('CSP', () => {
  test('cspHash is the base64 SHA-256 a browser compares', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash('Tiếng Việt')).not.toBe(cspHash('Tiếng Việt'.normalize('NFD')));
  });
  test('buildCsp lists each hash once, sorted, with no unsafe-inline', () => {
    const hashes = emptyHashes();
    addPageHashes(hashes, scanHtml(page));
    addPageHashes(hashes, scanHtml(page));
    const csp = buildCsp(hashes);
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[cspHash('import "x";'), cspHash('window.a = 1 && 2;')].sort().join(' ')};`);
    expect(csp).toContain(`style-src 'self' 'unsafe-hashes' ${cspHash('p{color:red}')} ${cspHash('--sl-icon-size: 1em;')};`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
  test("without style attributes there is no 'unsafe-hashes'", () => {
    const csp = buildCsp(addPageHashes(emptyHashes(), { scripts: [], styles: ['a{}'], styleAttributes: [] }));
    expect(csp).toContain(`style-src 'self' ${cspHash('a{}')};`);
  });
});

describe('header files', () => {
  test('_headers: security headers for every path under the base, a year for hashed files', () => {
    const text = renderHeadersFile('/so-tay/', "default-src 'self'");
    expect(text.split('\n').slice(0, 3)).toEqual(['/so-tay/*', "  Content-Security-Policy: default-src 'self'", '  X-Content-Type-Options: nosniff']);
    expect(text).toContain('/so-tay/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text).toContain('/so-tay/pagefind/fragment/*\n');
  });
  test('nginx snippet: one add_header … always per header, quotes escaped', () => {
    const text = renderNginxHeaders(`default-src 'self' "x"`);
    expect(text).toContain(`add_header Content-Security-Policy "default-src 'self' \\"x\\"" always;`);
    expect(text.match(/^add_header /gm)).toHaveLength(securityHeaders('x').length);
  });
});

describe('precompress', () => {
  test('writes gzip and brotli that unpack to the input, skipping small files', () => {
    const data = Buffer.from('<p>Sổ tay sinh hoạt chi bộ</p>\n'.repeat(50));
    const { gz, br } = precompress(data);
    expect(gunzipSync(gz!).equals(data)).toBe(true);
    expect(brotliDecompressSync(br!).equals(data)).toBe(true);
    expect(precompress(Buffer.from('nhỏ'))).toEqual({});
  });
});

describe('nginx test config', () => {
  test('deploy/nginx.conf is rewritten to the real folder and a loopback port, with logs in the prefix', () => {
    const conf = testNginxConfig(
      'server {\n    listen 80;\n    listen [::]:80;\n    root /srv/so-tay-chi-bo/dist;\n    include /srv/so-tay-chi-bo/dist/_headers.nginx.conf;\n}',
      '/work/dist',
      8123,
      '/tmp/p',
    );
    expect(conf).toContain('listen 127.0.0.1:8123;');
    expect(conf).not.toContain('[::]');
    expect(conf).toContain('root /work/dist;');
    expect(conf).toContain('include /work/dist/_headers.nginx.conf;');
    expect(conf).toContain('pid /tmp/p/nginx.pid;');
    expect(conf).toContain('daemon off;');
  });
});

describe('Lighthouse results', () => {
  const lhr = {
    categories: {
      seo: { score: 0.9, auditRefs: [{ id: 'robots-txt', weight: 1 }, { id: 'hreflang', weight: 1 }, { id: 'info', weight: 0 }] },
    },
    audits: {
      'robots-txt': { id: 'robots-txt', title: 'robots.txt is not valid', score: 0 },
      hreflang: { id: 'hreflang', title: 'ok', score: 1 },
      info: { id: 'info', title: 'informative', score: 0 },
    },
  };
  test('a category below 100 names the audits that cost points', () => {
    expect(failingAudits(lhr, 'seo')).toEqual(['robots-txt (robots.txt is not valid; điểm 0)']);
    expect(scores(lhr)).toEqual({ seo: 90 });
  });
});
