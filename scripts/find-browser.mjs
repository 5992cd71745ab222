/**
 * Finds Chrome or Chromium for the browser tests, the same way for the
 * pretest check and the test runner: $CHROME_PATH, what chrome-launcher
 * finds, then the usual install locations and PATH.
 */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const DIRS = ['/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome'];

export function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a Chrome/Chromium, or undefined. `warn` receives notes. */
export function findBrowser(warn = () => {}) {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (executable(env)) return env;
    warn(`CHROME_PATH=${env} is not an executable file; looking elsewhere.`);
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
