// @ts-check
/**
 * Browser tests: `npm test` runs them in Chromium, and in Firefox when it is
 * installed (driven through puppeteer-core over WebDriver BiDi: no browser
 * download). WTR_BROWSERS=chromium|firefox|chromium,firefox to choose.
 *
 * Fixtures are real files served by the test runner, plus a few endpoints
 * below for HTTP faults that files cannot express (status codes, HTML
 * login pages, servers that never answer).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as puppeteerCore from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { findBrowser } from './scripts/find-browser.mjs';

// A fixed locale and a time zone west of UTC, where a date-only value such
// as "2026-05-01" read as local midnight would show as the day before.
process.env.TZ = 'America/Los_Angeles';

// Chromium always; Firefox too when it is installed (CI installs Debian's
// firefox-esr). WTR_BROWSERS=chromium (or firefox) picks explicitly.
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const wanted = (process.env.WTR_BROWSERS ?? (existsSync(firefoxPath) ? 'chromium,firefox' : 'chromium')).split(',').map((s) => s.trim());

// Root (containers, CI) cannot use Chromium's sandbox; the rest keeps
// Chromium from calling home on a closed network.
const isRoot = process.getuid?.() === 0;
const chromiumArgs = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--lang=en-US',
];

const browsers = [];
if (wanted.includes('chromium')) {
  // The same browser the pretest step found (or installed).
  browsers.push(chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: chromiumArgs } }));
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US' },
      },
    }),
  );
}

/** Every registry file the tests check: fixtures and the demo's registries. */
function registryFiles() {
  const list = (dir) =>
    readdirSync(new URL(`./${dir}/`, import.meta.url), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `/${dir}/${f}`);
  return [...list('test/fixtures'), ...list('demo/registries')].sort();
}

/** The policy of a strict trust page: no inline script or style, no eval, Trusted Types required. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Endpoints for faults, under /fault/…, and the fixture list; the rest is static files. */
function faults() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/pages/csp')) {
      await next();
      ctx.set('Content-Security-Policy', STRICT_CSP);
      return;
    }
    if (ctx.path === '/test/pages/sri.html') {
      // The README's recipe for strict Subresource Integrity, with the hashes of the built files
      // (?tamper pins a wrong hash for the language file).
      const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(new URL(`./dist/${file}`, import.meta.url))).digest('base64')}`;
      const de = 'query' in ctx && ctx.querystring.includes('tamper') ? sri('subprocessor-list.js') : sri('subprocessor-list.de.js');
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>SRI</title>
<link rel="modulepreload" href="/dist/subprocessor-list.de.js" integrity="${de}">
<script type="module" src="/dist/subprocessor-list.js" integrity="${sri('subprocessor-list.js')}"></script></head>
<body><subprocessor-list src="/demo/registries/june.json"></subprocessor-list></body></html>`;
      return;
    }
    if (ctx.path === '/registry-files') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(registryFiles());
      return;
    }
    const m = /^\/fault\/(\w[\w-]*)(?:\/(\d+))?/.exec(ctx.path);
    if (!m) return next();
    const [, kind, arg] = m;
    switch (kind) {
      case 'status':
        ctx.status = Number(arg);
        ctx.body = `status ${arg}`;
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Sign in</title><form><input name="user"></form>';
        return;
      case 'text':
        ctx.type = 'application/json';
        ctx.body = '{"subprocessors": [ {"name": "Truncated"';
        return;
      case 'redirect':
        // A single sign-on wall: the registry URL redirects to a login page.
        ctx.redirect('/fault/html');
        return;
      case 'big': {
        // About 5 MB of valid registry: 500 entries with long notes.
        const note = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(170);
        const subprocessors = Array.from({ length: 500 }, (_, i) => ({ name: `Vendor ${i + 1}`, purpose: 'Hosting', dataLocations: ['DE'], notes: note }));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ title: 'Big', subprocessors });
        return;
      }
      case 'slow':
        // Answers after `arg` ms (the element's timeout is shorter in tests).
        await new Promise((r) => setTimeout(r, Number(arg ?? 60000)));
        ctx.type = 'application/json';
        ctx.body = '{"subprocessors": [{"name": "Late"}]}';
        return;
      default:
        return next();
    }
  };
}

/** A test command the stock ones lack: emulate forced colours (Windows high contrast) in Chromium. */
function forcedColors() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.emulateMediaFeatures) throw new Error('forced colours can only be emulated in Chromium');
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload ? 'active' : 'none' }]);
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  browsers,
  // One page at a time: a background tab gets no animation frames and no
  // resize observations, which layout-dependent tests rely on.
  concurrency: 1,
  middleware: [faults()],
  plugins: [
    forcedColors(),
    esbuildPlugin({
      ts: true,
      // Without the tsconfig, esbuild leaves the decorators untransformed.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: { include: ['src/**/*.ts'] },
};
