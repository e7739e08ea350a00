import { describe, expect, test } from 'vitest';
import { handbookSidebar } from '../../src/lib/sidebar';
import { loadHandbook } from '../../src/lib/content/load';

const handbook = loadHandbook('content', '.');
const links = handbookSidebar('content').flatMap((entry) => ('items' in entry ? entry.items : [entry]));

describe('handbookSidebar', () => {
  test('links every topic year and every template from content/', () => {
    for (const list of handbook.topicLists) expect(links).toContainEqual({ label: `Năm ${list.year}`, link: `/chuyen-de/${list.year}/` });
    for (const t of handbook.templates) expect(links.map((l) => l.link)).toContain(`/mau-van-ban/${t.id}/`);
  });

  test('gives every link a root-relative path ending in a slash', () => {
    for (const l of links) expect(l.link).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
  });

  test('keeps only the fixed links when content does not load', () => {
    const fallback = handbookSidebar('no-such-dir').flatMap((e) => ('items' in e ? e.items : [e]));
    expect(fallback.map((l) => l.link)).toContain('/quy-trinh-sinh-hoat-chuyen-de/');
    expect(fallback.some((l) => l.link.startsWith('/chuyen-de/20'))).toBe(false);
  });
});
