// The checks that need a real browser, run in Debian's Chromium at the size of
// a cheap Android phone (360x740 CSS px, 2x). For each page:
//   overflow    the page must not scroll sideways (and must lay out at the
//               phone's width, which needs <meta name="viewport">)
//   axe         axe-core, WCAG 2.0/2.1 levels A and AA: no violation
//   screenshot  a full-page PNG into the artifacts folder, for human review
//   requests    the page loads nothing from any host but 127.0.0.1 (a portal
//               must not hand its readers to third parties, and must work on
//               an intranet) and every request it makes succeeds
// One browser and one context serve all pages, through two tabs at a time.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { urlPathOf } from './site.mjs';

export const BROWSER_CHECKS = ['overflow', 'axe', 'screenshot', 'requests'];

const PHONE = { width: 360, height: 740 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Without the background-networking flags Chromium keeps calling Google
// services, which in CI floods a network that only reaches the registries.
// Even with them Chromium 156 still looks up update.googleapis.com and
// accounts.google.com (seen with strace), so its resolver is told that no
// name but 127.0.0.1 exists: the browser never touches the network. Pages'
// own requests to other hosts are caught earlier, by the route in
// checkInBrowser. Playwright adds --headless and --no-sandbox itself, and a
// fresh temporary --user-data-dir that it deletes on close.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const TABS = 2;
const PAGE_TIMEOUT_MS = 30_000;

const require = createRequire(import.meta.url);

// Runs in the page. Returns null when nothing scrolls sideways, else what does.
function measureOverflow(expectedWidth) {
  const doc = document.scrollingElement || document.documentElement;
  const viewport = doc.clientWidth;
  if (viewport !== expectedWidth) return { viewport };
  if (doc.scrollWidth <= viewport) return null;

  // Content inside a box that scrolls or clips (a wide table in an
  // overflow-x:auto wrapper) cannot widen the page, so it is not the culprit.
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  };
  const selectorOf = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      if (e.id) {
        parts.unshift(`#${CSS.escape(e.id)}`);
        break;
      }
      let part = e.localName + [...e.classList].map((c) => `.${CSS.escape(c)}`).join('');
      const twins = e.parentElement ? [...e.parentElement.children].filter((c) => c.localName === e.localName) : [];
      if (twins.length > 1) part += `:nth-of-type(${twins.indexOf(e) + 1})`;
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  // The widest element sticking out; on a tie the first in document order,
  // which is the outermost one, where the width was most likely set.
  let widest = null;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right <= viewport + 0.5 && r.left >= -0.5) continue;
    if ((!widest || r.width > widest.width) && !clipped(el)) widest = { el, width: r.width };
  }
  return {
    viewport,
    scrollWidth: doc.scrollWidth,
    offender: widest && { selector: selectorOf(widest.el), width: Math.round(widest.width) },
  };
}

function describeOverflow(o) {
  if (!o.scrollWidth) {
    return `the page lays out ${o.viewport}px wide instead of the phone's ${PHONE.width}px: ` +
      'add <meta name="viewport" content="width=device-width, initial-scale=1">';
  }
  const culprit = o.offender ? `widest element sticking out: ${o.offender.selector} (${o.offender.width}px)` : 'no single element found';
  return `scrolls sideways: ${o.scrollWidth}px of content on a ${o.viewport}px screen; ${culprit}`;
}

// Runs in the page, after axe.min.js has been evaluated there.
async function runAxe(tags) {
  // eslint-disable-next-line no-undef
  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    count: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

function describeViolation(v) {
  const more = v.count > v.targets.length ? ` and ${v.count - v.targets.length} more` : '';
  return `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}${more}`;
}

// Checks one page in an open tab; `network` is the tab's request log.
async function checkPage(tab, network, url, screenshotPath, axeSource) {
  const problems = {};
  network.offsite.clear();
  network.failed.clear();
  try {
    const response = await tab.goto(url, { waitUntil: 'load' });
    if (!response.ok()) throw new Error(`the page answered HTTP ${response.status()}`);
    // Web fonts change text widths: measure with the final fonts.
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));

    const overflow = await tab.evaluate(measureOverflow, PHONE.width);
    problems.overflow = overflow ? [describeOverflow(overflow)] : [];

    await tab.evaluate(axeSource);
    problems.axe = (await tab.evaluate(runAxe, AXE_TAGS)).map(describeViolation);

    try {
      mkdirSync(dirname(screenshotPath), { recursive: true });
      await tab.screenshot({ path: screenshotPath, fullPage: true, animations: 'disabled' });
      problems.screenshot = [];
    } catch (e) {
      problems.screenshot = [`cannot save ${screenshotPath}: ${e.message.split('\n')[0]}`];
    }

    // Taken last: the full-page screenshot can start lazy-loaded images.
    problems.requests = [
      ...[...network.offsite].map((u) => `requests another host: ${u}`),
      ...[...network.failed].map(([u, why]) => `request failed: ${why} ${u}`),
    ];
  } catch (e) {
    for (const check of BROWSER_CHECKS) {
      problems[check] ??= [`not checked: ${e.message.split('\n')[0]}`];
    }
  }
  return problems;
}

// -> Map(page -> { overflow: [problem, ...], axe: [...], ... })
export async function checkInBrowser({ chromiumPath, origin, basePath, pages, artifactsDir }) {
  const { chromium } = await import('playwright-core');
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
  const results = new Map();
  try {
    const major = browser.version().split('.')[0];
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      userAgent: `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Mobile Safari/537.36`,
    });
    const queue = [...pages];
    const worker = async () => {
      const tab = await context.newPage();
      tab.setDefaultTimeout(PAGE_TIMEOUT_MS);
      // The current page's requests: other hosts, and url -> why it failed.
      const network = { offsite: new Set(), failed: new Map() };
      // Requests to other hosts are recorded and stopped before they leave the
      // machine: CI has no such network, and a test must not phone out.
      // Routing also turns off the HTTP cache, so every page's own requests
      // (the shared stylesheet too) are seen and judged on every page.
      await tab.route((u) => u.protocol.startsWith('http') && u.hostname !== '127.0.0.1', (route) => {
        network.offsite.add(route.request().url());
        return route.abort('blockedbyclient');
      });
      tab.on('response', (r) => {
        if (r.status() >= 400) network.failed.set(r.url(), `HTTP ${r.status()}`);
      });
      // Chromium also aborts a subresource after an error status: keep the
      // status, the clearer reason. Aborted off-site requests are not ours.
      tab.on('requestfailed', (r) => {
        if (new URL(r.url()).hostname === '127.0.0.1' && !network.failed.has(r.url())) {
          network.failed.set(r.url(), r.failure()?.errorText);
        }
      });
      for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
        const screenshot = join(artifactsDir, rel.replace(/\.html?$/i, '.png'));
        results.set(rel, await checkPage(tab, network, origin + urlPathOf(rel, basePath), screenshot, axeSource));
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: Math.min(TABS, pages.length) }, worker));
  } finally {
    await browser.close();
  }
  return results;
}
