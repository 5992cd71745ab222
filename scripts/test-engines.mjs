#!/usr/bin/env node
/**
 * After the Chromium (and Firefox) run: the same tests in WebKit when its
 * WebDriver and an X server are installed; otherwise says so and passes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ready = ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb'].every((p) => existsSync(p));
if (!ready) {
  console.log('WebKit: not installed (apt-get install webkit2gtk-driver xvfb xauth), skipped.');
  process.exit(0);
}
const r = spawnSync('bash', ['scripts/test-webkit.sh'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
