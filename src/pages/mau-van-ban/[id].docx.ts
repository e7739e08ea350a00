// The blank Word file of each template, written to dist/mau-van-ban/<id>.docx at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOCX_TYPE } from '../../lib/docx/document';
import { blankDocx } from '../../lib/docx/blank';
import { getTemplateEntries } from '../../lib/templates/build';

export const getStaticPaths = (async () =>
  (await getTemplateEntries()).map((e) => ({ params: { id: e.template.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await blankDocx(String(params.id)), { headers: { 'Content-Type': DOCX_TYPE } });
