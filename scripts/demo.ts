import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { highlightSizes, launchWithExtension, openFirstCard } from '../e2e/support/chromium';
import { serveFolders } from '../e2e/support/server';

/**
 * The main job: Verbatim loaded into the system Chromium on a bundled sample
 * article (made from seed 003, a heavy paraphrase). With a display the browser
 * stays open for you; without one it runs headless and saves a screenshot.
 */
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const server = await serveFolders([resolve('fixtures/pages')]);
const browser = await launchWithExtension({ headless: !headed });
const page = await browser.newPage();
const url = server.url('seed-003.html');
await page.goto(url);
await page.waitForFunction(
  () => [...CSS.highlights.keys()].some((name) => name.startsWith('verbatim-')),
  null,
  {
    timeout: 20_000,
  },
);
const sizes = await highlightSizes(page);
console.log(`Verbatim is running on ${url}`);
console.log(`Highlighted quote ranges: ${JSON.stringify(sizes)}`);

if (headed) {
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => browser.context.on('close', done));
} else {
  await openFirstCard(page, 'This is not the moment');
  await mkdir('test-results', { recursive: true });
  const shot = resolve('test-results/demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display: ran headless and saved a screenshot to ${shot}`);
  await browser.close();
}
await server.close();
