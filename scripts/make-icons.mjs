// Renders the app icons (PNG, 192 and 512, plain and maskable) from assets/icons/icon.svg with
// headless Chromium. Run once after changing the SVG: `node scripts/make-icons.mjs`; the PNGs
// are committed, so builds need no image tools.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';

const svg = fs.readFileSync('assets/icons/icon.svg', 'utf8');
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [192, 512]) {
  for (const maskable of [false, true]) {
    // A maskable icon keeps its drawing inside the central 80% safe zone on a full-bleed background.
    const inner = maskable ? Math.round(size * 0.7) : size;
    const html = `<body style="margin:0;background:${maskable ? '#1f3a5f' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
      <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`;
    await page.setViewport({ width: size, height: size });
    await page.setContent(html);
    const name = `assets/icons/icon-${maskable ? 'maskable-' : ''}${size}.png`;
    await page.screenshot({ path: name, omitBackground: !maskable });
    console.log(`wrote ${name}`);
  }
}
await browser.close();
