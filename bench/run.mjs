#!/usr/bin/env node
/**
 * npm run bench: the widget against a hand-written vanilla table, in one
 * headless Chromium session, interleaved (A B A B …), medians of RUNS runs.
 *
 * Measures render (50, 1,000, 10,000 entries: all rows in and laid out),
 * first rows visible (10,000, with the longest frame while the rest arrive),
 * re-sort and one filter keystroke (1,000), page load to table painted (40
 * entries over loopback, against the same table as static HTML), bundle
 * bytes, and JS heap (after 1,000 entries; after creating and removing the
 * element 100 times). Prints a table with ratios and writes
 * bench/results/latest.json. Run `npm run build` first.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { generateRegistry } from '../demo/generate.js';
import { findBrowser } from '../scripts/find-browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

// Pages generated per request: the same 40-entry list as the widget's source, and as a static table.
const registry40 = generateRegistry(40, 7);
const staticTable = () => {
  const rows = registry40.subprocessors
    .map((e) => `<tr><th scope="row">${e.name}<br>${e.service}</th><td>${e.purpose}</td><td>${e.entityLocation}</td><td>${e.dataLocations.join(' ')}</td><td>${e.categories.join(' ')}</td><td>${e.retention}</td><td>${e.transfer ?? ''}</td><td><a href="${e.dpa}">DPA</a></td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title></head><body style="width:1280px;margin:0;font-family:sans-serif"><table><thead><tr><th>Sub-processor</th><th>Purpose</th><th>Entity location</th><th>Data location</th><th>Personal data</th><th>Retention</th><th>Transfer safeguard</th><th>DPA</th></tr></thead><tbody>${rows}</tbody></table><script>requestAnimationFrame(() => requestAnimationFrame(() => { window.painted = performance.now(); }));</script></body></html>`;
};
const widgetPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>widget</title><script type="module" src="/dist/subprocessor-list.js"></script></head><body style="width:1280px;margin:0;font-family:sans-serif"><subprocessor-list src="/bench/registry-40.json"></subprocessor-list><script type="module">
  const el = document.querySelector('subprocessor-list');
  el.addEventListener('subprocessor-list-load', () => requestAnimationFrame(() => requestAnimationFrame(() => { window.painted = performance.now(); })));
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.cls = (window.cls ?? 0) + e.value; }).observe({ type: 'layout-shift', buffered: true });
</script></body></html>`;

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/bench/registry-40.json') return send('application/json', JSON.stringify(registry40));
  if (path === '/bench/static.html') return send('text/html', staticTable());
  if (path === '/bench/widget.html') return send('text/html', widgetPage);
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT)) return res.writeHead(403).end();
  try {
    send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findBrowser() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/bench/page.html`);
  await page.waitForFunction(() => customElements.get('subprocessor-list'));
  await page.evaluate(async () => {
    window.gen = (await import('/demo/generate.js')).generateRegistry;
    window.vanilla = (await import('/bench/vanilla.js')).renderVanilla;
  });

  /** One timed operation in the page; returns ms. Each kind builds its own fresh DOM. */
  const run = (kind, variant, size) =>
    page.evaluate(
      async ([kind, variant, size]) => {
        const stage = document.getElementById('stage');
        stage.replaceChildren();
        window.gc?.();
        const registry = (window.registries ??= {})[size] ??= window.gen(size, 1);
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const layout = () => stage.getBoundingClientRect().height;
        /** Mounts the widget; `until` says what to wait for: every row (loadComplete) or the first ones. */
        const mountWidget = async (until = 'all') => {
          const el = document.createElement('subprocessor-list');
          el.setAttribute('controls', 'always');
          el.setAttribute('layout', 'table');
          el.setAttribute('legend', 'none');
          el.registry = registry;
          stage.append(el);
          if (until === 'all') await el.loadComplete;
          else {
            // The load runs in one update and renders in the next: then the first rows are in.
            await el.updateComplete;
            await el.updateComplete;
          }
          return el;
        };
        if (kind === 'first') {
          // First rows on screen, and the longest frame after them while the rest arrive.
          const frames = [];
          const observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) frames.push({ start: e.startTime, duration: e.duration });
          });
          observer.observe({ type: 'long-animation-frame' });
          const t0 = performance.now();
          let el;
          if (variant === 'widget') el = await mountWidget('first');
          else window.vanilla(stage, registry);
          layout();
          await frame();
          const first = performance.now() - t0;
          if (el) await el.loadComplete;
          layout();
          await frame();
          await new Promise((r) => setTimeout(r, 50));
          observer.disconnect();
          const after = frames.filter((f) => f.start >= t0 + first - 1).map((f) => f.duration);
          return { first, all: performance.now() - t0, longestAfter: Math.max(0, ...after) };
        }
        if (kind === 'render') {
          const t0 = performance.now();
          if (variant === 'widget') await mountWidget();
          else window.vanilla(stage, registry);
          layout();
          await frame();
          return performance.now() - t0;
        }
        // sort / filter: mount first (untimed), then time the operation.
        let api;
        let el;
        if (variant === 'widget') el = await mountWidget();
        else api = window.vanilla(stage, registry);
        layout();
        await frame();
        const t0 = performance.now();
        if (kind === 'sort') {
          if (el) {
            el.shadowRoot.querySelector('[part~="sort-button"][data-column="purpose"]').click();
            await el.updateComplete;
          } else api.sortBy('purpose');
        } else {
          // One keystroke: the reader has typed "cloud", adds " h".
          if (el) {
            const input = el.shadowRoot.querySelector('[part~="search"]');
            input.value = 'cloud h';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await el.updateComplete;
          } else api.filter('cloud h');
        }
        const script = performance.now() - t0;
        layout();
        return { script, total: performance.now() - t0 };
      },
      [kind, variant, size],
    );

  const cases = [
    ['render', 50],
    ['render', 1000],
    ['render', 10000],
    ['first', 10000],
    ['sort', 1000],
    ['filter', 1000],
  ];
  for (const [kind, size] of cases) {
    const samples = { widget: [], vanilla: [], widgetScript: [], vanillaScript: [], widgetLongest: [] };
    await run(kind, 'widget', size); // warm-up
    await run(kind, 'vanilla', size);
    for (let i = 0; i < RUNS; i++) {
      for (const variant of ['widget', 'vanilla']) {
        const r = await run(kind, variant, size);
        if (typeof r === 'number') samples[variant].push(r);
        else if (kind === 'first') {
          samples[variant].push(r.first);
          if (variant === 'widget') samples.widgetLongest.push(r.longestAfter);
        } else {
          samples[variant].push(r.total);
          samples[`${variant}Script`].push(r.script);
        }
      }
    }
    const key = `${kind} ${size}`;
    results[key] = { widget: median(samples.widget), vanilla: median(samples.vanilla) };
    if (samples.widgetScript.length) {
      results[key].widgetScript = median(samples.widgetScript);
      results[key].vanillaScript = median(samples.vanillaScript);
    }
    if (samples.widgetLongest.length) {
      results[key].longestFrameAfter = Math.max(...samples.widgetLongest);
      results[key].longestFrameAfterMedian = median(samples.widgetLongest);
    }
    console.error(`${key}: done`);
  }

  // Page load to table painted, and layout shift, interleaved.
  const loads = { widget: [], static: [], cls: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const variant of ['widget', 'static']) {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await p.goto(`${base}/bench/${variant}.html`);
      await p.waitForFunction(() => window.painted !== undefined, null, { timeout: 20000 });
      loads[variant].push(await p.evaluate(() => window.painted));
      if (variant === 'widget') loads.cls.push(await p.evaluate(() => window.cls ?? 0));
      await p.close();
    }
  }
  results['page load 40'] = { widget: median(loads.widget), vanilla: median(loads.static), layoutShift: Math.max(...loads.cls) };

  // Memory: heap with 1,000 entries shown; growth after 100 create/remove cycles.
  results.memory = await page.evaluate(async () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    // Several collections a little apart: the DOM's memory is swept after the script's.
    const heap = async () => {
      for (let i = 0; i < 3; i++) {
        window.gc();
        await new Promise((r) => setTimeout(r, 50));
      }
      return performance.memory.usedJSHeapSize;
    };
    const before = await heap();
    const el = document.createElement('subprocessor-list');
    el.registry = window.registries[1000];
    stage.append(el);
    await el.loadComplete;
    const with1000 = (await heap()) - before;
    el.remove();
    const cycles = async (n) => {
      for (let i = 0; i < n; i++) {
        const x = document.createElement('subprocessor-list');
        x.registry = window.registries[50];
        stage.append(x);
        await x.loadComplete;
        x.remove();
      }
    };
    // Warm up first: compiled code and caches grow the heap for a while, then stop.
    await cycles(50);
    const start = await heap();
    await cycles(100);
    const after100 = (await heap()) - start;
    await cycles(200);
    return { heapWith1000: with1000, growthAfter100: after100, growthAfter300: (await heap()) - start };
  });
  await page.close();
} finally {
  await browser.close();
  server.close();
}

const code = readFileSync(new URL('../dist/subprocessor-list.js', import.meta.url));
results.bundle = {
  min: statSync(new URL('../dist/subprocessor-list.js', import.meta.url)).size,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};
results.machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, runs: RUNS, date: new Date().toISOString().slice(0, 10) };

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`\nMedians of ${RUNS} interleaved runs, headless Chromium, ${results.machine.cpus} × ${results.machine.cpu}\n`);
console.log('| measure | widget | baseline | ratio |');
console.log('| --- | --- | --- | --- |');
for (const [key, r] of Object.entries(results)) {
  if (!('widget' in r)) continue;
  console.log(`| ${key} | ${ms(r.widget)} | ${ms(r.vanilla)} | ${(r.widget / r.vanilla).toFixed(2)}× |`);
  if (r.widgetScript !== undefined) console.log(`| ${key} (script only) | ${ms(r.widgetScript)} | ${ms(r.vanillaScript)} | ${(r.widgetScript / r.vanillaScript).toFixed(2)}× |`);
}
const firstRows = results['first 10000'];
console.log(
  `\nfirst 10000: the widget shows its first rows, the baseline its whole table. Longest frame after the first rows (widget; frames under 50 ms are not reported, so 0 means none longer): median ${ms(firstRows.longestFrameAfterMedian)}, worst ${ms(firstRows.longestFrameAfter)}`,
);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nlayout shift after the table appears (page load): ${results['page load 40'].layoutShift.toFixed(3)}`);
console.log(`bundle: ${kb(results.bundle.min)} min, ${kb(results.bundle.gzip)} gzip, ${kb(results.bundle.brotli)} brotli`);
console.log(`JS heap: ${kb(results.memory.heapWith1000)} for 1,000 entries; growth after 100 create/remove cycles ${kb(results.memory.growthAfter100)}, after 300 ${kb(results.memory.growthAfter300)}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench/results/latest.json');
