import { defineMiddleware } from 'astro:middleware';
import { href, routes } from './lib/routes';
import { uniqueIds } from './lib/print/unique-ids';

/**
 * The printed handbook (/ban-in/) gathers several pages, whose ids may clash: they are made unique
 * as the page is rendered (src/lib/print/unique-ids.ts), at build as under `astro dev`.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.url.pathname !== href(routes.print)) return response;
  const { html } = uniqueIds(await response.text());
  return new Response(html, { status: response.status, headers: response.headers });
});
