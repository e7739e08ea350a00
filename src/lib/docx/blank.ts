/**
 * The blank .docx of each template, made at build time once per content, so that the page states
 * the size of the very file the endpoint writes. Its dates come from SOURCE_DATE_EPOCH or a fixed
 * day (./properties.ts), so two builds of the same content give the same bytes.
 */
import { getTemplateEntry } from '../templates/build';
import { renderDocx } from './document';
import { blankFileDate } from './properties';

// Keyed by the resolved content, so a template edited while `astro dev` runs gets a new file.
const files = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The blank .docx of a template, made once for its content. */
export async function blankDocx(id: string): Promise<Uint8Array<ArrayBuffer>> {
  const { resolved } = await getTemplateEntry(id);
  const key = JSON.stringify(resolved);
  let file = files.get(key);
  if (!file) {
    file = renderDocx(resolved, {}, { date: blankFileDate(process.env.SOURCE_DATE_EPOCH) });
    files.set(key, file);
  }
  return file;
}
