// `astro sync` for Vitest: code that reads `astro:content` (src/lib/handbook.ts…) runs in-process in
// the unit tests, where Vite runs in serve mode and so reads the content layer's data store from
// .astro/data-store.json, the file `astro dev` keeps. `astro sync`, `check` and `build` write theirs
// to node_modules/.astro/ instead; this writes it where the tests read it, with the types.
import { sync } from 'astro';

/** Runs Astro's content sync with the data store in .astro/ (Vite's serve-mode location). */
export async function syncForTests() {
  await sync({ root: process.cwd(), cacheDir: './.astro/', logLevel: 'warn' });
}

if (import.meta.url === `file://${process.argv[1]}`) await syncForTests();
