// Before the real-browser runs: make sure the browsers are there (installing them as root), so a missing
// browser is one clear message instead of a failure inside every end-to-end test.
// `ensure-browsers.ts chromium` checks Chromium only (the demo needs no Firefox).
import { findChromium, findFirefox } from './browsers';

const wanted = process.argv.slice(2);
const checks = { chromium: findChromium, firefox: findFirefox };
try {
  for (const [name, find] of Object.entries(checks)) {
    if (wanted.length === 0 || wanted.includes(name)) console.log(`${name}: ${find()}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
