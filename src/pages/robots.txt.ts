import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots';

/** /robots.txt: crawling allowed, with the sitemap's address. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ?? 'http://localhost/', import.meta.env.BASE_URL), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
