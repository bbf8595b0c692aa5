// Static link check: every href, src and srcset candidate in a page that
// points into the site must name an existing file, and a #fragment must name
// an id (or <a name>) in the target page. Works on the files, not the browser,
// so it covers every page even when the browser checks only take a sample.
//
// The pages are generated and pass the Nu Html Checker, so a small tag scanner
// is enough; comments and the text inside <script>/<style> are dropped first so
// that code and commented-out markup are not read as links.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isHtml, urlPathOf } from './site.mjs';

// Never resolved on the network: only used to tell site URLs from others.
const ORIGIN = 'http://site.invalid';

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()];
    const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m; // vnu reports the bad reference
  });
}

// -> { refs: [url strings as written], ids: Set }
function scan(html) {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const refs = [];
  const ids = new Set();
  for (const [, tagName, attrText] of text.matchAll(TAG)) {
    const tag = tagName.toLowerCase();
    for (const m of attrText.matchAll(ATTR)) {
      const name = m[1].toLowerCase();
      const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      if (name === 'id' || (name === 'name' && tag === 'a')) ids.add(value);
      else if ((name === 'href' || name === 'xlink:href' || name === 'src') && tag !== 'base') refs.push(value);
      else if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push(url);
        }
      }
    }
  }
  return { refs, ids };
}

// -> Map(page -> [problem, ...]) for the given pages (fragment targets may be
// any HTML file of the site).
export function checkLinks(root, pages, basePath) {
  const scanned = new Map();
  const scanOf = (rel) => {
    if (!scanned.has(rel)) scanned.set(rel, scan(readFileSync(join(root, rel), 'utf8')));
    return scanned.get(rel);
  };
  const files = new Map(); // rel -> is a file; many pages link the same targets
  const isFile = (rel) => {
    if (!files.has(rel)) {
      let file = false;
      try {
        file = statSync(join(root, rel)).isFile();
      } catch { /* missing */ }
      files.set(rel, file);
    }
    return files.get(rel);
  };
  // The file a site URL path is served from, as the server in serve.mjs does.
  const targetOf = (rel) => {
    if (rel === '' || rel.endsWith('/')) return isFile(`${rel}index.html`) ? `${rel}index.html` : null;
    if (isFile(rel)) return rel;
    return isFile(`${rel}/index.html`) ? `${rel}/index.html` : null;
  };

  const problems = new Map();
  for (const page of pages) {
    const pageUrl = ORIGIN + urlPathOf(page, basePath);
    const found = new Set(); // a link repeated in a page is one problem
    for (const raw of scanOf(page).refs) {
      const ref = raw.trim();
      let url;
      try {
        url = new URL(ref, pageUrl);
      } catch {
        found.add(`"${raw}" is not a valid URL`);
        continue;
      }
      if (url.origin !== ORIGIN) continue; // another host, mailto:, tel:, data: ...
      if (!url.pathname.startsWith(basePath)) {
        found.add(`"${raw}" leads to ${url.pathname}, outside the site's base path ${basePath}`);
        continue;
      }
      let rel;
      let fragment;
      try {
        rel = decodeURIComponent(url.pathname.slice(basePath.length));
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        found.add(`"${raw}" has a malformed %-escape`);
        continue;
      }
      const target = targetOf(rel);
      if (!target) {
        found.add(`"${raw}" leads to ${url.pathname}, which is not in the site`);
        continue;
      }
      // "#top" scrolls to the top without an id (HTML standard).
      if (fragment && fragment.toLowerCase() !== 'top' && isHtml(target) && !scanOf(target).ids.has(fragment)) {
        found.add(`"${raw}": ${target} has no element with id="${fragment}"`);
      }
    }
    problems.set(page, [...found]);
  }
  return problems;
}
