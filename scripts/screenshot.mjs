// Takes a phone-sized screenshot of a built page: node scripts/screenshot.mjs <path> <out.png> [width]
import { launchChromium } from './lib/chromium.mjs';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const [path = '', out = '/tmp/shot.png', width = '360'] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  let f = join('dist', decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
  if (!existsSync(f)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
  res.end(readFileSync(f));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.close();
