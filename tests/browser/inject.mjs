#!/usr/bin/env node
// inject: loads every page of a built site in headless Chromium and tries
// to make the content run script, the way a resident's browser would meet
// it: every page loaded, every inline event handler the page holds fired
// (and the common events fired on every element), every link clicked, every
// form submitted. A script that runs shows itself by calling alert(),
// confirm() or prompt() (the attacks of tests/it/inject.rs all do), or by
// navigating to a javascript: address.
//
//   node tests/browser/inject.mjs SITE_DIR --expect none|some|blocked [--csp enforce|bypass]
//
// With --csp bypass (the default) the pages' Content-Security-Policy is
// switched off, so what is tested is loa's escaping and sanitising alone;
// with --csp enforce the policy is on and every violation it reports is
// counted too (the default theme must cause none). --expect some is the
// harness's own check: on the site built with raw_html: true the attacks in
// Markdown must run, or the harness could not see them; --expect blocked
// (with --csp enforce) says the policy stopped every one of them: no script
// ran and the policy reported violations. Prints one line per
// script run, then "N passed, M failed" (pages); exit 0 when the
// expectation holds, 1 when not, 2 when it cannot run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './lib/serve.mjs';
import { listPages, normaliseBasePath, urlPathOf } from './lib/site.mjs';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
// Events fired on every element, beyond the handlers found in attributes.
const EVENTS = ['click', 'dblclick', 'mouseover', 'mouseenter', 'focus', 'blur', 'input', 'change', 'toggle',
  'load', 'error', 'animationstart', 'transitionend', 'pointerdown', 'keydown', 'submit', 'beginEvent'];

function fail(message) {
  process.stderr.write(`inject: ${message}\n`);
  process.exit(2);
}

// Runs in the page: records CSP violations from the first byte on.
function watchViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

// Runs in the page: fires every handler attribute and the common events on
// every element, clicks every link and button, submits every form; links
// to other pages are kept from navigating (a javascript: one is followed).
function provoke(events) {
  let fired = 0;
  const all = [...document.querySelectorAll('*')];
  for (const el of all) {
    const names = new Set(events);
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) names.add(attr.slice(2));
    }
    for (const name of names) {
      try {
        el.dispatchEvent(new Event(name, { bubbles: false, cancelable: true }));
        fired += 1;
      } catch { /* not an event this element takes */ }
    }
  }
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[href]');
    if (a && !/^\s*javascript:/i.test(a.getAttribute('href'))) e.preventDefault();
  }, true);
  document.addEventListener('submit', (e) => {
    const action = e.target.getAttribute('action') || '';
    if (!/^\s*javascript:/i.test(action)) e.preventDefault();
  }, true);
  let clicked = 0;
  for (const el of document.querySelectorAll('a[href], area[href], button, summary, input, label')) {
    el.click();
    clicked += 1;
  }
  for (const form of document.querySelectorAll('form')) {
    try { form.requestSubmit(); } catch { form.submit(); }
  }
  return { fired, clicked, elements: all.length };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      expect: { type: 'string' },
      csp: { type: 'string', default: 'bypass' },
      'base-path': { type: 'string', default: '/' },
    },
  });
  if (positionals.length !== 1 || !['none', 'some', 'blocked'].includes(values.expect) || !['bypass', 'enforce'].includes(values.csp)) {
    fail('usage: node tests/browser/inject.mjs SITE_DIR --expect none|some|blocked [--csp enforce|bypass] [--base-path /p/]');
  }
  const root = resolve(positionals[0]);
  if (!existsSync(root)) fail(`no folder ${root}: run cargo test first (tests/it/inject.rs builds it)`);
  const basePath = normaliseBasePath(values['base-path']);
  const pages = listPages(root);
  if (!pages.length) fail(`no pages in ${root}`);
  const chromiumPath = process.env.CHROMIUM || '/usr/lib/chromium/chromium';
  const { chromium } = await import('playwright-core');
  const server = await startServer(root, basePath);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
  const ran = [];
  const violations = [];
  let passed = 0;
  let failedPages = 0;
  let stats = { fired: 0, clicked: 0, elements: 0 };
  try {
    const context = await browser.newContext({ bypassCSP: values.csp === 'bypass', viewport: { width: 360, height: 740 } });
    await context.addInitScript(watchViolations);
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    let current = '';
    const pageRan = new Set();
    tab.on('dialog', (d) => {
      pageRan.add(`${d.type()}(${d.message()})`);
      d.dismiss().catch(() => {});
    });
    // Nothing leaves the machine; a javascript: navigation is a script run.
    await tab.route((u) => u.protocol.startsWith('http') && u.hostname !== '127.0.0.1', (r) => r.abort('blockedbyclient'));
    tab.on('framenavigated', (f) => {
      if (f.url().startsWith('javascript:')) pageRan.add(`navigation to ${f.url()}`);
    });
    for (const rel of pages) {
      current = rel;
      pageRan.clear();
      const url = server.origin + urlPathOf(rel, basePath);
      try {
        await tab.goto(url, { waitUntil: 'load' });
        const s = await tab.evaluate(provoke, EVENTS);
        stats = { fired: stats.fired + s.fired, clicked: stats.clicked + s.clicked, elements: stats.elements + s.elements };
        // Give timers, animations and navigations their moment.
        await tab.waitForTimeout(150);
        const v = await tab.evaluate(() => window.__violations || []).catch(() => []);
        for (const x of v) violations.push(`${current}: ${x}`);
        if (values.csp === 'enforce' && v.length) failedPages += 1;
      } catch (e) {
        process.stdout.write(`FAIL ${rel}: not checked: ${e.message.split('\n')[0]}\n`);
        failedPages += 1;
        continue;
      }
      for (const r of pageRan) ran.push(`${rel}: ${r}`);
      if (pageRan.size) failedPages += 1;
      else passed += 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const r of ran) process.stdout.write(`RAN ${r}\n`);
  for (const v of violations) process.stdout.write(`CSP ${v}\n`);
  process.stderr.write(`inject: ${pages.length} pages, ${stats.elements} elements, ${stats.fired} events fired, ` +
    `${stats.clicked} clicks; ${ran.length} script runs, ${violations.length} policy violations (csp ${values.csp})\n`);
  const ok = {
    none: ran.length === 0 && (values.csp === 'bypass' || violations.length === 0),
    some: ran.length > 0,
    blocked: ran.length === 0 && violations.length > 0,
  }[values.expect];
  if (values.expect === 'blocked') {
    process.stdout.write(ok ? `${pages.length} passed, 0 failed\n` : `0 passed, ${pages.length} failed\n`);
  } else if (values.expect === 'some') {
    // The harness's self-check: the expected outcome is that scripts run.
    process.stdout.write(ok ? `${ran.length} passed, 0 failed\n` : '0 passed, 1 failed\n');
    if (!ok) process.stdout.write('FAIL no script ran on the raw_html site: the harness cannot see script runs\n');
  } else {
    process.stdout.write(`${passed} passed, ${failedPages} failed\n`);
  }
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => fail(e.stack || String(e)));
