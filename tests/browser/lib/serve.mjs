// A static file server for a built site, on 127.0.0.1 only, that behaves like
// the ordinary hosts loa output is deployed to (nginx, Apache, object stores):
// the site is mounted at its base path, a folder URL serves its index.html, a
// folder URL without the trailing slash is redirected to it (so relative links
// inside resolve the way they will in production), and a missing file gets the
// site's 404.html with status 404.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

// Resolves with { origin, close } once listening on a free port.
export function startServer(root, basePath) {
  const notFoundPage = join(root, '404.html');

  function sendFile(req, res, status, file) {
    res.writeHead(status, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  function notFound(req, res) {
    if (statOrNull(notFoundPage)?.isFile()) return sendFile(req, res, 404, notFoundPage);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 not found\n');
  }

  function redirect(res, location) {
    res.writeHead(301, { Location: location });
    res.end();
  }

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    const url = new URL(req.url, 'http://127.0.0.1');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res);
    }
    if (path + '/' === basePath) return redirect(res, basePath + url.search);
    if (!path.startsWith(basePath) || path.includes('\0')) return notFound(req, res);
    const file = join(root, path.slice(basePath.length));
    // join() normalises "..": anything that lands outside the site is missing.
    if (file !== root && !file.startsWith(root + sep)) return notFound(req, res);
    const st = statOrNull(file);
    if (st?.isDirectory()) {
      if (!url.pathname.endsWith('/')) return redirect(res, url.pathname + '/' + url.search);
      const index = join(file, 'index.html');
      return statOrNull(index)?.isFile() ? sendFile(req, res, 200, index) : notFound(req, res);
    }
    return st?.isFile() ? sendFile(req, res, 200, file) : notFound(req, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
