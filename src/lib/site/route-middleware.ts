import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { heroActionsWithBase, isNotFoundPath, notFoundHead, titleOnce } from './route-data';
import { pagination, routeSidebar, sameLinks } from './live-sidebar';
import { handbookSidebar } from '../sidebar';
import { siteBase } from '../text';
import { getHandbook } from '../content/load';
import { pageLastChanged } from './last-updated';

/**
 * Starlight route middleware: root-relative hero action links from front matter get the site base
 * (Starlight renders them as written); the not-found page gets no canonical link and a noindex; the
 * home page's window title names the site once; every page gets the date its content last changed;
 * and under `astro dev` the sidebar follows content/ as it changes (Starlight's own is built from the
 * config read at start).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const hero = route.entry.data.hero;
  if (hero?.actions?.length) {
    route.entry = {
      ...route.entry,
      data: { ...route.entry.data, hero: { ...hero, actions: heroActionsWithBase(hero.actions, import.meta.env.BASE_URL) } },
    };
  }
  if (isNotFoundPath(context.url.pathname)) route.head = notFoundHead(route.head);
  route.head = titleOnce(route.head, route.entry.data.title, route.siteTitle);
  // When the page's own content last changed: its MDX or route file and the content/ files it shows.
  try {
    const base = siteBase();
    const path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname;
    route.lastUpdated = pageLastChanged(path, getHandbook(), import.meta.env.DEV) ?? route.lastUpdated;
  } catch {
    // Broken content: the page reports it (src/lib/handbook.ts); no date then.
  }
  if (import.meta.env.DEV) {
    const live = routeSidebar(handbookSidebar(), context.url.pathname, siteBase());
    if (!sameLinks(live, route.sidebar)) {
      route.sidebar = live;
      route.pagination = pagination(live);
    }
  }
});
