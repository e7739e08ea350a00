import { resolve } from 'node:path';

/** Root of the structured content; HANDBOOK_CONTENT_DIR points elsewhere for fixture builds. */
export function contentDir(): string {
  return resolve(process.env.HANDBOOK_CONTENT_DIR ?? 'content');
}
