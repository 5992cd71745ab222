#!/usr/bin/env node
/**
 * `pretest`: make sure a Chrome or Chromium is there for the browser tests.
 *
 * Order: $CHROME_PATH, what the test runner's launcher would pick, the usual
 * install locations and PATH. If none is found and we are root on Debian
 * (CI, containers), install Debian's `chromium`; otherwise say exactly what
 * to install and fail.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { executable, findBrowser } from './find-browser.mjs';

const find = () => findBrowser((note) => console.warn(note));

function installDebianChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.error('No Chrome/Chromium found: installing Debian’s chromium (apt-get) …');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) return false;
  }
  return true;
}

let browser = find();
const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && executable('/usr/bin/apt-get');
if (!browser && canApt && installDebianChromium()) browser = find();

if (!browser) {
  console.error(
    [
      'No Chrome or Chromium found for the browser tests.',
      'Install one, or point CHROME_PATH at it:',
      '  Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu: google-chrome-stable, the chromium package is a snap)',
      '  Fedora:         sudo dnf install chromium',
      '  macOS/Windows:  install Google Chrome',
      '  any system:     CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

let version = '';
try {
  version = execFileSync(browser, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* some wrappers print nothing; the path is enough */
}
console.error(`Browser for tests: ${browser}${version ? ` (${version})` : ''}`);
