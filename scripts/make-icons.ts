// Renders public/icon/icon.svg to the PNG sizes the stores ask for, with the system Chromium.
// Run by hand after changing the SVG: node scripts/run-ts.mjs scripts/make-icons.ts
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './browsers';

const svg = await readFile(new URL('../public/icon/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
