#!/usr/bin/env node
// Measures search on a built site as a resident's phone would use it: a
// query typed key by key (150 ms apart) into the search page, then
//  - what it downloads: requests and bytes as served, with no server
//    compression (the script counts at its full size), for the page
//    (HTML, style sheet, script, icon) and for the query (index files),
//  - how soon the results of the whole query show after its last key:
//    from the last `input` event to the first result listed for exactly
//    the text typed (the list's `data-q`), timed in the page, and whether
//    that first result is still first once the whole list is shown,
// unthrottled and under Lighthouse's mobile profile (its DevTools
// throttling: 562.5 ms per request, 1,474.56 kbit/s down, 4x CPU slowdown).
//
//   node bench/search.mjs loa SITE_DIR "cong doan" "ke hoach 10"
//   node bench/search.mjs pagefind SITE_DIR "cong doan"   (SITE_DIR/pagefind/ from bench/pagefind)
//   ... --csp        every response with Content-Security-Policy: script-src 'self'
//   ... --runs N     throttled runs per query (median reported), default 3
//
// Prints one JSON object per query and condition on stdout.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(HERE, '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(join(HERE, '..', 'tests', 'browser', 'lib', 'serve.mjs'));

const args = process.argv.slice(2);
const csp = args.includes('--csp');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const [engine, site, ...queries] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const TYPE_DELAY_MS = 150;
const MOBILE = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

// Pagefind's JavaScript API, as its default UI uses it: the first five
// results' data (title, address, excerpt) are loaded and shown; the list
// says which query it shows, as loa's does.
const PF_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><label for="q">Tìm</label><input id="q" type="search"><ol id="r"></ol><script type="module" src="pf-search.js"></script></body></html>`;
const PF_JS = `const pagefind = await import('./pagefind/pagefind.js');
await pagefind.init();
const out = document.getElementById('r');
document.getElementById('q').addEventListener('input', async (e) => {
  const q = e.target.value;
  const s = await pagefind.debouncedSearch(q, {}, 120);
  if (!s) return;
  const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
  out.replaceChildren(...data.map((d) => { const li = document.createElement('li'); li.textContent = d.meta.title + ' — ' + d.url; return li; }));
  out.dataset.q = q.trim();
  document.body.dataset.count = s.results.length;
});`;

const target = engine === 'pagefind'
  ? { path: 'pf-search.html', input: '#q', list: '#r', item: '#r li', count: () => document.body.dataset.count }
  : { path: 'tim-kiem/', input: '#tu-khoa', list: '#ket-qua', item: '#ket-qua li:not(.them)', count: () => document.getElementById('ket-qua-tb').textContent };
if (engine === 'pagefind') {
  writeFileSync(join(site, 'pf-search.html'), PF_HTML);
  writeFileSync(join(site, 'pf-search.js'), PF_JS);
}

// In the page: when the last input happened, and when the list first
// showed a result for exactly the value typed then.
const TIMER = `(() => {
  const list = ${JSON.stringify(target.list)}, item = ${JSON.stringify(target.item)};
  window.__typed = null; window.__shown = null;
  document.addEventListener('input', (e) => { window.__typed = [performance.now(), e.target.value.trim()]; window.__shown = null; }, true);
  new MutationObserver(() => {
    const l = document.querySelector(list);
    if (window.__typed && !window.__shown && l && l.dataset.q === window.__typed[1] && document.querySelector(item)) {
      window.__shown = performance.now();
      window.__firstShown = document.querySelector(item).textContent.trim();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const server = await startServer(site, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium',
  args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

async function measure(query, throttled) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(TIMER);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  if (csp) {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" } });
    });
  }
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const requests = [];
  let phase = 'page';
  page.on('requestfinished', async (r) => {
    const at = phase;
    const s = await r.sizes();
    requests.push({ phase: at, url: r.url().replace(server.origin, ''), bytes: s.responseBodySize + s.responseHeadersSize });
  });
  await page.goto(server.origin + '/' + target.path, { waitUntil: 'networkidle' });
  phase = 'query';
  await page.type(target.input, query, { delay: TYPE_DELAY_MS });
  await page.waitForFunction(() => window.__shown, null, { timeout: 60_000 }).catch(() => {});
  // Everything the query fetches once typing has paused (all titles, the count).
  await page.waitForTimeout(throttled ? 4000 : 1000);
  await page.waitForLoadState('networkidle');
  const first = await page.evaluate(() => (window.__shown && window.__typed ? window.__shown - window.__typed[0] : null));
  const top = await page.$$eval(target.item, (els) => els.slice(0, 3).map((e) => e.textContent.trim().slice(0, 90)));
  // Whether the first result shown was the finished ranking's first.
  const firstIsFinal = await page.evaluate((item) => {
    const el = document.querySelector(item);
    return window.__firstShown != null && el != null && el.textContent.trim() === window.__firstShown;
  }, target.item);
  const count = await page.evaluate(target.count);
  await context.close();
  const of = (ph) => requests.filter((r) => ph.includes(r.phase));
  const sum = (ph) => of(ph).reduce((a, r) => a + r.bytes, 0);
  // What search adds: its script and every index file (loa's search.js and
  // search/; Pagefind's pagefind/, its WebAssembly included).
  const searchFiles = requests.filter((r) => /\/search\.js$|\/search\/|\/pagefind\//.test(r.url));
  return {
    engine, query, throttled, csp,
    page: { requests: of(['page']).length, bytes: sum(['page']) },
    query_only: { requests: of(['query']).length, bytes: sum(['query']) },
    search: { requests: searchFiles.length, bytes: searchFiles.reduce((a, r) => a + r.bytes, 0) },
    all: { requests: requests.length, bytes: sum(['page', 'query']) },
    first_result_after_last_key_ms: first === null ? null : Math.round(first),
    first_is_final: firstIsFinal,
    count, top, errors: errors.slice(0, 3),
    files: requests.map((r) => `${r.phase} ${r.url} ${r.bytes}`),
  };
}

const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
for (const q of queries) {
  console.log(JSON.stringify(await measure(q, false)));
  if (csp) continue;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(q, true));
  const out = runs[0];
  out.first_result_after_last_key_ms = median(runs.map((r) => r.first_result_after_last_key_ms));
  out.runs_ms = runs.map((r) => r.first_result_after_last_key_ms);
  out.first_is_final = runs.every((r) => r.first_is_final);
  console.log(JSON.stringify(out));
}
await browser.close();
server.close();
