import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/site/built';
import { scanHtml } from '../lib/deploy/html-scan';
import { addPageHashes, buildCsp, emptyHashes } from '../lib/deploy/csp';
import { renderHeadersFile, renderNginxHeaders } from '../lib/deploy/headers';
import { compressibleExtensions, precompress } from '../lib/deploy/compress';
import { serviceWorkerFile } from '../lib/offline/names';

/** Name of the generated nginx snippet in the built site (deploy/nginx.conf includes it). */
export const nginxHeadersFile = '_headers.nginx.conf';

/**
 * After the build: hashes every inline script and style of every page into one CSP, writes it with
 * the other security headers to `_headers` (static hosts) and `_headers.nginx.conf` (nginx), then
 * writes .gz and .br siblings of the text files for servers that send precompressed files.
 * Listed after Starlight in the integrations so Pagefind's files are there to compress.
 */
export function deployFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook-deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = emptyHashes();
        for (const file of builtFiles(root).filter((f) => f.endsWith('.html'))) {
          addPageHashes(hashes, scanHtml(readFileSync(join(root, file), 'utf8')));
        }
        const csp = buildCsp(hashes);
        writeFileSync(join(root, '_headers'), renderHeadersFile(base, csp, [serviceWorkerFile]));
        writeFileSync(join(root, nginxHeadersFile), renderNginxHeaders(csp));

        let count = 0;
        let raw = 0;
        let gzip = 0;
        for (const file of builtFiles(root).map((f) => join(root, f))) {
          if (!compressibleExtensions.includes(extname(file))) continue;
          const data = readFileSync(file);
          const { gz, br } = precompress(data);
          if (gz) writeFileSync(`${file}.gz`, gz);
          if (br) writeFileSync(`${file}.br`, br);
          if (gz || br) {
            count += 1;
            raw += data.length;
            gzip += gz?.length ?? data.length;
          }
        }
        logger.info(
          `CSP: ${hashes.scripts.size} script, ${hashes.styles.size} style, ${hashes.styleAttributes.size} style-attribute hashes; ` +
            `${count} files precompressed (${(raw / 1024).toFixed(0)} KB → ${(gzip / 1024).toFixed(0)} KB gzip).`,
        );
      },
    },
  };
}
