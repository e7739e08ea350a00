import { createHash } from 'node:crypto';
import type { PageScan } from './html-scan';

/** The hashes of every inline script, style element and style attribute across the built site. */
export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
}

/** CSP source expression for `text`: "'sha256-…'" (SHA-256 of its UTF-8 bytes, base64). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Empty hash sets to collect pages into. */
export function emptyHashes(): InlineHashes {
  return { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
}

/** Adds one page's inline scripts and styles to `hashes`. */
export function addPageHashes(hashes: InlineHashes, page: Pick<PageScan, 'scripts' | 'styles' | 'styleAttributes'>): InlineHashes {
  for (const s of page.scripts) hashes.scripts.add(cspHash(s));
  for (const s of page.styles) hashes.styles.add(cspHash(s));
  for (const s of page.styleAttributes) hashes.styleAttributes.add(cspHash(s));
  return hashes;
}

/**
 * The site's Content-Security-Policy: only its own origin, no inline code except what is hashed
 * (scripts and styles the build emits, listed by hash), WebAssembly for Pagefind, no framing.
 * Style attributes are allowed by hash with 'unsafe-hashes' (Starlight sizes icons with them).
 */
export function buildCsp(hashes: InlineHashes): string {
  const sorted = (set: Set<string>): string[] => [...set].sort();
  const styleSources = [...new Set([...sorted(hashes.styles), ...sorted(hashes.styleAttributes)])];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(hashes.scripts)],
    ['style-src', "'self'", ...(hashes.styleAttributes.size > 0 ? ["'unsafe-hashes'"] : []), ...styleSources],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
