#!/usr/bin/env node
// first-screen: the answer on the first screen of a ward's home page (issue
// 10, point 8). Opens the home page of every ward portal of a built site in
// Debian's Chromium at 360x740 and at 320x740 (a smaller phone), without
// scrolling, and checks that (and, on the page of the first card's plan,
// that its summary's counts end within the screen and the notice starts
// there):
//   - the first plan card's name (inside the card) and its counts (every
//     `.tom-tat` line: indicators achieved / on track / behind / without
//     data, tasks done and overdue, reports missing) end within the screen;
//   - the notice that the figures are illustrative, when the page has one,
//     starts within the screen too (the brief: every page showing them says
//     so, and the resident must see it beside the figures);
//   - a ward without a current plan says so within the screen.
// At least one ward must show a plan card, so the check cannot pass on a
// site without any.
//
//   node tests/browser/first-screen.mjs SITE_DIR             every `phuong-*` portal folder of a built site
//   node tests/browser/first-screen.mjs PORTAL_DIR --portal  one portal folder (any name)
//
// Prints a line per failure, then "N passed, M failed"; exit 1 when any
// failed, 2 when it cannot run.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { startServer } from './lib/serve.mjs';
import { launchChromium, tally } from './lib/tally.mjs';

const SCREENS = [{ width: 360, height: 740 }, { width: 320, height: 740 }];
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir || !existsSync(dir)) {
  console.error('usage: node tests/browser/first-screen.mjs SITE_DIR | PORTAL_DIR --portal');
  process.exit(2);
}
const root = resolve(dir);
// Each portal is served at /<its folder's name>/, as published.
const single = args.includes('--portal');
const portals = single
  ? [basename(root)]
  : readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('phuong-') && existsSync(join(root, e.name, 'index.html')))
    .map((e) => e.name);
if (portals.length === 0) {
  console.error(`first-screen: no ward portal (phuong-*/index.html) in ${root}`);
  process.exit(2);
}

const { check, finish } = tally();

// Runs in the page: where the first-screen elements end, in CSS px from the
// top of the page (the page is not scrolled). `null` for a missing element.
function measure() {
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const shown = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    return { top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY), shown, text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60) };
  };
  const main = document.querySelector('main');
  const card = main.querySelector('article.ke-hoach-the');
  const none = card ? null : main.querySelector('[aria-labelledby="plans-h"] p:not(.meta)');
  return {
    card: box(card),
    name: card && box(card.querySelector('.kh-ten')),
    counts: card ? [...card.querySelectorAll('.tom-tat')].map(box) : [],
    notice: box(main.querySelector('.minh-hoa')),
    none: box(none),
    link: card && card.querySelector('.kh-ten a') ? card.querySelector('.kh-ten a').href : null,
  };
}

const browser = await launchChromium();
const server = await startServer(root, single ? `/${portals[0]}/` : '/');
let cards = 0;
try {
  for (const screen of SCREENS) {
    const context = await browser.newContext({ viewport: screen, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const name of portals) {
      await page.goto(`${server.origin}/${name}/`, { waitUntil: 'load' });
      const m = await page.evaluate(measure);
      const at = `${name} ${screen.width}x${screen.height}`;
      const within = (b) => b && b.shown && b.bottom <= screen.height;
      if (m.card) {
        if (screen === SCREENS[0]) cards++;
        check(`${at}: the first plan card has its name inside`, m.name && m.name.shown, 'no visible .kh-ten in the card');
        check(`${at}: the first plan card shows its counts`, m.counts.length > 0 && m.counts.every((c) => /\d/.test(c.text)), JSON.stringify(m.counts));
        check(`${at}: the plan's name ends within the first screen`, within(m.name), m.name && `bottom at ${m.name.bottom}px`);
        for (const c of m.counts) {
          check(`${at}: "${c.text}" ends within the first screen`, within(c), `bottom at ${c.bottom}px`);
        }
      } else {
        check(`${at}: no plan card, and the page says so within the first screen`, within(m.none), m.none ? `bottom at ${m.none.bottom}px` : 'no such sentence');
      }
      if (m.notice) {
        check(`${at}: the illustrative-figures notice starts within the first screen`, m.notice.shown && m.notice.top < screen.height, `top at ${m.notice.top}px`);
      }
      // The plan's own page: its summary (the same counts) on the first
      // screen too, under its title, with the notice above it.
      if (m.link) {
        await page.goto(m.link, { waitUntil: 'load' });
        const p = await page.evaluate(measure);
        const on = `${at} plan page ${new URL(m.link).pathname}`;
        check(`${on}: shows the plan's summary`, p.card && p.counts.length > 0, 'no .ke-hoach-the with counts');
        for (const c of p.counts) {
          check(`${on}: "${c.text}" ends within the first screen`, within(c), `bottom at ${c.bottom}px`);
        }
        if (p.notice) {
          check(`${on}: the illustrative-figures notice starts within the first screen`, p.notice.shown && p.notice.top < screen.height, `top at ${p.notice.top}px`);
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
check('at least one ward home shows a plan card', cards > 0, `${portals.length} ward homes, none with a plan card`);
finish();
