import { serveStatic as serve } from '../../scripts/lib/static-server.mjs';

/** A running static server for a built site. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the built site on 127.0.0.1 (see scripts/lib/static-server.mjs). */
export function serveStatic(root = 'dist', base = '/'): Promise<StaticServer> {
  return serve(root, base);
}
