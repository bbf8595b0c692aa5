#!/usr/bin/env node
// check-site: checks a built site the way residents' phones and the standards
// checkers see it. Serves the site on 127.0.0.1 and runs, per page:
// overflow, axe, screenshot, requests (lib/browser.mjs), html (lib/vnu.mjs)
// and links (lib/links.mjs). Prints one line per problem, a tally per check,
// and last, alone on its line, "N passed, M failed" counting page x check
// results. Exit 0 when all pass, 1 when any fails, 2 when it cannot run.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BROWSER_CHECKS, checkInBrowser } from './lib/browser.mjs';
import { checkLinks } from './lib/links.mjs';
import { startServer } from './lib/serve.mjs';
import { isHtml, listPages, normaliseBasePath, samplePages } from './lib/site.mjs';
import { runVnu } from './lib/vnu.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHECKS = [...BROWSER_CHECKS, 'html', 'links'];
const USAGE = `usage: node tests/browser/check-site.mjs SITE_DIR [options]

  --base-path /sub/path/   URL path the site is built for (default /)
  --artifacts DIR          where screenshots go (default tests/artifacts/screenshots)
  --pages a.html,b/c.html  check only these pages (paths relative to SITE_DIR)
  --sample K               run the browser checks on K pages per kind of page
                           (top folder and depth); html and links still cover all

Environment: CHROMIUM=path overrides /usr/lib/chromium/chromium.`;

function fail(message) {
  process.stderr.write(`check-site: ${message}\n`);
  process.exit(2);
}

function parseCommandLine() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'base-path': { type: 'string', default: '/' },
        artifacts: { type: 'string', default: join(HERE, '..', 'artifacts', 'screenshots') },
        pages: { type: 'string' },
        sample: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (positionals.length !== 1) fail(USAGE);
  const root = resolve(positionals[0]);
  if (!existsSync(root) || !statSync(root).isDirectory()) fail(`not a folder: ${positionals[0]}`);

  const pages = values.pages ? values.pages.split(',').map((p) => p.trim().replace(/^\/+/, '')).filter(Boolean) : listPages(root);
  for (const rel of pages) {
    if (!isHtml(rel) || !existsSync(join(root, rel))) fail(`--pages: no HTML file ${rel} in ${root}`);
  }
  if (!pages.length) fail(`no .html files in ${root}`);

  let sample = null;
  if (values.sample !== undefined) {
    sample = Number(values.sample);
    if (!Number.isInteger(sample) || sample < 1) fail('--sample needs a whole number of at least 1');
  }
  return { root, pages, sample, basePath: normaliseBasePath(values['base-path']), artifactsDir: resolve(values.artifacts) };
}

// The tools must be present: a check that quietly skips is a check that lies.
function findTools() {
  const require = createRequire(import.meta.url);
  const chromiumPath = process.env.CHROMIUM || '/usr/lib/chromium/chromium';
  let vnuJar;
  try {
    require.resolve('playwright-core');
    require.resolve('axe-core/axe.min.js');
    vnuJar = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  } catch (e) {
    fail(`${e.message.split('\n')[0]}\nrun scripts/setup-test-deps first`);
  }
  for (const path of [chromiumPath, vnuJar]) {
    if (!existsSync(path)) fail(`missing ${path}; run scripts/setup-test-deps first`);
  }
  return { chromiumPath, vnuJar };
}

async function timed(work) {
  const start = performance.now();
  const value = await work();
  return { value, seconds: ((performance.now() - start) / 1000).toFixed(1) };
}

async function main() {
  const started = performance.now();
  const { root, pages, sample, basePath, artifactsDir } = parseCommandLine();
  const { chromiumPath, vnuJar } = findTools();
  const browserPages = sample ? samplePages(pages, sample) : pages;
  process.stderr.write(`check-site: ${pages.length} pages in ${root} at ${basePath}; browser checks on ${browserPages.length}\n`);

  // vnu's JVM runs beside the browser: on two cores that hides most of its time.
  const vnu = timed(() => runVnu(vnuJar, root, pages));
  // Its failure is reported when awaited below; until then it must not count
  // as an unhandled rejection, which would end the process with status 1.
  vnu.catch(() => {});
  const server = await startServer(root, basePath);
  let browser;
  try {
    browser = await timed(() => checkInBrowser({ chromiumPath, origin: server.origin, basePath, pages: browserPages, artifactsDir }));
  } finally {
    await server.close();
  }
  const links = await timed(() => checkLinks(root, pages, basePath));
  const html = await vnu;

  // One result per page and check that ran on it; a problem-free one passes.
  const tally = Object.fromEntries(CHECKS.map((c) => [c, { passed: 0, failed: 0 }]));
  for (const page of pages) {
    const problems = { ...browser.value.get(page), html: html.value.get(page), links: links.value.get(page) };
    for (const check of CHECKS) {
      if (!problems[check]) continue;
      tally[check][problems[check].length ? 'failed' : 'passed'] += 1;
      for (const p of problems[check]) process.stdout.write(`FAIL ${page} ${check}: ${p}\n`);
    }
  }
  const passed = CHECKS.reduce((n, c) => n + tally[c].passed, 0);
  const failed = CHECKS.reduce((n, c) => n + tally[c].failed, 0);
  process.stderr.write(`check-site: time: browser ${browser.seconds}s, vnu ${html.seconds}s, links ${links.seconds}s, ` +
    `total ${((performance.now() - started) / 1000).toFixed(1)}s; screenshots in ${artifactsDir}\n`);
  process.stdout.write(`${CHECKS.map((c) => `${c} ${tally[c].passed}/${tally[c].passed + tally[c].failed}`).join(', ')}\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => fail(e.stack || String(e)),
);
