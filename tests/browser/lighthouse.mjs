// lighthouse.mjs: Lighthouse (mobile) on pages of a built portal, served at its
// base path the way it is published. Fails when performance, accessibility,
// best practices or SEO is under the budget (95) on any page.
//
//   node tests/browser/lighthouse.mjs SITE_DIR --base-path /quan-ba-dinh/ \
//        [--min 95] [--artifacts DIR] PAGE...
//
// PAGE is a path inside the portal ("" for the home page, "van-ban/x/").
// Lighthouse's default mobile profile is used: a Moto G Power sized screen,
// simulated slow 4G and a 4x slower CPU. The JSON reports go to --artifacts.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM || '/usr/lib/chromium/chromium';
const CLI = join(here, 'node_modules', 'lighthouse', 'cli', 'index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function usage(message) {
  console.error(`lighthouse: ${message}`);
  console.error('usage: node tests/browser/lighthouse.mjs SITE_DIR [--base-path /p/] [--min 95] [--artifacts DIR] PAGE...');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { basePath: '/', min: 95, artifacts: null, root: null, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--base-path') opts.basePath = value();
    else if (a === '--min') opts.min = Number(value());
    else if (a === '--artifacts') opts.artifacts = value();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (opts.root === null) opts.root = a;
    else opts.pages.push(a);
  }
  if (opts.root === null) usage('no site folder given');
  if (opts.pages.length === 0) opts.pages.push('');
  if (!Number.isFinite(opts.min)) usage('--min needs a number');
  if (!opts.basePath.startsWith('/') || !opts.basePath.endsWith('/')) usage('--base-path must start and end with /');
  return opts;
}

function run(file, args, env) {
  return new Promise((resolve) => {
    execFile(file, args, { env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => resolve({ error, stdout, stderr }));
  });
}

// One Lighthouse run on one URL, in its own browser profile; the parsed report.
async function audit(url, outFile) {
  const profile = mkdtempSync(join(tmpdir(), 'loa-lighthouse-'));
  try {
    const args = [
      CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outFile}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${[...FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
    ];
    const env = { ...process.env, CHROME_PATH: CHROMIUM };
    const { error, stderr } = await run(process.execPath, args, env);
    if (error) throw new Error(`Lighthouse failed on ${url}: ${stderr.trim().split('\n').slice(-5).join('\n')}`);
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// The audits that cost points in a category, worst first, for the failure message.
function lostPoints(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1)
    .sort((a, b) => a.score - b.score)
    .slice(0, 4)
    .map((a) => `${a.id} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const artifacts = opts.artifacts || mkdtempSync(join(tmpdir(), 'loa-lighthouse-reports-'));
  mkdirSync(artifacts, { recursive: true });
  const server = await startServer(opts.root, opts.basePath);
  let passed = 0;
  let failed = 0;
  try {
    console.log(`lighthouse: ${opts.pages.length} page(s) of ${opts.root} at ${opts.basePath}, mobile, budget ${opts.min}`);
    for (const page of opts.pages) {
      const url = `${server.origin}${opts.basePath}${page}`;
      const name = (page.replace(/\/+$/, '').replace(/\//g, '_') || 'home') + '.json';
      let report;
      try {
        report = await audit(url, join(artifacts, name));
      } catch (e) {
        console.log(`FAIL ${page || '(home)'}: ${e.message}`);
        failed++;
        continue;
      }
      const scores = CATEGORIES.map((c) => [c, Math.round((report.categories[c].score ?? 0) * 100)]);
      const low = scores.filter(([, s]) => s < opts.min);
      const line = scores.map(([c, s]) => `${c} ${s}`).join(', ');
      if (low.length === 0) {
        console.log(`ok   ${page || '(home)'}: ${line}`);
        passed++;
      } else {
        console.log(`FAIL ${page || '(home)'}: ${line}`);
        for (const [c] of low) console.log(`     ${c}: ${lostPoints(report, c).join('; ')}`);
        failed++;
      }
    }
  } finally {
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed; reports in ${artifacts}`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`lighthouse: ${e.stack || e}`);
  process.exit(1);
});
