#!/usr/bin/env node
/**
 * Screenshots of the demo pages in headless Chromium, for looking at what
 * we build and for the README image.
 *
 *   npm run screenshots            -> screenshots/*.png  (+ docs/demo.png)
 *
 * Starts the demo server itself (after `vite build`, for the bundle page).
 */
/* global document */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { execFileSync } from 'node:child_process';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const out = 'screenshots';
mkdirSync(out, { recursive: true });

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await createServer({ configFile: 'vite.demo.config.ts', server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const base = server.resolvedUrls.local[0];

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** name, page, viewport width, options */
const shots = [
  ['wide', 'index.html', 1280, {}],
  ['narrow', 'index.html', 375, {}],
  ['example', 'example.html', 1280, {}],
  ['errors', 'errors.html', 1024, {}],
  ['bundle', 'bundle.html', 1024, {}],
  ['dark', 'index.html', 1280, { colorScheme: 'dark' }],
];
const only = process.argv.slice(2);

try {
  for (const [name, path, width, options] of shots) {
    if (only.length && !only.includes(name)) continue;
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: 'en-US', ...options });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${name}: page error: ${e.message}`));
    await page.goto(new URL(path, base).href);
    // Wait until every element has finished loading (rendered or failed).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('subprocessor-list')].every((el) => {
        const s = el.shadowRoot?.querySelector('[part~="status"]');
        return s && !/Loading/.test(s.textContent ?? '');
      }),
    );
    await page.waitForTimeout(200);
    const file = `${out}/${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    if (name === 'wide') await page.screenshot({ path: 'docs/demo.png', clip: { x: 0, y: 0, width, height: 900 } });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
