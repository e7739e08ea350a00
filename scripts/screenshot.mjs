// A full-page screenshot of a built page: node scripts/screenshot.mjs <path> <out.png> [width]
import { launchChromium } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';

const [path = '', out = '/tmp/shot.png', width = '360'] = process.argv.slice(2);
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
  await page.goto(server.url + path);
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
