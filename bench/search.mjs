#!/usr/bin/env node
// Measures search on a built site, as a resident's phone would: what one
// query downloads (requests and bytes, no server compression) and how soon
// the first result shows under Lighthouse's mobile profile (its applied
// throttling: 562.5 ms per request, 1,474.56 kbit/s down, 4x CPU slowdown).
// Run by bench/search.py; usable alone:
//
//   node bench/search.mjs loa SITE_DIR "cong doan" "ke hoach 10"
//   node bench/search.mjs pagefind SITE_DIR "cong doan"      (SITE_DIR/pagefind/ from bench/pagefind)
//   ... --csp          serve every response with Content-Security-Policy: script-src 'self'
//
// Prints one JSON object per query on stdout.
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
const [engine, site, ...queries] = args.filter((a) => a !== '--csp');
const TYPE_DELAY_MS = 150;
const MOBILE = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

// Pagefind's JavaScript API, as its default UI uses it: the first five
// results' data (title, address, excerpt) are loaded and shown.
const PF_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><label for="q">Tìm</label><input id="q" type="search"><ol id="r"></ol><script type="module" src="pf-search.js"></script></body></html>`;
const PF_JS = `const pagefind = await import('./pagefind/pagefind.js');
await pagefind.init();
const out = document.getElementById('r');
document.getElementById('q').addEventListener('input', async (e) => {
  const s = await pagefind.debouncedSearch(e.target.value, {}, 120);
  if (!s) return;
  const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
  out.replaceChildren(...data.map((d) => { const li = document.createElement('li'); li.textContent = d.meta.title + ' — ' + d.url; return li; }));
  document.body.dataset.count = s.results.length;
});`;

const target = engine === 'pagefind'
  ? { path: 'pf-search.html', input: '#q', item: '#r li', count: () => document.body.dataset.count }
  : { path: 'tim-kiem/', input: '#tu-khoa', item: '#ket-qua li:not(.them)', count: () => document.getElementById('ket-qua-tb').textContent };
if (engine === 'pagefind') {
  writeFileSync(join(site, 'pf-search.html'), PF_HTML);
  writeFileSync(join(site, 'pf-search.js'), PF_JS);
}

const server = await startServer(site, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium',
  args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

async function measure(query, throttled) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
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
  const typedAt = Date.now();
  let first = null;
  const firstShown = page.waitForSelector(target.item, { timeout: 60_000 }).then(() => { first = Date.now() - typedAt; }, () => {});
  await page.type(target.input, query, { delay: TYPE_DELAY_MS });
  const lastKey = Date.now() - typedAt;
  await firstShown;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(throttled ? 3000 : 800);
  const top = await page.$$eval(target.item, (els) => els.slice(0, 3).map((e) => e.textContent.trim().slice(0, 90)));
  const count = await page.evaluate(target.count);
  await context.close();
  const sum = (ph) => requests.filter((r) => ph.includes(r.phase)).reduce((a, r) => a + r.bytes, 0);
  const n = (ph) => requests.filter((r) => ph.includes(r.phase)).length;
  return {
    engine, query, throttled, csp,
    page: { requests: n(['page']), bytes: sum(['page']) },
    query_only: { requests: n(['query']), bytes: sum(['query']) },
    search_files: requests.filter((r) => !/\.(html|css|ico|svg)$|\/$/.test(r.url)).length,
    first_result_ms: first, last_key_ms: lastKey, count, top, errors: errors.slice(0, 3),
    files: requests.map((r) => `${r.phase} ${r.url} ${r.bytes}`),
  };
}

for (const q of queries) {
  console.log(JSON.stringify(await measure(q, false)));
  if (!csp) console.log(JSON.stringify(await measure(q, true)));
}
await browser.close();
server.close();
