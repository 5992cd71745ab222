#!/usr/bin/env node
/**
 * Screenshots of the demo pages in headless Chromium, for looking at what
 * we build and for the README image.
 *
 *   npm run screenshots            -> screenshots/*.png  (+ docs/demo.png)
 *
 * Starts the demo server itself (after `vite build`, for the bundle page).
 */
/* global document, window */
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
  ['gallery', 'gallery.html', 1280, {}],
  ['gallery-narrow', 'gallery.html', 375, {}],
  ['help-center', 'help-center.html', 1024, {}],
  ['long', 'long.html', 1280, {}],
  ['long-narrow', 'long.html', 375, {}],
  // Tooltips opened near each edge of a narrow layout.
  ['tooltip-left', 'index.html', 375, {}, { chip: 'M1', row: 1 }],
  ['tooltip-right', 'index.html', 375, {}, { chip: 'U13', row: 1 }],
  ['tooltip-bottom', 'index.html', 375, {}, { chip: 'U6', row: 11, bottom: true }],
  ['tooltip-badge', 'index.html', 1280, {}, { badge: 2 }],
];
const only = process.argv.slice(2);

try {
  for (const [name, path, width, options, tip] of shots) {
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
    if (tip) {
      // Open a tooltip by clicking a chip or badge of the first list, then shoot the viewport around it.
      const host = page.locator('subprocessor-list').first();
      const target = tip.chip
        ? host.locator(`[part~="row"] >> nth=${tip.row}`).locator(`[part~="category"][data-code="${tip.chip}"]`)
        : host.locator('[part~="location-badge"]').nth(tip.badge);
      await target.scrollIntoViewIfNeeded();
      // Put the chip near the bottom edge of the viewport.
      if (tip.bottom) await page.evaluate(() => window.scrollBy(0, -(window.innerHeight - 120)));
      await target.click();
      await page.waitForTimeout(150);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
      continue;
    }
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    if (name === 'wide') await page.screenshot({ path: 'docs/demo.png', clip: { x: 0, y: 0, width, height: 900 } });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
