import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/manifest';
import { siteBase } from '../lib/text';

/** The web app manifest (src/lib/offline/manifest.ts), with the base the site is built for. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(siteBase()), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
