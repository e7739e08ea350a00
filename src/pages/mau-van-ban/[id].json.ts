// Each template's resolved content, which the page fetches to build a filled-in file in the browser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTemplateEntry, getTemplateEntries } from '../../lib/templates/build';

export const getStaticPaths = (async () =>
  (await getTemplateEntries()).map((e) => ({ params: { id: e.template.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await getTemplateEntry(String(params.id))).resolved), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
