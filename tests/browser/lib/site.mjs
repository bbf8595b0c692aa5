// The built site as the checks see it: its HTML pages as paths relative to the
// site folder ("van-ban/index.html", always with "/"), the URL path each one is
// served at under the base path, and the sample of pages for the slow checks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// "/ba-dinh" and "ba-dinh/" both mean "/ba-dinh/"; "" means "/".
export function normaliseBasePath(basePath) {
  const inner = basePath.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

export function isHtml(rel) {
  return /\.html?$/i.test(rel);
}

// Every .html file under root, sorted so that output and samples are stable.
export function listPages(root) {
  const pages = [];
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}/`);
      else if (entry.isFile() && isHtml(entry.name)) pages.push(rel);
    }
  };
  walk(root, '');
  return pages.sort();
}

// The URL path a page is served at: "van-ban/index.html" -> "/base/van-ban/".
export function urlPathOf(rel, basePath) {
  const parts = rel.split('/').map(encodeURIComponent);
  if (/^index\.html?$/i.test(parts.at(-1))) parts[parts.length - 1] = '';
  return basePath + parts.join('/');
}

// Pages made by the same template sit at the same depth of the same top
// folder ("van-ban/*/index.html"), so this key approximates "which template".
function kindOf(rel) {
  const parts = rel.split('/');
  return parts.length === 1 ? '(top)' : `${parts[0]}/${parts.length}`;
}

// Up to k pages of each kind, spread evenly over the kind's sorted pages.
export function samplePages(pages, k) {
  const byKind = new Map();
  for (const rel of pages) {
    const kind = kindOf(rel);
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind).push(rel);
  }
  const picked = new Set();
  for (const group of byKind.values()) {
    const n = Math.min(k, group.length);
    for (let i = 0; i < n; i++) picked.add(group[Math.floor(((i + 0.5) * group.length) / n)]);
  }
  return pages.filter((rel) => picked.has(rel));
}
