// Draws the handbook's app icons (public/icons/*.png, listed in src/lib/offline/manifest.ts) from one
// SVG, in Chromium, so that they can be made again the same way: node scripts/make-icons.mjs
// The favicon's red and yellow star (public/favicon.svg) above an open white book.
import { writeFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';

const red = '#c8102e';
const yellow = '#ffde00';

/**
 * The icon on a 512 × 512 grid. Everything drawn stays inside the circle of radius 205 around the
 * centre, the safe zone of a maskable icon, which a phone may cut to a circle or a rounded square.
 * @param {{ rounded: boolean }} options rounded corners for the plain icon, full bleed for the maskable one
 */
function iconSvg({ rounded }) {
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 50 : 20;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${(256 + r * Math.cos(a)).toFixed(1)},${(132 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  const page = (side) => {
    const x = (d) => 256 + side * d;
    return `M256 218 C${x(46)} 192 ${x(106)} 186 ${x(160)} 194 L${x(160)} 372 C${x(106)} 364 ${x(46)} 370 256 396 Z`;
  };
  const lines = [0, 1, 2, 3]
    .flatMap((i) => [-1, 1].map((side) => `M${256 + side * 28} ${248 + i * 30} L${256 + side * 132} ${240 + i * 30}`))
    .join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" ${rounded ? 'rx="96"' : ''} fill="${red}"/>
  <polygon points="${star}" fill="${yellow}"/>
  <path d="${page(-1)} ${page(1)}" fill="#fff"/>
  <path d="${lines}" stroke="${red}" stroke-opacity="0.35" stroke-width="8" stroke-linecap="round"/>
  <path d="M256 220 L256 394" stroke="${red}" stroke-width="6"/>
</svg>`;
}

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, rounded: true },
  { file: 'public/icons/icon-512.png', size: 512, rounded: true },
  { file: 'public/icons/icon-maskable-512.png', size: 512, rounded: false },
];

const browser = await launchChromium();
try {
  for (const { file, size, rounded } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = iconSvg({ rounded }).replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
    writeFileSync(file, await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.log(file);
  }
} finally {
  await browser.close();
}
