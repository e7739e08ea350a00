/**
 * Builds a filled-in .docx off the page's main thread. The page starts this worker only when the
 * person asks for a file, so the Word builder (and the docx library) load only then.
 */
import { renderDocx } from '../../lib/docx/document';
import type { ResolvedTemplate } from '../../lib/templates/resolve';
import type { FormValues } from '../../lib/templates/values';

/** What the page sends. */
export interface DocxRequest {
  template: ResolvedTemplate;
  values: FormValues;
}

/** What the worker answers: the file's bytes, or why it could not be made. */
export type DocxResponse = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

self.addEventListener('message', async (event: MessageEvent<DocxRequest>) => {
  let reply: DocxResponse;
  try {
    reply = { ok: true, bytes: await renderDocx(event.data.template, event.data.values) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply, reply.ok ? [reply.bytes.buffer] : []);
});
