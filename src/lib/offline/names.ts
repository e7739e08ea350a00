/** Names of the offline files, shared by the build (precache.ts) and the pages that point to them. */

/** The service worker's file name, at the root of the built site (its scope is the site base). */
export const serviceWorkerFile = 'sw.js';

