// Usage: node shots.mjs '<json list of [name, page, width, {colorScheme, media, action, full, height}]>'
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
const shots = JSON.parse(process.argv[2]);
const server = await createServer({ configFile: 'vite.demo.config.ts', server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [name, page, width, o = {}] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: o.height ?? 900 }, colorScheme: o.colorScheme ?? 'light' });
  const p = await ctx.newPage();
  if (o.media) await p.emulateMedia({ media: o.media });
  await p.goto(base + page);
  await p.waitForTimeout(1200);
  if (o.action) { await p.evaluate(o.action); await p.waitForTimeout(700); }
  if (o.pdf) { await p.pdf({ path: `/tmp/shot-${name}.pdf`, format: 'A4', printBackground: true }); }
  else await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: o.full ?? true });
  const sw = await p.evaluate(() => document.documentElement.scrollWidth);
  if (o.report) console.log(await p.evaluate(o.report));
  console.log(name, 'scrollWidth', sw);
  await ctx.close();
}
await browser.close();
await server.close();
