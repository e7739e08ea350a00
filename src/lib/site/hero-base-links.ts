import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './base-path';

/**
 * Starlight route middleware: writes the site base in front of root-relative hero action links
 * from front matter ("/quy-trinh-…/"), which Starlight renders as written.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const hero = route.entry.data.hero;
  if (!hero?.actions?.length) return;
  const base = import.meta.env.BASE_URL;
  route.entry = {
    ...route.entry,
    data: {
      ...route.entry.data,
      hero: { ...hero, actions: hero.actions.map((action) => ({ ...action, link: withBase(action.link, base) })) },
    },
  };
});
