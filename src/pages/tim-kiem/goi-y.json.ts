// The search hints (src/lib/search/hints.ts): abbreviations and papers, fetched by the search code.
import type { APIRoute } from 'astro';
import { getHandbook } from '../../lib/content/load';
import { searchHints } from '../../lib/search/hints';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchHints(getHandbook())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
