// page_heights.mjs: the height in CSS px of pages at a phone's width
// (360x740, as tests/browser does), for the README's page-height figures.
//   node bench/page_heights.mjs BASE_URL PATH...
// prints `path<TAB>height<TAB>screens` per page (a screen is 740 px), and for
// a page with plan cards, where the first card's counts end (its last
// `.tom-tat` line, px from the top) at 360 and at 320 px wide.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'load' });
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`${p || '/'}\t${h}\t${(h / 740).toFixed(1)}`);
  const ends = [];
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(base + p, { waitUntil: 'load' });
    ends.push(await page.evaluate(() => {
      const card = document.querySelector('main article.ke-hoach-the');
      const lines = card ? card.querySelectorAll('.tom-tat') : [];
      return lines.length ? Math.round(lines[lines.length - 1].getBoundingClientRect().bottom + scrollY) : null;
    }));
  }
  await page.setViewportSize({ width: 360, height: 740 });
  if (ends[0] !== null) console.log(`${p || '/'}\tfirst card's counts end at ${ends[0]} px (360 wide), ${ends[1]} px (320 wide)`);
}
await browser.close();
