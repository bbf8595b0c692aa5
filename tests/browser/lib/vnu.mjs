// The Nu Html Checker (vnu.jar, the W3C validator's engine), run once over all
// pages because a JVM start costs seconds. Only errors count: warnings are
// advice, and a generator that emits one would fail every page at once.
import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// -> Promise<Map(page -> [problem, ...])>; rejects when vnu itself fails.
export function runVnu(vnuJar, root, pages) {
  const files = pages.map((rel) => join(root, rel));
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    // If the checker dies first, the JVM must not outlive it.
    const stop = () => child.kill();
    process.on('exit', stop);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => reject(new Error(`cannot run java (${e.message}); run scripts/setup-test-deps first`)));
    // vnu exits 1 when it found errors; only unreadable output is a failure.
    child.on('close', (code) => {
      process.off('exit', stop);
      let messages;
      try {
        ({ messages } = JSON.parse(out));
      } catch {
        return reject(new Error(`vnu exited ${code} without a JSON report: ${(err || out).trim().slice(0, 500)}`));
      }
      const problems = new Map(pages.map((rel) => [rel, []]));
      for (const m of messages) {
        if (m.type !== 'error' && m.type !== 'non-document-error') continue;
        const rel = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)) : null;
        if (!problems.has(rel)) {
          return reject(new Error(`vnu reported an error outside the checked pages: ${JSON.stringify(m)}`));
        }
        const line = m.firstLine ?? m.lastLine;
        const where = line ? `line ${line}${m.firstColumn ? `:${m.firstColumn}` : ''}: ` : '';
        problems.get(rel).push(`${where}${m.message}`);
      }
      resolve(problems);
    });
  });
}
