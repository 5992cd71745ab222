#!/usr/bin/env node
/**
 * `pretest`: make sure a Chrome or Chromium is there for the browser tests.
 *
 * Order: $CHROME_PATH, what the test runner's launcher would pick, the usual
 * install locations and PATH. If none is found and we are root on Debian
 * (CI, containers), install Debian's `chromium`; otherwise say exactly what
 * to install and fail.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const DIRS = ['/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome'];

const executable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function find() {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (executable(env)) return env;
    console.warn(`CHROME_PATH=${env} is not an executable file; looking elsewhere.`);
  }
  try {
    const found = createRequire(import.meta.url)('chrome-launcher').Launcher.getFirstInstallation();
    if (found && executable(found)) return found;
  } catch {
    /* chrome-launcher missing or unable to search: fall through */
  }
  const path = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...DIRS, ...path]) {
    for (const name of NAMES) {
      const p = join(dir, name);
      if (executable(p)) return p;
    }
  }
  return undefined;
}

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
