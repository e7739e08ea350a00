// Link gate: a crawl of dist/ where every internal link, #anchor, download and sitemap entry must
// resolve. (Starlight's link validation also runs during the build, on the MDX pages.)
import { expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSite } from '../helpers/crawl';
import { distDir, requireDist } from '../helpers/dist';

const site = process.env.SITE_URL ?? 'https://so-tay-chi-bo.example';

test('every internal link, anchor, download and sitemap entry in dist/ resolves', () => {
  requireDist();
  const report = crawlSite(distDir, '/', site);
  expect(report.pages).toBeGreaterThanOrEqual(9);
  expect(report.checked).toBeGreaterThan(report.pages * 10);
  expect(report.problems, report.problems.join('\n')).toEqual([]);
});

test('links to other sites use https (nothing the site loads comes from elsewhere)', () => {
  const report = crawlSite(distDir, '/', site);
  expect(report.external.filter((url) => !url.startsWith('https://'))).toEqual([]);
});

test('the crawl reports a missing page, a missing anchor, a missing asset and a link without its trailing slash', () => {
  const root = mkdtempSync(join(tmpdir(), 'so-tay-crawl-'));
  try {
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'index.html'), '<!doctype html><title>a</title><h1 id="dau">A</h1>');
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><title>x</title><a href="/a/#dau">ok</a><a href="/a/#khong-co">x</a><a href="/b/">x</a>' +
        '<a href="/a">x</a><img src="/anh.png" alt=""><a href="#tren">x</a><a href="/a/" download>x</a>',
    );
    const { problems } = crawlSite(root, '/');
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/"\/a\/#khong-co" → không có id="khong-co"/);
    expect(problems.join('\n')).toMatch(/"\/b\/" → không có tệp/);
    expect(problems.join('\n')).toMatch(/"\/a" → thiếu dấu/);
    expect(problems.join('\n')).toMatch(/"\/anh.png" → không có tệp/);
    expect(problems.join('\n')).toMatch(/"#tren" → không có id="tren" trên index.html/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
