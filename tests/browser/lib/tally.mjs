// The pass/fail count of a browser test file and the browser it runs in:
// `check(name, ok, detail)` prints a line per failure, `finish()` prints
// "N passed, M failed" and exits 1 when any failed. `launchChromium()`
// starts Debian's Chromium (or $CHROMIUM) headless, its resolver told that
// no name but 127.0.0.1 exists, so a test never touches the network.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export function tally() {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail) {
      if (ok) passed++;
      else {
        failed++;
        console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
      }
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium',
    args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}
