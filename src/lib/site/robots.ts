/** robots.txt for the site: everything may be crawled; the sitemap is at `<site><base>sitemap-index.xml`. */
export function robotsTxt(site: URL | string, base: string): string {
  const sitemap = new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
}
